package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole award procedure (issue 12) as one story through the API, on a fresh city of its own,
 * each step by the demo user whose job it is: the ward's reporter registers the ward's participants
 * and the ward itself for the movement, with its own plan; its head sends the year's movement
 * report; Home Affairs accepts the one and approves the other. The ward nominates an enterprise for
 * the Giấy khen with its dossier and evidence files; Home Affairs finds it eligible, draws up and
 * publishes the list, records a citizen's opinion and answers it, closes the list after its period;
 * the council meets after it and votes; Home Affairs submits the result; the Chairman decides; the
 * award is in the awardee's history and holds the achievement (a second form for the same work of
 * 2023 is refused). Then the award is annulled: the history marks it revoked and it no longer holds
 * the achievement (the second form may now be sent). Every step is in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WholeProcedureIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String OCCASION = "ANNUAL-2023";
  private static final String INTERIM = "INTERIM-2023";
  private static final String GIAY_KHEN = "GIAY_KHEN_CHU_TICH_TP";
  private static final String NAME = "Công ty TNHH Thương mại Vĩnh Lạc";
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

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private URI base() {
    return URI.create(deployment.toString().replaceAll("/?$", "/"));
  }

  private Api.Reply send(
      String method, String path, String token, String ifMatch, String type, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base().resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Accept-Language", "vi");
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    if (type != null) {
      b.header("Content-Type", type);
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      HttpResponse<String> r =
          HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Api.Reply(
          r.statusCode(),
          r.headers().firstValue("Content-Type").orElse(""),
          r.body(),
          r.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Api.Reply json(String method, String path, String token, String ifMatch, String json) {
    return send(
        method, path, token, ifMatch, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  private Api.Reply get(String path, String token) {
    return send("GET", path, token, null, null, null);
  }

  /** The reply's ETag, once it is a success. */
  private static String ok(Api.Reply r) {
    assertThat(r.status()).as(r.body()).isIn(200, 201);
    return r.header("ETag");
  }

  private static List<String> fields(Api.Reply r) {
    assertThat(r.contentType()).startsWith("application/problem+json");
    return r.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  private static List<String> strings(JsonObject o, String name) {
    return o.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static String file(String name) {
    return "?filename=" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
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

  /** A nomination opened by the ward with its dossier complete: its path and its ETag. */
  private String[] nominated(String nominations, String ward, String participant, String occasion) {
    Api.Reply opened =
        json(
            "POST",
            nominations,
            ward,
            null,
            "{\"occasionCode\":\""
                + occasion
                + "\",\"participantId\":\""
                + participant
                + "\",\"awardFormCode\":\""
                + GIAY_KHEN
                + "\",\"lawFormCode\":\"GIAY_KHEN\",\"sets\":1,\"documents\":[\"SUBMISSION\"]}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String one = nominations + "/" + opened.object().getString("id");
    String v = opened.header("ETag");
    String[][] files = {
      {"SUBMISSION", "Tờ trình đề nghị khen thưởng.pdf", "application/pdf"},
      {"ACHIEVEMENT_REPORT", "Báo cáo thành tích.png", "image/png"},
      {"REVIEW_MINUTES", "Biên bản họp xét.docx", null}
    };
    for (String[] f : files) {
      byte[] body = f[2] == null ? docx() : f[2].equals("image/png") ? PNG : PDF;
      v = ok(send("PUT", one + "/documents/" + f[0] + "/files" + file(f[1]), ward, v, f[2], body));
    }
    Api.Reply read = get(one, ward);
    assertThat(read.object().getJsonObject("completeness").getBoolean("complete")).isTrue();
    return new String[] {one, v};
  }

  @Test
  void aWardRegistersReportsNominatesAndTheAwardIsDecidedThenAnnulled() {
    FreshCity w = FreshCity.create(deployment);
    Api api = new Api(deployment);
    String reporter = api.tokenOf("reporter.vinhlac", w.wardA);
    String head = api.tokenOf("head.vinhlac", w.wardA);
    String officer = api.tokenOf("officer");
    String council = api.tokenOf("council");
    String chairman = api.tokenOf("chairman");
    String admin = api.tokenOf("admin");
    String plan = "api/plans/" + w.plan;

    // the ward's reporter registers its participants, the figures and the evidence it keeps
    String e1 = w.run + "-e1";
    ok(
        json(
            "POST",
            plan + "/participants",
            reporter,
            null,
            "{\"id\":\""
                + e1
                + "\",\"kind\":\"COLLECTIVE\",\"name\":\""
                + NAME
                + "\",\"categoryCode\":\"ENTERPRISES\",\"unitCode\":\""
                + w.wardA
                + "\"}"));
    String[][] figures = {{"G2", "900", "1000"}, {"G8", "80", "100"}, {"G1", "40", "40"}};
    for (String[] f : figures) {
      ok(
          json(
              "POST",
              plan + "/measurements",
              reporter,
              null,
              FreshCity.ratio(f[0], w.wardA, 2023, Long.parseLong(f[1]), Long.parseLong(f[2]))));
    }
    // the other ward's and the city's own figures, by the city
    w.report("G2", w.wardB, 2023, 20, 100);
    w.report("G8", w.wardB, 2023, 5, 10);
    w.report("G7", w.city, 2023, 50, 50);
    w.report("E1", w.city, 2023, "25.5");
    for (String occasion : List.of(OCCASION, INTERIM)) {
      ok(
          json(
              "PUT",
              plan + "/participants/" + e1 + "/evidence/" + occasion,
              reporter,
              null,
              "{\"answers\":{" + DECLARED + "},\"registeredOn\":\"2023-01-20\"}"));
    }

    // step 1: the ward registers for the movement with its own plan; Home Affairs accepts
    String registrations = plan + "/registrations";
    Api.Reply opened =
        json(
            "POST",
            registrations,
            reporter,
            null,
            "{\"unitCode\":\"" + w.wardA + "\",\"participantIds\":[\"" + e1 + "\"]}");
    String v = ok(opened);
    String registration = registrations + "/" + opened.object().getString("id");
    v =
        ok(
            send(
                "PUT",
                registration + "/own-plan" + file("Kế hoạch thi đua phường Vĩnh Lạc 2023.pdf"),
                reporter,
                v,
                "application/pdf",
                PDF));
    v = ok(json("POST", registration + "/submit", reporter, v, "{}"));
    assertThat(json("POST", registration + "/accept", reporter, v, "{}").status()).isEqualTo(403);
    Api.Reply accepted = json("POST", registration + "/accept", officer, v, "{}");
    ok(accepted);
    assertThat(accepted.object().getString("state")).isEqualTo("ACCEPTED");
    assertThat(accepted.object().getJsonArray("participantIds").getString(0)).isEqualTo(e1);

    // step 2: the ward's head sends the year's movement report; Home Affairs approves it
    String reports = plan + "/reports";
    Api.Reply drafted =
        json(
            "POST",
            reports,
            head,
            null,
            "{\"unitCode\":\""
                + w.wardA
                + "\",\"year\":2023,\"figures\":[{\"indicatorCode\":\"G2\"},"
                + "{\"indicatorCode\":\"G8\"}],\"narrative\":\"Phường Vĩnh Lạc hoàn thành"
                + " vượt mức các chỉ tiêu chuyển đổi số năm 2023\"}");
    v = ok(drafted);
    String report = reports + "/" + drafted.object().getString("id");
    v = ok(json("POST", report + "/submit", head, v, "{}"));
    Api.Reply approved = json("POST", report + "/approve", officer, v, "{}");
    ok(approved);
    assertThat(approved.object().getString("state")).isEqualTo("APPROVED");
    assertThat(approved.object().getBoolean("locked")).isTrue();

    // step 3: the ward nominates the enterprise with its dossier; the verdict is attached
    String nominations = plan + "/nominations";
    String[] n = nominated(nominations, reporter, e1, OCCASION);
    String nomination = n[0];
    String n1 = nomination.substring(nomination.lastIndexOf('/') + 1);
    Api.Reply sent = json("POST", nomination + "/submit", reporter, n[1], "{}");
    v = ok(sent);
    assertThat(sent.object().getString("state")).isEqualTo("SUBMITTED");
    assertThat(sent.object().getJsonObject("verdict").getString("outcome")).isEqualTo("ELIGIBLE");

    // step 4: Home Affairs finds it eligible
    assertThat(json("POST", nomination + "/eligible", reporter, v, "{}").status()).isEqualTo(403);
    Api.Reply eligible = json("POST", nomination + "/eligible", officer, v, "{}");
    ok(eligible);
    assertThat(eligible.object().getString("state")).isEqualTo("ELIGIBLE");

    // step 5: the list published for its period, a citizen's opinion answered, then closed
    String announcements = plan + "/announcements";
    Api.Reply list =
        json("POST", announcements, officer, null, "{\"occasionCode\":\"" + OCCASION + "\"}");
    v = ok(list);
    String aid = list.object().getString("id");
    String announcement = announcements + "/" + aid;
    assertThat(list.object().getJsonArray("nominees").getJsonObject(0).getString("nominationId"))
        .isEqualTo(n1);
    Api.Reply published =
        json(
            "POST",
            announcement + "/publish",
            officer,
            v,
            "{\"publishedOn\":\"2026-02-06\",\"channel\":\"https://rachgia.angiang.gov.vn/cong-khai\"}");
    v = ok(published);
    String lastDay = published.object().getString("lastDay");
    Api.Reply open = send("GET", announcement + "/public", api.tokenOf("public"), null, null, null);
    assertThat(open.status()).as(open.body()).isEqualTo(200);
    assertThat(open.object().getJsonArray("nominees").getJsonObject(0).getString("name"))
        .isEqualTo(NAME);
    v =
        ok(
            json(
                "POST",
                announcement + "/comments",
                officer,
                v,
                "{\"author\":\"Trần Văn Bình, khu phố 3\",\"receivedOn\":\""
                    + lastDay
                    + "\",\"text\":\"Đề nghị làm rõ số hợp đồng điện tử\",\"nominationId\":\""
                    + n1
                    + "\"}"));
    v =
        ok(
            json(
                "POST",
                announcement + "/answers",
                officer,
                v,
                "{\"number\":1,\"text\":\"Đã xác minh: 1.240 hợp đồng điện tử\"}"));
    ok(json("POST", announcement + "/close", officer, v, "{\"closedOn\":\"2026-02-09\"}"));
    assertThat(get(announcement + "/public", officer).object().getInt("answered")).isEqualTo(1);

    // step 6: the council meets after the period and votes
    String meetings = plan + "/council-meetings";
    Api.Reply convened =
        json(
            "POST",
            meetings,
            officer,
            null,
            "{\"day\":\"2026-02-10\",\"members\":["
                + "{\"id\":\"council\",\"name\":\"Lê Văn Phúc\",\"role\":\"CHAIR\"},"
                + "{\"id\":\"pho.chu.tich\",\"name\":\"Trần Thị Hai\",\"role\":\"VICE_CHAIR\"},"
                + "{\"id\":\"uy.vien\",\"name\":\"Võ Văn Ba\",\"role\":\"MEMBER\"}],"
                + "\"present\":[\"council\",\"pho.chu.tich\",\"uy.vien\"],"
                + "\"place\":\"Hội trường UBND\",\"announcementId\":\""
                + aid
                + "\"}");
    v = ok(convened);
    String mid = convened.object().getString("id");
    String meeting = meetings + "/" + mid;
    v = ok(json("POST", meeting + "/open-voting", officer, v, "{}"));
    v = ok(json("POST", meeting + "/votes", council, v, vote(null, n1, "FOR")));
    v = ok(json("POST", meeting + "/votes", officer, v, vote("pho.chu.tich", n1, "FOR")));
    v = ok(json("POST", meeting + "/votes", officer, v, vote("uy.vien", n1, "AGAINST")));
    Api.Reply closed = json("POST", meeting + "/close", officer, v, "{}");
    ok(closed);
    assertThat(strings(closed.object().getJsonObject("minutes"), "approved")).containsExactly(n1);

    // step 7: Home Affairs submits the result; the Chairman decides
    String submissions = plan + "/submissions";
    Api.Reply submitted =
        json(
            "POST",
            submissions,
            officer,
            null,
            "{\"meetingId\":\""
                + mid
                + "\",\"office\":\"COMMUNE_CHAIRMAN\",\"submittedOn\":\"2026-02-11\"}");
    v = ok(submitted);
    String sid = submitted.object().getString("id");
    String submission = submissions + "/" + sid;
    String decide =
        "{\"form\":\"GIAY_KHEN\",\"number\":\"15/QĐ-UBND\",\"decidedOn\":\"2026-02-12\","
            + "\"signer\":\"Phạm Hoàng Long\",\"type\":\"MOVEMENT\",\"awardees\":[\""
            + n1
            + "\"]}";
    assertThat(json("POST", submission + "/decisions", officer, v, decide).status()).isEqualTo(403);
    v = ok(json("POST", submission + "/decisions", chairman, v, decide));
    ok(json("POST", submission + "/close", chairman, v, "{}"));

    // the award is in the awardee's history, and it holds the achievement of 2023
    JsonObject award = awardOf(plan, e1, reporter);
    assertThat(award.getString("form")).isEqualTo("GIAY_KHEN");
    assertThat(award.getString("decisionNumber")).isEqualTo("15/QĐ-UBND");
    assertThat(award.getBoolean("revoked")).isFalse();
    String[] second = nominated(nominations, reporter, e1, INTERIM);
    Api.Reply held = json("POST", second[0] + "/submit", reporter, second[1], "{}");
    assertThat(held.status()).as(held.body()).isEqualTo(400);
    assertThat(fields(held)).containsExactly("participantId");

    // step 8: the award annulled by the office that decided
    String revocations = plan + "/revocations";
    Api.Reply proposed =
        json(
            "POST",
            revocations,
            officer,
            null,
            "{\"submissionId\":\""
                + sid
                + "\",\"form\":\"GIAY_KHEN\",\"nominationId\":\""
                + n1
                + "\",\"ground\":\"FALSE_INFORMATION_OR_FORGERY\","
                + "\"reason\":\"Số hợp đồng điện tử kê khai không đúng\"}");
    v = ok(proposed);
    String rid = proposed.object().getString("id");
    ok(
        json(
            "POST",
            revocations + "/" + rid + "/annul",
            chairman,
            v,
            "{\"office\":\"COMMUNE_CHAIRMAN\",\"annulledOn\":\"2026-06-01\"}"));

    // the history marks it revoked, and it no longer holds the achievement
    JsonObject revoked = awardOf(plan, e1, reporter);
    assertThat(revoked.getBoolean("revoked")).isTrue();
    assertThat(revoked.getString("revokedOn")).isEqualTo("2026-06-01");
    Api.Reply freed = json("POST", second[0] + "/submit", reporter, second[1], "{}");
    assertThat(freed.status()).as(freed.body()).isEqualTo(200);
    assertThat(freed.object().getString("state")).isEqualTo("SUBMITTED");

    // every step is in the audit log, by whom it was taken
    List<JsonObject> log = audit("plans/" + w.plan, admin);
    assertThat(log)
        .extracting(e -> e.getString("action"))
        .contains(
            "participant.create",
            "registration.open",
            "registration.submit",
            "registration.accept",
            "report.open",
            "report.submit",
            "report.approve",
            "nomination.open",
            "nomination.submit",
            "nomination.findEligible",
            "announcement.open",
            "announcement.publish",
            "announcement.comment",
            "announcement.answer",
            "announcement.close",
            "council.open",
            "council.close",
            "submission.open",
            "submission.decide",
            "submission.close",
            "history.decision",
            "revocation.open",
            "revocation.annul",
            "history.revocation");
    assertThat(actorOf(log, "registration.accept")).isEqualTo("officer");
    assertThat(actorOf(log, "report.submit")).isEqualTo("head.vinhlac");
    assertThat(actorOf(log, "submission.decide")).isEqualTo("chairman");
    assertThat(actorOf(log, "revocation.annul")).isEqualTo("chairman");
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

  private JsonObject awardOf(String plan, String participant, String token) {
    Api.Reply h = get(plan + "/participants/" + participant + "/history", token);
    assertThat(h.status()).as(h.body()).isEqualTo(200);
    List<JsonObject> awards = h.object().getJsonArray("awards").getValuesAs(JsonObject.class);
    assertThat(awards).hasSize(1);
    return awards.get(0);
  }

  /** Every entry of the audit log under {@code target}, page by page. */
  private List<JsonObject> audit(String target, String admin) {
    List<JsonObject> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      Api.Reply r = get("api/audit?size=50&page=" + page + "&target=" + target, admin);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      List<JsonObject> items = r.object().getJsonArray("items").getValuesAs(JsonObject.class);
      all.addAll(items);
      if (items.size() < 50) {
        return all;
      }
    }
  }

  private static String actorOf(List<JsonObject> log, String action) {
    return log.stream()
        .filter(x -> x.getString("action").equals(action))
        .findFirst()
        .orElseThrow()
        .getString("actor");
  }
}
