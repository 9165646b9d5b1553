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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
 * A ward's nominations (đề nghị khen thưởng) and Home Affairs' appraisal (thẩm định) end to end on
 * a fresh city of its own: the ward opens a nomination, sees every gap of its dossier by the law in
 * force, uploads the evidence files (told by content, SHA-256 kept), sends it — the nominee judged
 * then, that stored verdict attached and readable at its reference; one achievement, one award
 * refuses a second form for the same work; Home Affairs appraises one (two appraisers at once: one
 * wins, the other 412) and a batch (all or none, every problem at once). On the way: a command the
 * state does not allow answers 409 naming the allowed ones, 428 without If-Match, another ward's
 * nomination reads as none (404), every command is in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NominationIT {

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
  private static final String SUBMISSION_FILE = "Tờ trình đề nghị khen thưởng – năm 2023.pdf";
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

  private Api.Reply upload(
      String one, String code, String token, String ifMatch, String name, String type, byte[] b) {
    String query =
        name == null
            ? ""
            : "?filename=" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return send("PUT", one + "/documents/" + code + "/files" + query, token, ifMatch, type, b);
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

  private static String tag(Api.Reply r) {
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

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String open(String participant, String form, String lawForm) {
    return "{\"occasionCode\":\""
        + OCCASION
        + "\",\"participantId\":\""
        + participant
        + "\",\"awardFormCode\":\""
        + form
        + "\",\"lawFormCode\":\""
        + lawForm
        + "\",\"sets\":1,\"documents\":[\"SUBMISSION\"]}";
  }

  /** A nomination opened and its dossier completed; answers its path and its ETag. */
  private String[] completed(String nominations, String token, String participant) {
    Api.Reply opened =
        json("POST", nominations, token, null, open(participant, GIAY_KHEN, "GIAY_KHEN"));
    String one = nominations + "/" + opened.object().getString("id");
    String v = tag(opened);
    v = tag(upload(one, "SUBMISSION", token, v, "to-trinh.pdf", "application/pdf", PDF));
    v = tag(upload(one, "ACHIEVEMENT_REPORT", token, v, "bao-cao.png", "image/png", PNG));
    v = tag(upload(one, "REVIEW_MINUTES", token, v, "bien-ban.docx", null, docx()));
    return new String[] {one, v};
  }

  @Test
  void aWardNominatesAndHomeAffairsAppraisesOneAndABatch() {
    FreshCity w = FreshCity.create(deployment);
    w.reportSampleFigures();
    String e1 = w.participant("e1", "COLLECTIVE", "Công ty TNHH Một", "ENTERPRISES", w.wardA);
    String e3 = w.participant("e3", "COLLECTIVE", "Công ty TNHH Ba", "ENTERPRISES", w.wardA);
    String w1 = w.participant("w1", "COLLECTIVE", "UBND Phường Một", "WARD_COMMITTEES", w.wardA);
    w.evidence(e1, OCCASION, "{\"answers\":{" + DECLARED + "},\"registeredOn\":\"2023-01-20\"}");
    w.evidence(e3, OCCASION, "{\"answers\":{" + DECLARED + "},\"registeredOn\":\"2023-01-25\"}");
    Api api = new Api(deployment);
    String ward = api.tokenOf("reporter.vinhlac", w.wardA);
    String otherWard = api.tokenOf("reporter.rachsoi", w.wardB);
    String officer = api.tokenOf("officer");
    String admin = api.tokenOf("admin");
    String nominations = "api/plans/" + w.plan + "/nominations";

    // another ward's staff may not nominate this ward's participant
    Api.Reply foreign =
        json("POST", nominations, otherWard, null, open(e1, GIAY_KHEN, "GIAY_KHEN"));
    assertThat(foreign.status()).as(foreign.body()).isEqualTo(403);

    // the open's every problem at once
    Api.Reply bad =
        json(
            "POST",
            nominations,
            ward,
            null,
            "{\"occasionCode\":\"ANNUAL-2099\",\"participantId\":\""
                + e1
                + "\",\"awardFormCode\":\"NO_SUCH_FORM\"}");
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(fields(bad)).contains("occasionCode", "awardFormCode", "lawFormCode");

    Api.Reply opened = json("POST", nominations, ward, null, open(e1, GIAY_KHEN, "GIAY_KHEN"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    assertThat(opened.header("ETag")).isEqualTo("\"1\"");
    String id = opened.object().getString("id");
    String one = nominations + "/" + id;
    assertThat(opened.header("Location")).endsWith(one);
    assertThat(opened.object().getString("state")).isEqualTo("DRAFT");
    assertThat(opened.object().getString("unitCode")).isEqualTo(w.wardA);

    // another ward's nomination reads as an unknown one (ADR 0009)
    assertThat(get(one, otherWard).status()).isEqualTo(404);

    // the dossier's every gap by the law in force today: one document without a file, two missing
    Api.Reply draft = get(one, ward);
    assertThat(draft.status()).as(draft.body()).isEqualTo(200);
    JsonObject completeness = draft.object().getJsonObject("completeness");
    assertThat(completeness.getBoolean("complete")).isFalse();
    List<JsonObject> gaps = completeness.getJsonArray("gaps").getValuesAs(JsonObject.class);
    assertThat(gaps)
        .extracting(g -> g.getString("kind") + " " + g.getString("path"))
        .containsExactly(
            "NO_FILE dossier.documents[0].files",
            "DOCUMENT_MISSING dossier.documents",
            "DOCUMENT_MISSING dossier.documents");
    assertThat(gaps.get(1).getString("reason")).contains("ACHIEVEMENT_REPORT");
    assertThat(completeness.getInt("requiredSets")).isEqualTo(1);

    // sending it incomplete names every gap, and nothing moves
    Api.Reply incomplete = json("POST", one + "/submit", ward, "\"1\"", "{}");
    assertThat(incomplete.status()).as(incomplete.body()).isEqualTo(400);
    assertThat(fields(incomplete))
        .containsExactly("dossier.documents[0].files", "dossier.documents", "dossier.documents");

    Api.Reply pdf =
        upload(one, "SUBMISSION", ward, "\"1\"", SUBMISSION_FILE, "application/pdf", PDF);
    assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
    assertThat(pdf.header("ETag")).isEqualTo("\"2\"");
    JsonObject file =
        pdf.object()
            .getJsonObject("dossier")
            .getJsonArray("documents")
            .getJsonObject(0)
            .getJsonArray("files")
            .getJsonObject(0);
    assertThat(file.getString("name")).isEqualTo(SUBMISSION_FILE);
    assertThat(file.getString("mediaType")).isEqualTo("application/pdf");
    assertThat(file.getJsonNumber("size").longValue()).isEqualTo(PDF.length);
    assertThat(file.getString("sha256")).isEqualTo(sha256(PDF));

    // a file is told by its content, not its name or declared type
    Api.Reply text =
        upload(
            one,
            "ACHIEVEMENT_REPORT",
            ward,
            "\"2\"",
            "bao-cao.png",
            "image/png",
            "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
    assertThat(text.status()).as(text.body()).isEqualTo(400);
    assertThat(fields(text)).containsExactly("file");
    Api.Reply png = upload(one, "ACHIEVEMENT_REPORT", ward, "\"2\"", null, "image/png", PNG);
    assertThat(png.status()).as(png.body()).isEqualTo(200);
    JsonObject image =
        png.object()
            .getJsonObject("dossier")
            .getJsonArray("documents")
            .getJsonObject(1)
            .getJsonArray("files")
            .getJsonObject(0);
    assertThat(image.getString("mediaType")).isEqualTo("image/png");
    assertThat(image.getString("sha256")).isEqualTo(sha256(PNG));
    Api.Reply word = upload(one, "REVIEW_MINUTES", ward, "\"3\"", "bien-ban.docx", null, docx());
    assertThat(word.status()).as(word.body()).isEqualTo(200);
    assertThat(word.object().getJsonObject("completeness").getBoolean("complete")).isTrue();
    assertThat(word.object().getJsonObject("completeness").getJsonArray("gaps")).isEmpty();

    assertThat(json("POST", one + "/submit", ward, null, "{}").status()).isEqualTo(428);
    assertThat(json("POST", one + "/submit", ward, "\"3\"", "{}").status()).isEqualTo(412);

    // sent: the nominee judged now, that stored verdict attached, the same as the live one
    Api.Reply sent = json("POST", one + "/submit", ward, "\"4\"", "{}");
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    assertThat(sent.header("ETag")).isEqualTo("\"5\"");
    JsonObject s = sent.object();
    assertThat(s.getString("state")).isEqualTo("SUBMITTED");
    JsonObject verdict = s.getJsonObject("verdict");
    String live = liveOutcome(w, officer, e1);
    assertThat(verdict.getString("outcome")).isEqualTo(live).isEqualTo("ELIGIBLE");
    assertThat(verdict.getString("awardFormCode")).isEqualTo(GIAY_KHEN);
    assertThat(s.getJsonObject("storedVerdict").getJsonObject("awardForm").getString("outcome"))
        .isEqualTo(live);
    Api.Reply explanation = get("api/" + verdict.getString("explanationRef"), officer);
    assertThat(explanation.status()).as(explanation.body()).isEqualTo(200);
    assertThat(explanation.object().getJsonObject("run").getString("id"))
        .isEqualTo(verdict.getString("runId"));

    // a command the state does not allow names those it does
    Api.Reply amend = json("PUT", one, ward, "\"5\"", "{\"sets\":2}");
    assertThat(amend.status()).as(amend.body()).isEqualTo(409);
    assertThat(strings(amend.object(), "allowed"))
        .containsExactly("findEligible", "findNotEligible", "returnForCorrection");

    // one achievement, one award: the same work of 2023 cannot be proposed for a second form
    Api.Reply second =
        json(
            "POST", nominations, ward, null, open(e1, "BANG_KHEN_CHU_TICH_TINH", "BANG_KHEN_TINH"));
    assertThat(second.status()).as(second.body()).isEqualTo(201);
    String secondOne = nominations + "/" + second.object().getString("id");
    Api.Reply twice = json("POST", secondOne + "/submit", ward, "\"1\"", "{}");
    assertThat(twice.status()).as(twice.body()).isEqualTo(400);
    assertThat(fields(twice)).contains("participantId");

    // the ward may not appraise; two appraisers at once: one wins, the other is told it is stale
    assertThat(json("POST", one + "/eligible", ward, "\"5\"", "{}").status()).isEqualTo(403);
    CountDownLatch start = new CountDownLatch(1);
    CompletableFuture<Api.Reply> eligible =
        CompletableFuture.supplyAsync(
            () -> {
              await(start);
              return json("POST", one + "/eligible", officer, "\"5\"", "{}");
            });
    CompletableFuture<Api.Reply> notEligible =
        CompletableFuture.supplyAsync(
            () -> {
              await(start);
              return json(
                  "POST",
                  one + "/not-eligible",
                  admin,
                  "\"5\"",
                  "{\"reason\":\"Chưa đủ minh chứng\","
                      + "\"departureReason\":\"Báo cáo thành tích chưa có xác nhận\"}");
            });
    start.countDown();
    List<Integer> statuses =
        Stream.of(eligible.join(), notEligible.join()).map(Api.Reply::status).toList();
    assertThat(statuses).containsExactlyInAnyOrder(200, 412);
    Api.Reply appraised = get(one, officer);
    assertThat(appraised.object().getString("state")).isIn("ELIGIBLE", "NOT_ELIGIBLE");
    assertThat(appraised.object().getJsonArray("appraisals")).hasSize(1);
    assertThat(appraised.header("ETag")).isEqualTo("\"6\"");

    // a batch: two more sent; a batch with a problem in each item stores nothing
    String[] a = completed(nominations, ward, w1);
    String[] b = completed(nominations, ward, e3);
    String va = tag(json("POST", a[0] + "/submit", ward, a[1], "{}"));
    String vb = tag(json("POST", b[0] + "/submit", ward, b[1], "{}"));
    String idA = a[0].substring(a[0].lastIndexOf('/') + 1);
    String idB = b[0].substring(b[0].lastIndexOf('/') + 1);
    String appraisals = "api/plans/" + w.plan + "/appraisals";
    Api.Reply failing =
        json(
            "POST",
            appraisals,
            officer,
            null,
            "{\"items\":[{\"nominationId\":\""
                + idA
                + "\",\"version\":"
                + version(va)
                + ",\"decision\":\"NOT_ELIGIBLE\"},{\"nominationId\":\"no-such-nomination\","
                + "\"version\":1,\"decision\":\"ELIGIBLE\"},{\"nominationId\":\""
                + id
                + "\",\"version\":6,\"decision\":\"ELIGIBLE\"}]}");
    assertThat(failing.status()).as(failing.body()).isEqualTo(400);
    assertThat(fields(failing)).contains("items[0].reason", "items[1].nominationId", "items[2]");
    assertThat(get(a[0], officer).object().getString("state")).isEqualTo("SUBMITTED");

    Api.Reply staleBatch =
        json(
            "POST",
            appraisals,
            officer,
            null,
            "{\"items\":[{\"nominationId\":\""
                + idA
                + "\",\"version\":1,\"decision\":\"RETURN_FOR_CORRECTION\",\"reason\":\"x\"}],"
                + "\"correctionWorkingDays\":5}");
    assertThat(staleBatch.status()).as(staleBatch.body()).isEqualTo(412);

    assertThat(json("POST", appraisals, ward, null, "{\"items\":[]}").status()).isEqualTo(403);
    Api.Reply batch =
        json(
            "POST",
            appraisals,
            officer,
            null,
            "{\"items\":[{\"nominationId\":\""
                + idA
                + "\",\"version\":"
                + version(va)
                + ",\"decision\":\"RETURN_FOR_CORRECTION\","
                + "\"reason\":\"Biên bản họp xét chưa có chữ ký\"},{\"nominationId\":\""
                + idB
                + "\",\"version\":"
                + version(vb)
                + ",\"decision\":\"ELIGIBLE\"}],\"correctionWorkingDays\":5}");
    assertThat(batch.status()).as(batch.body()).isEqualTo(200);
    List<JsonObject> items = batch.object().getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items).extracting(i -> i.getString("state")).containsExactly("RETURNED", "ELIGIBLE");
    JsonObject returned = items.get(0).getJsonArray("appraisals").getJsonObject(0);
    assertThat(returned.getString("decision")).isEqualTo("RETURN_FOR_CORRECTION");
    assertThat(returned.getString("correctionDueOn")).isNotBlank();
    assertThat(strings(items.get(0), "allowed")).containsExactly("amend", "submit");

    // the desk's filtered list; a ward's staff see their own units' only
    Api.Reply eligibleList =
        get(nominations + "?state=ELIGIBLE&form=" + GIAY_KHEN + "&occasion=" + OCCASION, officer);
    assertThat(eligibleList.status()).as(eligibleList.body()).isEqualTo(200);
    assertThat(eligibleList.object().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("id"))
        .contains(idB)
        .doesNotContain(idA);
    assertThat(get(nominations, otherWard).object().getJsonArray("items")).isEmpty();
    Api.Reply badFilter = get(nominations + "?state=LOST", officer);
    assertThat(badFilter.status()).isEqualTo(400);
    assertThat(fields(badFilter)).containsExactly("state");

    // every command is in the audit log, and the verdict's run too
    Api.Reply audit = get("api/audit?size=50&target=plans/" + w.plan + "/nominations/" + id, admin);
    assertThat(audit.status()).as(audit.body()).isEqualTo(200);
    List<String> actions =
        audit.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("action"))
            .toList();
    assertThat(actions)
        .hasSize(6)
        .contains("nomination.open", "nomination.amend", "nomination.submit");
    Api.Reply runAudit =
        get(
            "api/audit?size=5&target=plans/"
                + w.plan
                + "/occasions/"
                + OCCASION
                + "/evaluations/"
                + verdict.getString("runId"),
            admin);
    assertThat(runAudit.object().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("action"))
        .containsExactly("evaluation.run");
    // three submissions went through, each judged once; the two refused kept no run
    Api.Reply runs =
        get("api/plans/" + w.plan + "/occasions/" + OCCASION + "/evaluations?size=50", officer);
    assertThat(runs.status()).as(runs.body()).isEqualTo(200);
    assertThat(runs.object().getJsonArray("items").getValuesAs(JsonObject.class))
        .hasSize(3)
        .allSatisfy(r -> assertThat(r.getInt("participants")).isEqualTo(1))
        .allSatisfy(r -> assertThat(r.getString("startedBy")).isEqualTo("reporter.vinhlac"));
  }

  private String liveOutcome(FreshCity w, String token, String participant) {
    Api.Reply r =
        get("api/plans/" + w.plan + "/occasions/" + OCCASION + "/verdicts/" + participant, token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object().getJsonArray("verdicts").getValuesAs(JsonObject.class).stream()
        .filter(v -> v.getJsonObject("awardForm").getString("awardForm").equals(GIAY_KHEN))
        .map(v -> v.getJsonObject("awardForm").getString("outcome"))
        .findFirst()
        .orElseThrow();
  }

  private static long version(String etag) {
    return Long.parseLong(etag.replace("\"", ""));
  }

  private static void await(CountDownLatch start) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
