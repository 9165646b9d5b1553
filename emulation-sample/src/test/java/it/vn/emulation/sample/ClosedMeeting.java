package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Steps 3–6 of the procedure through the API, for the pages of steps 7–8 (DecisionPagesIT,
 * RevocationPagesIT): on a fresh city, ward A nominates two enterprises for the Giấy khen of the
 * 2023 occasion, Home Affairs finds both eligible, the list is published and closed, and the
 * council votes the first one in and the second out: a closed meeting whose minutes approve one
 * nominee, ready for a submission.
 */
final class ClosedMeeting {

  static final String OCCASION = "ANNUAL-2023";
  static final String GIAY_KHEN = "GIAY_KHEN_CHU_TICH_TP";
  private static final String DECLARED =
      "\"GEN-POLICY\":{\"answer\":\"YES\",\"reference\":\"BC-01\"},"
          + "\"GEN-TASKS\":{\"answer\":\"YES\",\"reference\":\"BC-01\"},"
          + "\"GEN-UNITY\":{\"answer\":\"YES\",\"reference\":\"BB-02\"},"
          + "\"GEN-PARTY\":{\"answer\":\"YES\",\"reference\":\"QĐ-03\"},"
          + "\"GEN-NO-VIOLATION\":{\"answer\":\"YES\",\"reference\":\"XN-04\"},"
          + "\"C-DIGITAL-PLATFORMS\":{\"answer\":\"YES\",\"reference\":\"BC-05\"},"
          + "\"C-E-CONTRACTS-INVOICES\":{\"answer\":\"YES\",\"reference\":\"BC-05\"},"
          + "\"C-CASHLESS\":{\"answer\":\"YES\",\"reference\":\"BC-05\"},"
          + "\"C-CONTRIBUTION\":{\"answer\":\"YES\",\"reference\":\"BC-06\"}";
  private static final byte[] PDF =
      "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
  };

  final FreshCity city;
  final String plan;
  final String approvedParticipant;
  final String approved;
  final String rejected;
  final String meetingId;

  private final StepPages p;

  private ClosedMeeting(StepPages p, FreshCity city, String participant, String... ids) {
    this.p = p;
    this.city = city;
    this.plan = "api/plans/" + city.plan;
    this.approvedParticipant = participant;
    this.approved = ids[0];
    this.rejected = ids[1];
    this.meetingId = ids[2];
  }

  /** The fresh city and its closed meeting; {@code officer} and {@code council} act in it. */
  static ClosedMeeting of(StepPages p, FreshCity w, String ward, String officer, String council) {
    w.reportSampleFigures();
    String e1 = w.participant("e1", "COLLECTIVE", "Công ty TNHH Một", "ENTERPRISES", w.wardA);
    String e3 = w.participant("e3", "COLLECTIVE", "Công ty TNHH Ba", "ENTERPRISES", w.wardA);
    w.evidence(e1, OCCASION, "{\"answers\":{" + DECLARED + "},\"registeredOn\":\"2023-01-20\"}");
    w.evidence(e3, OCCASION, "{\"answers\":{" + DECLARED + "},\"registeredOn\":\"2023-01-25\"}");
    String plan = "api/plans/" + w.plan;
    String n1 = appraised(p, plan + "/nominations", ward, officer, e1);
    String n3 = appraised(p, plan + "/nominations", ward, officer, e3);

    String announcements = plan + "/announcements";
    Api.Reply prepared =
        p.json(officer, "POST", announcements, null, "{\"occasionCode\":\"" + OCCASION + "\"}");
    String a = announcements + "/" + prepared.object().getString("id");
    String v = ok(prepared);
    v =
        ok(
            p.json(
                officer,
                "POST",
                a + "/publish",
                v,
                "{\"publishedOn\":\"2026-02-06\",\"channel\":\"https://rachgia.angiang.gov.vn/cong-khai\"}"));
    ok(p.json(officer, "POST", a + "/close", v, "{\"closedOn\":\"2026-02-09\"}"));

    String meetings = plan + "/council-meetings";
    Api.Reply convened =
        p.json(
            officer,
            "POST",
            meetings,
            null,
            "{\"day\":\"2026-02-10\",\"place\":\"Hội trường UBND\",\"announcementId\":\""
                + prepared.object().getString("id")
                + "\",\"members\":[{\"id\":\"council\",\"name\":\"Lê Văn Phúc\",\"role\":\"CHAIR\"},"
                + "{\"id\":\"pho.chu.tich\",\"name\":\"Trần Thị Hai\",\"role\":\"VICE_CHAIR\"}],"
                + "\"present\":[\"council\",\"pho.chu.tich\"]}");
    String mid = convened.object().getString("id");
    String m = meetings + "/" + mid;
    v = ok(convened);
    v = ok(p.json(officer, "POST", m + "/open-voting", v, "{}"));
    v = ok(p.json(council, "POST", m + "/votes", v, vote(null, n1, "FOR")));
    v = ok(p.json(council, "POST", m + "/votes", v, vote(null, n3, "AGAINST")));
    v = ok(p.json(officer, "POST", m + "/votes", v, vote("pho.chu.tich", n1, "FOR")));
    v = ok(p.json(officer, "POST", m + "/votes", v, vote("pho.chu.tich", n3, "AGAINST")));
    Api.Reply closed = p.json(officer, "POST", m + "/close", v, "{}");
    ok(closed);
    assertThat(closed.object().getJsonObject("minutes").getJsonArray("approved").getString(0))
        .isEqualTo(n1);
    return new ClosedMeeting(p, w, e1, n1, n3, mid);
  }

  private static String vote(String member, String nomination, String choice) {
    return "{"
        + (member == null ? "" : "\"memberId\":\"" + member + "\",")
        + "\"nominationId\":\""
        + nomination
        + "\",\"choice\":\""
        + choice
        + "\"}";
  }

  /** The reply's ETag, once it is a success. */
  static String ok(Api.Reply r) {
    assertThat(r.status()).as(r.body()).isIn(200, 201);
    return r.header("ETag");
  }

  private static byte[] docx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (String e : List.of("[Content_Types].xml", "word/document.xml")) {
        z.putNextEntry(new ZipEntry(e));
        z.write("<x/>".getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A nomination of {@code participant} for the Giấy khen, sent and found eligible: its id. */
  private static String appraised(
      StepPages p, String nominations, String ward, String officer, String participant) {
    Api.Reply opened =
        p.json(
            ward,
            "POST",
            nominations,
            null,
            "{\"occasionCode\":\""
                + OCCASION
                + "\",\"participantId\":\""
                + participant
                + "\",\"awardFormCode\":\""
                + GIAY_KHEN
                + "\",\"lawFormCode\":\"GIAY_KHEN\",\"sets\":1,\"documents\":[\"SUBMISSION\"]}");
    String id = opened.object().getString("id");
    String one = nominations + "/" + id;
    String v = ok(opened);
    v =
        ok(
            p.as(
                ward,
                "PUT",
                one + "/documents/SUBMISSION/files?filename=t.pdf",
                v,
                "application/pdf",
                PDF));
    v =
        ok(
            p.as(
                ward,
                "PUT",
                one + "/documents/ACHIEVEMENT_REPORT/files?filename=b.png",
                v,
                "image/png",
                PNG));
    v =
        ok(
            p.as(
                ward,
                "PUT",
                one + "/documents/REVIEW_MINUTES/files?filename=m.docx",
                v,
                null,
                docx()));
    v = ok(p.json(ward, "POST", one + "/submit", v, "{}"));
    ok(p.json(officer, "POST", one + "/eligible", v, "{}"));
    return id;
  }

  /** A submission of the meeting to the commune chairman, through the API: its id. */
  String submitted(String officer, String on) {
    Api.Reply r =
        p.json(
            officer,
            "POST",
            plan + "/submissions",
            null,
            "{\"meetingId\":\""
                + meetingId
                + "\",\"office\":\"COMMUNE_CHAIRMAN\",\"submittedOn\":\""
                + on
                + "\"}");
    ok(r);
    return r.object().getString("id");
  }
}
