package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
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
 * Steps 5–8 of the award procedure end to end on a fresh city of its own, from two nominations the
 * ward sends and Home Affairs finds eligible: the list drawn up from the appraised nominees,
 * published (anyone reads it, with the nominees' names), an opinion recorded and answered, closed;
 * the council convened only after the list's period, a member voting as themselves (not as
 * another), the secretariat recording a vote cast and a written one, the minutes; the submission to
 * the commune chairman grouped by form, the Chairman's decision (an officer may not decide) and the
 * award in the awardee's history; the award annulled by the office that decided (another office is
 * refused), the history marking it revoked, the recovery recorded. On the way: 428 without
 * If-Match, 412 stale, 409 naming the allowed commands, another ward's revocation reads as none,
 * every command in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AwardProcedureIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String OCCASION = "ANNUAL-2023";
  private static final String GIAY_KHEN = "GIAY_KHEN_CHU_TICH_TP";
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
        HttpRequest.newBuilder(base().resolve(path)).header("Accept-Language", "vi");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
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
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
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

  private static List<String> strings(JsonObject o, String name) {
    return o.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static List<String> fields(Api.Reply r) {
    return r.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  /** The reply's ETag, once it is a success. */
  private static String ok(Api.Reply r) {
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
  private String appraised(String nominations, String ward, String officer, String participant) {
    Api.Reply opened =
        json(
            "POST",
            nominations,
            ward,
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
            send(
                "PUT",
                one + "/documents/SUBMISSION/files?filename=t.pdf",
                ward,
                v,
                "application/pdf",
                PDF));
    v =
        ok(
            send(
                "PUT",
                one + "/documents/ACHIEVEMENT_REPORT/files?filename=b.png",
                ward,
                v,
                "image/png",
                PNG));
    v =
        ok(
            send(
                "PUT",
                one + "/documents/REVIEW_MINUTES/files?filename=m.docx",
                ward,
                v,
                null,
                docx()));
    v = ok(json("POST", one + "/submit", ward, v, "{}"));
    ok(json("POST", one + "/eligible", officer, v, "{}"));
    return id;
  }

  @Test
  void announcedVotedDecidedInTheHistoryAndAnnulled() {
    FreshCity w = FreshCity.create(deployment);
    w.reportSampleFigures();
    String e1 = w.participant("e1", "COLLECTIVE", "Công ty TNHH Một", "ENTERPRISES", w.wardA);
    String e3 = w.participant("e3", "COLLECTIVE", "Công ty TNHH Ba", "ENTERPRISES", w.wardA);
    w.evidence(e1, OCCASION, "{\"answers\":{" + DECLARED + "},\"registeredOn\":\"2023-01-20\"}");
    w.evidence(e3, OCCASION, "{\"answers\":{" + DECLARED + "},\"registeredOn\":\"2023-01-25\"}");
    Api api = new Api(deployment);
    String ward = api.tokenOf("reporter.vinhlac", w.wardA);
    String otherWard = api.tokenOf("reporter.rachsoi", w.wardB);
    String officer = api.tokenOf("officer");
    String admin = api.tokenOf("admin");
    String council = api.tokenOf("council");
    String chairman = api.tokenOf("chairman");
    String plan = "api/plans/" + w.plan;
    String n1 = appraised(plan + "/nominations", ward, officer, e1);
    String n3 = appraised(plan + "/nominations", ward, officer, e3);

    // step 5: the list of the occasion's eligible nominees, drawn up by Home Affairs only
    String announcements = plan + "/announcements";
    String prepare = "{\"occasionCode\":\"" + OCCASION + "\"}";
    assertThat(json("POST", announcements, ward, null, prepare).status()).isEqualTo(403);
    Api.Reply prepared = json("POST", announcements, officer, null, prepare);
    assertThat(prepared.status()).as(prepared.body()).isEqualTo(201);
    assertThat(prepared.header("ETag")).isEqualTo("\"0\"");
    String aid = prepared.object().getString("id");
    String a = announcements + "/" + aid;
    assertThat(prepared.header("Location")).endsWith(a);
    assertThat(
            prepared.object().getJsonArray("nominees").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("nominationId"))
                .toList())
        .containsExactlyInAnyOrder(n1, n3);
    // not public before it is published
    assertThat(get(a + "/public", null).status()).isEqualTo(404);

    String publish =
        "{\"publishedOn\":\"2026-02-06\",\"channel\":\"https://rachgia.angiang.gov.vn/cong-khai\"}";
    assertThat(json("POST", a + "/publish", officer, null, publish).status()).isEqualTo(428);
    assertThat(json("POST", a + "/publish", officer, "\"7\"", publish).status()).isEqualTo(412);
    Api.Reply published = json("POST", a + "/publish", officer, "\"0\"", publish);
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    assertThat(published.object().getString("lastDay")).isEqualTo("2026-02-06");
    Api.Reply twice = json("POST", a + "/publish", officer, "\"1\"", publish);
    assertThat(twice.status()).as(twice.body()).isEqualTo(409);
    assertThat(strings(twice.object(), "allowed"))
        .containsExactly("comment", "answer", "close", "withdraw");

    // anyone reads the published list, with the names of the nominees, not who commented
    Api.Reply open = get(a + "/public", null);
    assertThat(open.status()).as(open.body()).isEqualTo(200);
    assertThat(open.object().getJsonArray("nominees").getValuesAs(JsonObject.class))
        .extracting(n -> n.getString("name"))
        .containsExactlyInAnyOrder("Công ty TNHH Một", "Công ty TNHH Ba");
    Api.Reply listed = get(announcements + "/published", null);
    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    assertThat(listed.body()).contains(aid);

    String comment =
        "{\"author\":\"Trần Văn Bình, tổ 3\",\"receivedOn\":\"2026-02-06\","
            + "\"text\":\"Đề nghị làm rõ thành tích\",\"nominationId\":\""
            + n3
            + "\"}";
    assertThat(json("POST", a + "/comments", ward, "\"1\"", comment).status()).isEqualTo(403);
    // two officers record an opinion on the same version at once: one is stored, the other 412
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Api.Reply>> both =
        Stream.of(officer, admin)
            .map(
                t ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          await(start);
                          return json("POST", a + "/comments", t, "\"1\"", comment);
                        }))
            .toList();
    start.countDown();
    List<Api.Reply> raced = both.stream().map(CompletableFuture::join).toList();
    assertThat(raced).extracting(Api.Reply::status).containsExactlyInAnyOrder(200, 412);
    String v =
        raced.stream().filter(x -> x.status() == 200).findFirst().orElseThrow().header("ETag");
    assertThat(v).isEqualTo("\"2\"");
    Api.Reply unanswered = json("POST", a + "/close", officer, v, "{\"closedOn\":\"2026-02-09\"}");
    assertThat(unanswered.status()).as(unanswered.body()).isEqualTo(400);
    assertThat(fields(unanswered)).containsExactly("comments[0]");
    v = ok(json("POST", a + "/answers", officer, v, "{\"number\":1,\"text\":\"Đã xác minh\"}"));
    v = ok(json("POST", a + "/close", officer, v, "{\"closedOn\":\"2026-02-09\"}"));
    assertThat(get(a + "/public", null).object().getInt("answered")).isEqualTo(1);

    // step 6: the council meets only after the list's period, with its composition as data
    String meetings = plan + "/council-meetings";
    String members =
        "\"members\":[{\"id\":\"council\",\"name\":\"Lê Văn Phúc\",\"role\":\"CHAIR\"},"
            + "{\"id\":\"pho.chu.tich\",\"name\":\"Trần Thị Hai\",\"role\":\"VICE_CHAIR\"},"
            + "{\"id\":\"uy.vien\",\"name\":\"Võ Văn Ba\",\"role\":\"MEMBER\"}],"
            + "\"present\":[\"council\",\"pho.chu.tich\"],\"place\":\"Hội trường UBND\","
            + "\"announcementId\":\""
            + aid
            + "\"";
    Api.Reply early =
        json("POST", meetings, officer, null, "{\"day\":\"2026-02-06\"," + members + "}");
    assertThat(early.status()).as(early.body()).isEqualTo(400);
    assertThat(fields(early)).containsExactly("day");
    Api.Reply convened =
        json("POST", meetings, officer, null, "{\"day\":\"2026-02-10\"," + members + "}");
    assertThat(convened.status()).as(convened.body()).isEqualTo(201);
    String mid = convened.object().getString("id");
    String m = meetings + "/" + mid;
    v = ok(json("POST", m + "/open-voting", officer, "\"0\"", "{}"));
    v = ok(json("POST", m + "/votes", council, v, vote(null, n1, "FOR")));
    v = ok(json("POST", m + "/votes", council, v, vote(null, n3, "AGAINST")));
    assertThat(json("POST", m + "/votes", council, v, vote("pho.chu.tich", n1, "FOR")).status())
        .isEqualTo(403);
    assertThat(json("POST", m + "/votes", chairman, v, vote(null, n1, "FOR")).status())
        .isEqualTo(403);
    v = ok(json("POST", m + "/votes", officer, v, vote("pho.chu.tich", n1, "FOR")));
    v = ok(json("POST", m + "/votes", officer, v, vote("pho.chu.tich", n3, "AGAINST")));
    Api.Reply present = json("POST", m + "/written-votes", officer, v, vote("council", n1, "FOR"));
    assertThat(present.status()).as(present.body()).isEqualTo(400);
    // a present member votes at the meeting, and has voted on this nominee already
    assertThat(fields(present)).containsExactly("memberId", "nominationId");
    v = ok(json("POST", m + "/written-votes", officer, v, vote("uy.vien", n1, "FOR")));
    Api.Reply closed = json("POST", m + "/close", officer, v, "{}");
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    JsonObject minutes = closed.object().getJsonObject("minutes");
    assertThat(strings(minutes, "approved")).containsExactly(n1);
    assertThat(minutes.getJsonArray("absent").getJsonObject(0).getString("id"))
        .isEqualTo("uy.vien");

    // step 7: the submission by form; the Chairman decides, the award goes to the history
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
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    String sid = submitted.object().getString("id");
    String s = submissions + "/" + sid;
    JsonObject group = submitted.object().getJsonArray("groups").getJsonObject(0);
    assertThat(group.getString("form")).isEqualTo("GIAY_KHEN");
    assertThat(group.getBoolean("withinAuthority")).isTrue();
    String decide =
        "{\"form\":\"GIAY_KHEN\",\"number\":\"15/QĐ-UBND\",\"decidedOn\":\"2026-02-12\","
            + "\"signer\":\"Phạm Hoàng Long\",\"type\":\"MOVEMENT\",\"awardees\":[\""
            + n1
            + "\"]}";
    assertThat(json("POST", s + "/decisions", officer, "\"0\"", decide).status()).isEqualTo(403);
    Api.Reply decided = json("POST", s + "/decisions", chairman, "\"0\"", decide);
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    JsonObject decision = decided.object().getJsonArray("decisions").getJsonObject(0);
    assertThat(decision.getString("number")).isEqualTo("15/QĐ-UBND");
    assertThat(decision.getString("office")).isEqualTo("COMMUNE_CHAIRMAN");
    JsonObject award = awardOf(plan, e1, admin);
    assertThat(award.getString("decisionNumber")).isEqualTo("15/QĐ-UBND");
    assertThat(award.getBoolean("revoked")).isFalse();
    ok(json("POST", s + "/close", chairman, "\"1\"", "{}"));

    // step 8: annulled by the office that decided; the history marks the award revoked
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
                + "\"reason\":\"Hồ sơ kê khai sai số liệu\"}");
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
    String r = revocations + "/" + proposed.object().getString("id");
    assertThat(get(r, ward).status()).isEqualTo(200);
    assertThat(get(r, otherWard).status()).isEqualTo(404);
    Api.Reply otherOffice =
        json(
            "POST",
            r + "/annul",
            chairman,
            "\"0\"",
            "{\"office\":\"PROVINCE_CHAIRMAN\",\"annulledOn\":\"2026-06-01\"}");
    assertThat(otherOffice.status()).as(otherOffice.body()).isEqualTo(400);
    assertThat(fields(otherOffice)).containsExactly("office");
    v =
        ok(
            json(
                "POST",
                r + "/annul",
                chairman,
                "\"0\"",
                "{\"office\":\"COMMUNE_CHAIRMAN\",\"annulledOn\":\"2026-06-01\"}"));
    JsonObject revoked = awardOf(plan, e1, admin);
    assertThat(revoked.getBoolean("revoked")).isTrue();
    assertThat(revoked.getString("revokedOn")).isEqualTo("2026-06-01");
    Api.Reply recovered =
        json(
            "POST",
            r + "/recovery",
            officer,
            v,
            "{\"recordedOn\":\"2026-06-05\",\"artefactRecovered\":true,\"moneyRecovered\":1490000}");
    assertThat(recovered.status()).as(recovered.body()).isEqualTo(200);
    assertThat(recovered.object().getString("state")).isEqualTo("RECOVERED");

    // every command is in the audit log
    List<String> actions = actions("plans/" + w.plan + "/announcements/" + aid, admin);
    assertThat(actions)
        .containsExactlyInAnyOrder(
            "announcement.open",
            "announcement.publish",
            "announcement.comment",
            "announcement.answer",
            "announcement.close");
    assertThat(actions("plans/" + w.plan + "/submissions/" + sid, admin))
        .containsExactlyInAnyOrder(
            "submission.open",
            "document.issue",
            "submission.decide",
            "document.issue",
            "submission.close");
    assertThat(actions("plans/" + w.plan + "/council-meetings/" + mid, admin))
        .hasSize(1 + closed.object().getJsonArray("transitions").size());
  }

  private static void await(CountDownLatch start) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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

  private List<String> actions(String target, String admin) {
    Api.Reply audit = get("api/audit?size=50&target=" + target, admin);
    assertThat(audit.status()).as(audit.body()).isEqualTo(200);
    return audit.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("action"))
        .toList();
  }
}
