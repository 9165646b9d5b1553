package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The documents of a stored case (issue 13, ADR 0051), on a fresh city of its own taken to a
 * decision through the API: the submission's tờ trình, the decision with its list and the awardee's
 * certificate downloaded, their text (PDFBox) the Vietnamese source in NFC, the font embedded
 * ({@code pdffonts}), the signatures valid for {@code pdfsig} and for the verify endpoint, one
 * changed byte failing both; the same bytes at each download (ETag, 304); the audit head printed on
 * the decision the one the anchors publish for its entry; the lists as XLSX; 409 before the
 * decision, 404 for a form the case does not hold, 403 for a ward, 401 for nobody. Each page is
 * rendered with {@code pdftoppm} under {@code target/procedure-documents/} for review.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProcedureDocumentsIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Path OUT = Path.of("target", "procedure-documents");
  private static final String OCCASION = "ANNUAL-2023";
  private static final String GIAY_KHEN = "GIAY_KHEN_CHU_TICH_TP";
  private static final String NAME = "Công ty TNHH Ánh Dương Đồng Tháp";
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

  /** A reply with its body as bytes. */
  record Got(int status, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of()).stream()
          .findFirst()
          .orElse(null);
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonObject object() {
      try (JsonReader r = Json.createReader(new StringReader(text()))) {
        return r.readObject();
      }
    }

    String etag() {
      assertThat(status).as(text()).isIn(200, 201);
      return header("ETag");
    }
  }

  private Got send(String method, String path, String token, Map<String, String> head, byte[] b) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(
                URI.create(deployment.toString().replaceAll("/?$", "/")).resolve(path))
            .header("Accept-Language", "vi");
    if (token != null) {
      r.header("Authorization", "Bearer " + token);
    }
    head.forEach(r::header);
    r.method(
        method,
        b == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(b));
    try {
      HttpResponse<byte[]> x = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Got(x.statusCode(), x.headers().map(), x.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Got json(String method, String path, String token, String ifMatch, String json) {
    Map<String, String> head =
        ifMatch == null
            ? Map.of("Content-Type", "application/json")
            : Map.of("Content-Type", "application/json", "If-Match", ifMatch);
    return send(method, path, token, head, json.getBytes(StandardCharsets.UTF_8));
  }

  private Got get(String path, String token) {
    return send("GET", path, token, Map.of(), null);
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
    Got opened =
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
    assertThat(opened.status()).as(opened.text()).isEqualTo(201);
    String id = opened.object().getString("id");
    String one = nominations + "/" + id;
    String v = opened.etag();
    v =
        send(
                "PUT",
                one + "/documents/SUBMISSION/files?filename=t.pdf",
                ward,
                Map.of("If-Match", v, "Content-Type", "application/pdf"),
                PDF)
            .etag();
    v =
        send(
                "PUT",
                one + "/documents/ACHIEVEMENT_REPORT/files?filename=b.png",
                ward,
                Map.of("If-Match", v, "Content-Type", "image/png"),
                PNG)
            .etag();
    v =
        send(
                "PUT",
                one + "/documents/REVIEW_MINUTES/files?filename=m.docx",
                ward,
                Map.of("If-Match", v),
                docx())
            .etag();
    v = json("POST", one + "/submit", ward, v, "{}").etag();
    json("POST", one + "/eligible", officer, v, "{}").etag();
    return id;
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(d);
    }
  }

  /** Runs a poppler tool: its exit code and output together. */
  private static String run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return p.exitValue() + "\n" + out;
  }

  private static Path write(String name, byte[] pdf) throws IOException {
    Files.createDirectories(OUT);
    Path file = OUT.resolve(name + ".pdf");
    Files.write(file, pdf);
    return file;
  }

  /** Embedded, every font; then each page to PNG for review. */
  private static void fontsEmbeddedAndPagesRendered(String name, Path file) throws Exception {
    List<String> rows = run("pdffonts", file.toString()).lines().skip(3).toList();
    assertThat(rows).as(name).isNotEmpty();
    for (String row : rows) {
      assertThat(row).as(name).contains("LiberationSerif");
      // name type encoding emb sub uni object ID: "CID TrueType" and "Identity-H" come before
      assertThat(row).as(name).containsPattern("CID TrueType\\s+Identity-H\\s+yes");
    }
    assertThat(run("pdftoppm", "-r", "60", "-png", file.toString(), OUT.resolve(name).toString()))
        .startsWith("0\n");
    try (var pages = Files.list(OUT)) {
      assertThat(pages.map(p -> p.getFileName().toString()))
          .anyMatch(p -> p.startsWith(name + "-") && p.endsWith(".png"));
    }
  }

  private static void signedValidAndOneByteChangedFails(
      String name, byte[] pdf, Got verified, Got changedVerified) throws Exception {
    String ok = run("pdfsig", write(name, pdf).toString());
    assertThat(ok).as(name).contains("Signature is Valid").contains("Total document signed");
    String bad = run("pdfsig", write(name + "-changed", changed(pdf)).toString());
    assertThat(bad).as(name).doesNotContain("Signature is Valid").contains("Digest Mismatch");
    assertThat(verified.status()).as(verified.text()).isEqualTo(200);
    JsonObject s = verified.object().getJsonArray("signatures").getJsonObject(0);
    assertThat(verified.object().getBoolean("valid")).as(verified.text()).isTrue();
    assertThat(s.getBoolean("trusted")).isTrue();
    assertThat(s.getBoolean("unchanged")).isTrue();
    assertThat(changedVerified.status()).isEqualTo(200);
    JsonObject c = changedVerified.object().getJsonArray("signatures").getJsonObject(0);
    assertThat(changedVerified.object().getBoolean("valid")).isFalse();
    assertThat(c.getBoolean("digestMatches")).isFalse();
    assertThat(c.getBoolean("unchanged")).isFalse();
  }

  /** One byte changed inside the signed range: the second line's second character. */
  private static byte[] changed(byte[] pdf) {
    byte[] changed = pdf.clone();
    int second = new String(pdf, 0, 64, StandardCharsets.ISO_8859_1).indexOf('\n') + 2;
    changed[second] ^= 0x01;
    return changed;
  }

  private Got verify(String token, byte[] pdf) {
    return send(
        "POST",
        "api/documents/verifications",
        token,
        Map.of("Content-Type", "application/pdf"),
        pdf);
  }

  /** The Vietnamese name in RFC 5987's filename*, decoded. */
  private static String fileName(Got r) {
    Matcher m =
        Pattern.compile("filename\\*=UTF-8''(\\S+)").matcher(r.header("Content-Disposition"));
    assertThat(m.find()).as(r.header("Content-Disposition")).isTrue();
    return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
  }

  @Test
  void theStoredCasesDocumentsAreSignedOnceKeptAndCarryTheAuditHead() throws Exception {
    FreshCity w = FreshCity.create(deployment);
    w.reportSampleFigures();
    String e1 = w.participant("d1", "COLLECTIVE", NAME, "ENTERPRISES", w.wardA);
    w.evidence(e1, OCCASION, "{\"answers\":{" + DECLARED + "},\"registeredOn\":\"2023-01-20\"}");
    Api api = new Api(deployment);
    String ward = api.tokenOf("reporter.vinhlac", w.wardA);
    String officer = api.tokenOf("officer");
    String council = api.tokenOf("council");
    String chairman = api.tokenOf("chairman");
    String plan = "api/plans/" + w.plan;
    String n1 = appraised(plan + "/nominations", ward, officer, e1);

    String a = plan + "/announcements";
    Got prepared = json("POST", a, officer, null, "{\"occasionCode\":\"" + OCCASION + "\"}");
    a = a + "/" + prepared.object().getString("id");
    String aid = prepared.object().getString("id");
    String v = prepared.etag();
    v =
        json(
                "POST",
                a + "/publish",
                officer,
                v,
                "{\"publishedOn\":\"2026-02-06\",\"channel\":\"https://rachgia.angiang.gov.vn\"}")
            .etag();
    json("POST", a + "/close", officer, v, "{\"closedOn\":\"2026-02-09\"}").etag();
    Got convened =
        json(
            "POST",
            plan + "/council-meetings",
            officer,
            null,
            "{\"day\":\"2026-02-10\",\"members\":[{\"id\":\"council\",\"name\":\"Lê Văn Phúc\","
                + "\"role\":\"CHAIR\"},{\"id\":\"pho.chu.tich\",\"name\":\"Trần Thị Hai\","
                + "\"role\":\"VICE_CHAIR\"},{\"id\":\"uy.vien\",\"name\":\"Võ Văn Ba\","
                + "\"role\":\"MEMBER\"}],\"present\":[\"council\",\"pho.chu.tich\"],"
                + "\"place\":\"Hội trường UBND\",\"announcementId\":\""
                + aid
                + "\"}");
    String mid = convened.object().getString("id");
    String m = plan + "/council-meetings/" + mid;
    v = json("POST", m + "/open-voting", officer, convened.etag(), "{}").etag();
    v = json("POST", m + "/votes", council, v, vote(null, n1)).etag();
    v = json("POST", m + "/votes", officer, v, vote("pho.chu.tich", n1)).etag();
    json("POST", m + "/close", officer, v, "{}").etag();
    Got submitted =
        json(
            "POST",
            plan + "/submissions",
            officer,
            null,
            "{\"meetingId\":\""
                + mid
                + "\",\"office\":\"COMMUNE_CHAIRMAN\",\"submittedOn\":\"2026-02-11\"}");
    String sid = submitted.object().getString("id");
    String s = plan + "/submissions/" + sid;
    String docs = s + "/documents";

    // the tờ trình is signed as the submission is drawn up; the decision is not made yet
    Got submission = get(docs + "/submission.pdf", officer);
    assertThat(submission.status()).as(submission.text()).isEqualTo(200);
    assertThat(submission.header("Content-Type")).startsWith("application/pdf");
    Got early = get(docs + "/decisions/GIAY_KHEN.pdf", officer);
    assertThat(early.status()).as(early.text()).isEqualTo(409);
    assertThat(early.header("Content-Type")).startsWith("application/problem+json");
    assertThat(get(docs + "/decisions/NO_SUCH_FORM.pdf", officer).status()).isEqualTo(404);
    assertThat(get(docs + "/submission.pdf", ward).status()).isEqualTo(403);
    assertThat(get(docs + "/submission.pdf", null).status()).isEqualTo(401);

    Got decided =
        json(
            "POST",
            s + "/decisions",
            chairman,
            submitted.etag(),
            "{\"form\":\"GIAY_KHEN\",\"number\":\"15/QĐ-UBND\",\"decidedOn\":\"2026-02-12\","
                + "\"signer\":\"Phạm Hoàng Long\",\"type\":\"MOVEMENT\",\"awardees\":[\""
                + n1
                + "\"]}");
    assertThat(decided.status()).as(decided.text()).isEqualTo(200);

    Got decision = get(docs + "/decisions/GIAY_KHEN.pdf", council);
    assertThat(decision.status()).as(decision.text()).isEqualTo(200);
    assertThat(fileName(decision)).isEqualTo("Quyết định 15-QĐ-UBND.pdf");
    assertThat(decision.header("Content-Disposition"))
        .startsWith("attachment; filename=\"Quyet dinh 15-QD-UBND.pdf\"");
    assertThat(fileName(submission)).isEqualTo("Tờ trình 01-TTr-VHXH.pdf");
    // the very same bytes at each download, the ETag their SHA-256; 304 when the client has them
    Got again = get(docs + "/decisions/GIAY_KHEN.pdf", chairman);
    assertThat(sha256(again.body())).isEqualTo(sha256(decision.body()));
    assertThat(decision.header("ETag")).isEqualTo("\"" + sha256(decision.body()) + "\"");
    assertThat(
            send(
                    "GET",
                    docs + "/decisions/GIAY_KHEN.pdf",
                    officer,
                    Map.of("If-None-Match", decision.header("ETag")),
                    null)
                .status())
        .isEqualTo(304);
    assertThat(sha256(get(docs + "/submission.pdf", officer).body()))
        .isEqualTo(sha256(submission.body()));

    Got certificate = get(docs + "/decisions/GIAY_KHEN/certificates/" + n1 + ".pdf", officer);
    assertThat(certificate.status()).as(certificate.text()).isEqualTo(200);
    assertThat(fileName(certificate)).isEqualTo("Giấy khen " + NAME + ".pdf");
    assertThat(get(docs + "/decisions/GIAY_KHEN/certificates/nobody.pdf", officer).status())
        .isEqualTo(404);

    // the text is the Vietnamese source, in NFC
    String decisionText = text(decision.body());
    String certificateText = text(certificate.body());
    String submissionText = text(submission.body());
    for (String t : List.of(decisionText, certificateText, submissionText)) {
      assertThat(Normalizer.isNormalized(t, Normalizer.Form.NFC)).isTrue();
    }
    assertThat(decisionText)
        .contains(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 15/QĐ-UBND",
            "ngày 12 tháng 02 năm 2026",
            NAME,
            "Tờ trình số 01/TTr-VHXH",
            "Phạm Hoàng Long");
    assertThat(certificateText)
        .contains(NAME, "Quyết định số 15/QĐ-UBND ngày 12 tháng 02 năm 2026");
    assertThat(submissionText).contains("Số: 01/TTr-VHXH", NAME, "ngày 11 tháng 02 năm 2026");

    // the audit head printed is what the anchors publish for its entry
    Matcher printed =
        Pattern.compile("mục số (\\d+), mã băm SHA-256:\\s*([0-9a-f]{64})").matcher(decisionText);
    assertThat(printed.find()).as(decisionText).isTrue();
    long seq = Long.parseLong(printed.group(1));
    Got anchors = get("api/open-data/audit/anchors.json", null);
    assertThat(anchors.status()).as(anchors.text()).isEqualTo(200);
    List<JsonObject> published =
        anchors.object().getJsonArray("anchors").getValuesAs(JsonObject.class).stream()
            .filter(x -> x.getJsonNumber("headSeq").longValue() == seq)
            .toList();
    assertThat(published).as(anchors.text()).hasSize(1);
    assertThat(published.get(0).getString("headHash")).isEqualTo(printed.group(2));

    // signed, verified by pdfsig and by the endpoint; one byte changed fails both
    signedValidAndOneByteChangedFails(
        "quyet-dinh",
        decision.body(),
        verify(chairman, decision.body()),
        verify(chairman, changed(decision.body())));
    signedValidAndOneByteChangedFails(
        "to-trinh",
        submission.body(),
        verify(officer, submission.body()),
        verify(officer, changed(submission.body())));
    fontsEmbeddedAndPagesRendered("quyet-dinh", OUT.resolve("quyet-dinh.pdf"));
    fontsEmbeddedAndPagesRendered("to-trinh", OUT.resolve("to-trinh.pdf"));
    fontsEmbeddedAndPagesRendered("giay-khen", write("giay-khen", certificate.body()));

    // the lists as XLSX, with the awardee's name
    for (String list : List.of(docs + "/decisions/GIAY_KHEN.xlsx", docs + "/submission.xlsx")) {
      Got x = get(list, officer);
      assertThat(x.status()).as(x.text()).isEqualTo(200);
      assertThat(x.header("Content-Type"))
          .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      assertThat(fileName(x)).startsWith("Danh sách kèm theo ").endsWith(".xlsx");
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
        StringBuilder cells = new StringBuilder();
        book.getSheetAt(0).forEach(r -> r.forEach(c -> cells.append(c.toString()).append('|')));
        assertThat(cells.toString()).contains(NAME);
      }
    }
  }

  private static String vote(String member, String nomination) {
    return "{"
        + (member == null ? "" : "\"memberId\":\"" + member + "\",")
        + "\"nominationId\":\""
        + nomination
        + "\",\"choice\":\"FOR\"}";
  }
}
