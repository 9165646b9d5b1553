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
 * What the pages of steps 5 and 6 start from, made through the API on a fresh city: enterprises of
 * ward A proposed for the city chairman's Giấy khen on the 2023 occasion, their dossiers complete
 * and sent, and found eligible by Home Affairs (as AnnouncementPagesIT does it).
 */
final class AppraisedNominees {

  static final String OCCASION = "ANNUAL-2023";
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

  private AppraisedNominees() {}

  /**
   * Two enterprises of ward A, "Công ty TNHH Một" and "Công ty TNHH Ba", proposed and found
   * eligible; answers their nominations' ids in that order.
   */
  static List<String> two(FreshCity w, StepPages p, String officer) {
    w.reportSampleFigures();
    String e1 = w.participant("e1", "COLLECTIVE", "Công ty TNHH Một", "ENTERPRISES", w.wardA);
    String e3 = w.participant("e3", "COLLECTIVE", "Công ty TNHH Ba", "ENTERPRISES", w.wardA);
    w.evidence(e1, OCCASION, "{\"answers\":{" + DECLARED + "},\"registeredOn\":\"2023-01-20\"}");
    w.evidence(e3, OCCASION, "{\"answers\":{" + DECLARED + "},\"registeredOn\":\"2023-01-25\"}");
    String ward = w.api().tokenOf("reporter.vinhlac", w.wardA);
    return List.of(
        appraised(p, w.plan, ward, officer, e1), appraised(p, w.plan, ward, officer, e3));
  }

  /** A nomination sent complete and found eligible, through the API; answers its id. */
  private static String appraised(
      StepPages p, String plan, String ward, String officer, String participant) {
    String nominations = "api/plans/" + plan + "/nominations";
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
                + "\",\"awardFormCode\":\"GIAY_KHEN_CHU_TICH_TP\",\"lawFormCode\":\"GIAY_KHEN\","
                + "\"sets\":1,\"documents\":[]}");
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
}
