package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The nomination pages (ui/work.html?view=nomination and ?view=appraisals) on a fresh city of its
 * own: ward A's reporter proposes an enterprise for the city chairman's Giấy khen on the 2023
 * occasion; the dossier's gaps shown are the API's, and the page offers no sending while there are
 * any; a file that is no PNG by its content is refused beside its input (nothing stored); the
 * documents uploaded (a Vietnamese file name kept, SHA-256 shown as the API keeps it), the API says
 * the dossier is complete and the page sends it: the verdict stored with it and its explanation,
 * criterion by criterion, are the API's. Home Affairs' appraisal desk, filtered by state, shows the
 * stored verdict beside each case; a conclusion departing from it without its reason is refused
 * (the API's reason beside the field), then appraised with one; a batch over the filtered list
 * returns the other nomination for correction, and the ward's page, on a 360 px phone, shows why.
 * axe-core finds no violation at 1280 and 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NominationPagesIT {

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
  private static final String SUBMISSION_FILE = "Tờ trình đề nghị khen thưởng năm 2023.pdf";
  private static final byte[] PDF =
      "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
  };
  private static final byte[] NOT_A_PNG = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);

  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private StepPages p;
  private FreshCity w;
  private String ward;
  private String officer;

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  private URI base() {
    return URI.create(deployment.toString().replaceAll("/?$", "/"));
  }

  private String nominations() {
    return "api/plans/" + w.plan + "/nominations";
  }

  @Test
  void aWardNominatesHomeAffairsAppraisesOneAndReturnsABatch() {
    if (browser == null) {
      browser = Browser.start();
    }
    p = new StepPages(browser, base(), "nomination");
    w = FreshCity.create(deployment);
    w.reportSampleFigures();
    String e1 = w.participant("e1", "COLLECTIVE", "Công ty TNHH Một", "ENTERPRISES", w.wardA);
    String e3 = w.participant("e3", "COLLECTIVE", "Công ty TNHH Ba", "ENTERPRISES", w.wardA);
    w.evidence(e1, OCCASION, "{\"answers\":{" + DECLARED + "},\"registeredOn\":\"2023-01-20\"}");
    w.evidence(e3, OCCASION, "{\"answers\":{" + DECLARED + "},\"registeredOn\":\"2023-01-25\"}");
    Api api = new Api(deployment);
    ward = api.tokenOf("reporter.vinhlac", w.wardA);
    officer = api.tokenOf("officer");
    try {
      String id = theWardProposesAndSendsIt(e1);
      String other = sentThroughTheApi(e3);
      homeAffairsAppraisesOneDepartingFromTheVerdict(id, other);
      homeAffairsReturnsTheRestAsABatch(other);
      theWardSeesWhyOnAPhone(other);
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("nomination-failed", 1280);
      throw new AssertionError(
          "the page shows: "
              + browser.script(
                  "const e = document.querySelector('emulation-nomination, emulation-appraisals');"
                      + " return e ? e.shadowRoot.textContent : document.body.textContent;"),
          e);
    }
    assertThat(p.accessibility).isEmpty();
    assertThat(p.refusals).isEmpty();
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

  private List<String> gaps(JsonObject n) {
    return n
        .getJsonObject("completeness")
        .getJsonArray("gaps")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(g -> g.getString("reason"))
        .toList();
  }

  /** Uploads {@code file} on the page to the dossier item {@code code}. */
  private SearchContext upload(SearchContext root, String code, Path file, String version) {
    WebElement form = root.findElement(By.cssSelector("form.upload[data-item='" + code + "']"));
    form.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    form.findElement(By.cssSelector("button[type=submit]")).click();
    // refused, the form shows the problem; stored, the page shows the next version
    return version == null
        ? p.awaitIn("emulation-nomination", "!!r.querySelector('.error-summary')")
        : p.awaitIn(
            "emulation-nomination",
            "document.querySelector('emulation-nomination').dataset.version !== arguments[0]",
            version);
  }

  private String theWardProposesAndSendsIt(String e1) {
    p.signInWith("?view=nomination&plan=" + w.plan, ward);
    SearchContext root = p.page("emulation-nomination", "list");
    assertThat(StepPages.text(root, ".own-unit")).isEqualTo(w.wardA);
    p.check("list");
    new Select(root.findElement(By.id("occasionCode"))).selectByValue(OCCASION);
    new Select(root.findElement(By.id("participantId"))).selectByValue(e1);
    new Select(root.findElement(By.id("awardFormCode"))).selectByValue(GIAY_KHEN);
    new Select(root.findElement(By.id("lawFormCode"))).selectByValue("GIAY_KHEN");
    p.pressByKeyboard("open");
    root = p.page("emulation-nomination", "DRAFT");
    List<JsonObject> listed =
        p.read(ward, nominations() + "?unit=" + w.wardA)
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(listed).hasSize(1);
    String id = listed.get(0).getString("id");
    String one = nominations() + "/" + id;
    JsonObject draft = p.read(ward, one);
    // the gaps shown are the API's, and it cannot be sent yet
    assertThat(gaps(draft)).isNotEmpty();
    assertThat(StepPages.texts(root, "ul.gaps li")).containsExactlyElementsOf(gaps(draft));
    assertThat(root.findElement(By.id("submit")).isEnabled()).isFalse();
    assertThat(p.focused()).isEqualTo("case-title");
    p.check("draft");

    // no PNG by its content: the API's reason beside the input, nothing stored
    String refusedReason =
        StepPages.reason(
            p.as(
                ward,
                "PUT",
                one + "/documents/ACHIEVEMENT_REPORT/files?filename=bao-cao.png",
                p.etag(ward, one),
                "image/png",
                NOT_A_PNG),
            "file");
    root =
        upload(
            root,
            "ACHIEVEMENT_REPORT",
            StepPages.file("nomination", "bao-cao.png", NOT_A_PNG),
            null);
    assertThat(StepPages.text(root, "form.upload[data-item='ACHIEVEMENT_REPORT'] .field-problem"))
        .isEqualTo(refusedReason);
    assertThat(p.read(ward, one).getInt("version")).isEqualTo(1);
    p.check("file-refused");

    root = upload(root, "SUBMISSION", StepPages.file("nomination", SUBMISSION_FILE, PDF), "1");
    root =
        upload(root, "ACHIEVEMENT_REPORT", StepPages.file("nomination", "bao-cao.png", PNG), "2");
    root =
        upload(root, "REVIEW_MINUTES", StepPages.file("nomination", "bien-ban.docx", docx()), "3");
    p.page("emulation-nomination", "DRAFT");
    JsonObject complete = p.read(ward, one);
    assertThat(complete.getJsonObject("completeness").getBoolean("complete")).isTrue();
    root = browser.shadow("emulation-nomination");
    assertThat(root.findElements(By.cssSelector("ul.gaps li"))).isEmpty();
    JsonObject submission =
        complete
            .getJsonObject("dossier")
            .getJsonArray("documents")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(d -> d.getString("itemCode").equals("SUBMISSION"))
            .findFirst()
            .orElseThrow()
            .getJsonArray("files")
            .getJsonObject(0);
    assertThat(submission.getString("name")).isEqualTo(SUBMISSION_FILE);
    String shown = StepPages.text(root, "li[data-item='SUBMISSION'] ul.files");
    assertThat(shown).contains(SUBMISSION_FILE).contains(submission.getString("sha256"));
    WebElement submit = root.findElement(By.id("submit"));
    assertThat(submit.isEnabled()).isTrue();
    p.check("complete");

    submit.click();
    root = p.page("emulation-nomination", "SUBMITTED");
    JsonObject sent = p.read(ward, one);
    JsonObject stored = sent.getJsonObject("storedVerdict");
    assertThat(StepPages.text(root, "section.verdict .outcome"))
        .contains(stored.getJsonObject("awardForm").getString("label"));
    List<JsonObject> criteria = stored.getJsonArray("criteria").getValuesAs(JsonObject.class);
    assertThat(root.findElements(By.cssSelector("ol.criteria > li")))
        .extracting(li -> li.getAttribute("data-code"))
        .containsExactlyElementsOf(criteria.stream().map(c -> c.getString("code")).toList());
    String explained =
        criteria.stream()
            .filter(c -> !c.getString("explanation").isEmpty())
            .findFirst()
            .orElseThrow()
            .getString("explanation");
    assertThat(StepPages.text(root, "ol.criteria")).contains(explained);
    assertThat(root.findElements(By.id("submit"))).isEmpty();
    assertThat(StepPages.history(root)).last().isEqualTo("submit");
    p.check("submitted");
    return id;
  }

  private String sentThroughTheApi(String participant) {
    Api.Reply opened =
        p.json(
            ward,
            "POST",
            nominations(),
            null,
            "{\"occasionCode\":\""
                + OCCASION
                + "\",\"participantId\":\""
                + participant
                + "\",\"awardFormCode\":\""
                + GIAY_KHEN
                + "\",\"lawFormCode\":\"GIAY_KHEN\","
                + "\"sets\":1,\"documents\":[]}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String one = nominations() + "/" + opened.object().getString("id");
    String v = opened.header("ETag");
    v = put(one, "SUBMISSION", v, "to-trinh.pdf", "application/pdf", PDF);
    v = put(one, "ACHIEVEMENT_REPORT", v, "bao-cao.png", "image/png", PNG);
    v = put(one, "REVIEW_MINUTES", v, "bien-ban.docx", null, docx());
    Api.Reply sent = p.json(ward, "POST", one + "/submit", v, "{}");
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    return opened.object().getString("id");
  }

  private String put(String one, String code, String v, String name, String type, byte[] b) {
    Api.Reply r =
        p.as(
            ward,
            "PUT",
            one
                + "/documents/"
                + code
                + "/files?filename="
                + URLEncoder.encode(name, StandardCharsets.UTF_8),
            v,
            type,
            b);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.header("ETag");
  }

  private void homeAffairsAppraisesOneDepartingFromTheVerdict(String id, String other) {
    p.signInWith("?view=appraisals&plan=" + w.plan + "&state=SUBMITTED", officer);
    SearchContext root = p.page("emulation-appraisals", "queue");
    SearchContext queue = StepPages.nested(root, "emulation-case-queue");
    assertThat(queue.findElements(By.cssSelector("tbody tr")))
        .extracting(r -> r.getAttribute("data-id"))
        .containsExactlyInAnyOrder(id, other);
    JsonObject n = p.read(officer, nominations() + "/" + id);
    String outcome = n.getJsonObject("verdict").getString("outcome");
    assertThat(StepPages.text(queue, "tr[data-id='" + id + "'] td.verdict"))
        .isEqualTo(word(outcome));
    assertThat(StepPages.text(root, "#batch-submit")).contains("2");
    // each case by its participant's registered name and id, not the id alone
    String pid = n.getString("participantId");
    String name = p.read(officer, "api/plans/" + w.plan + "/participants/" + pid).getString("name");
    assertThat(StepPages.text(queue, "tr[data-id='" + id + "'] th.participant"))
        .isEqualTo(name + " (" + pid + ")");
    p.check("desk");

    queue.findElement(By.cssSelector("button.open-case[data-id='" + id + "']")).click();
    root = p.page("emulation-appraisals", "case");
    assertThat(StepPages.text(root, "#case-title")).contains(name + " (" + pid + ")");
    assertThat(root.findElements(By.cssSelector("ol.criteria > li")))
        .hasSize(n.getJsonObject("storedVerdict").getJsonArray("criteria").size());
    // the conclusion that departs from the stored verdict, without the departure's reason
    String departing = outcome.equals("ELIGIBLE") ? "not-eligible" : "eligible";
    String expected =
        StepPages.reason(
            p.json(
                officer,
                "POST",
                nominations() + "/" + id + "/" + departing,
                p.etag(officer, nominations() + "/" + id),
                "{\"reason\":\"Minh chứng chưa xác nhận\"}"),
            "departureReason");
    root.findElement(By.id("reason")).sendKeys("Minh chứng chưa xác nhận");
    root.findElement(By.id(departing)).click();
    root = p.awaitIn("emulation-appraisals", "!!r.querySelector('.error-summary')");
    assertThat(StepPages.text(root, ".error-summary")).contains(expected);
    assertThat(root.findElement(By.id("departureReason")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    p.check("departure-refused");
    root.findElement(By.id("departureReason"))
        .sendKeys("Báo cáo thành tích chưa có xác nhận của cấp ủy");
    root.findElement(By.id(departing)).click();
    root =
        p.awaitIn(
            "emulation-appraisals",
            "['ELIGIBLE', 'NOT_ELIGIBLE'].includes(r.querySelector('.case .state')?.dataset.state)");
    JsonObject appraised = p.read(officer, nominations() + "/" + id);
    JsonObject a = appraised.getJsonArray("appraisals").getJsonObject(0);
    assertThat(a.getBoolean("departsFromVerdict")).isTrue();
    assertThat(StepPages.text(root, "ol.appraisals .departure-reason"))
        .isEqualTo(a.getString("departureReason"));
    assertThat(StepPages.history(root)).last().isIn("findEligible", "findNotEligible");
    p.check("appraised");
    root.findElement(By.cssSelector("button.close-case")).click();
    p.page("emulation-appraisals", "queue");
  }

  private static String word(String outcome) {
    return switch (outcome) {
      case "ELIGIBLE" -> "Đủ điều kiện";
      case "NOT_ELIGIBLE" -> "Không đủ điều kiện";
      default -> "Chưa đủ thông tin";
    };
  }

  private void homeAffairsReturnsTheRestAsABatch(String other) {
    SearchContext root = p.page("emulation-appraisals", "queue");
    assertThat(StepPages.text(root, "#batch-submit")).contains("1");
    new Select(root.findElement(By.id("batch-decision"))).selectByValue("RETURN_FOR_CORRECTION");
    root.findElement(By.id("batch-reason")).sendKeys("Biên bản họp xét chưa có chữ ký");
    root.findElement(By.id("batch-days")).sendKeys("5");
    root.findElement(By.id("batch-submit")).click();
    root =
        p.awaitIn(
            "emulation-appraisals",
            "!!r.querySelector('section.batch') && !r.getElementById('batch-submit')");
    JsonObject returned = p.read(officer, nominations() + "/" + other);
    assertThat(returned.getString("state")).isEqualTo("RETURNED");
    assertThat(StepPages.text(root, "#announce")).isNotEmpty();
    p.check("batch-done");
  }

  private void theWardSeesWhyOnAPhone(String other) {
    p.phone(true);
    p.signInWith("?view=nomination&plan=" + w.plan + "&case=" + other, ward);
    SearchContext root = p.page("emulation-nomination", "RETURNED");
    assertThat(StepPages.text(root, "#returned .returned-reason q"))
        .isEqualTo("Biên bản họp xét chưa có chữ ký");
    assertThat(root.findElements(By.cssSelector("form.upload"))).isNotEmpty();
    p.check("returned");
    p.phone(false);
  }
}
