package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.util.List;
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

/**
 * The yearly movement report's pages (ui/work.html?view=report and ?view=reports) on a fresh city
 * of its own: the head of ward A sees the ward's stored 2023 figures offered, each at its version,
 * sends the report without a figure or narrative (opened; the API's problems beside the figures and
 * the narrative), then with a figure and a narrative, by keyboard; Home Affairs finds it in the
 * queue filtered by state, has a return without reason refused (the API's reason beside the field)
 * and returns it with one; the head, on a 360 px phone, sees the reason, has a correction refused
 * once because the report changed meanwhile (412: said, and read again), corrects it and sends it
 * again; Home Affairs approves it: the ward's page shows it locked, with no form; Home Affairs
 * reopens it with a reason, which the ward's page shows, the form back. Every state shown is the
 * API's; axe-core finds no violation at 1280 and 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportPagesIT {

  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private StepPages p;
  private FreshCity w;
  private String head;
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

  private String reports() {
    return "api/plans/" + w.plan + "/reports";
  }

  @Test
  void aWardReportsHomeAffairsReturnsApprovesAndReopensIt() {
    if (browser == null) {
      browser = Browser.start();
    }
    p = new StepPages(browser, base(), "report");
    w = FreshCity.create(deployment);
    w.reportSampleFigures();
    Api api = new Api(deployment);
    head = api.tokenOf("head.vinhlac", w.wardA);
    officer = api.tokenOf("officer");
    try {
      String id = theHeadSendsIt();
      homeAffairsReturnsIt(id);
      theHeadCorrectsItOnAPhoneAfterAConflict(id);
      homeAffairsApprovesItAndTheWardSeesItLocked(id);
      homeAffairsReopensItAndTheWardSeesWhy(id);
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("report-failed", 1280);
      throw new AssertionError(
          "the page shows: "
              + browser.script(
                  "const e = document.querySelector('emulation-report, emulation-reports');"
                      + " return e ? e.shadowRoot.textContent : document.body.textContent;"),
          e);
    }
    assertThat(p.accessibility).isEmpty();
    assertThat(p.refusals).isEmpty();
  }

  private JsonObject theReport() {
    List<JsonObject> items =
        p.read(officer, reports() + "?unit=" + w.wardA + "&year=2023")
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(items).hasSize(1);
    return p.read(officer, reports() + "/" + items.get(0).getString("id"));
  }

  private String theHeadSendsIt() {
    p.signInWith("?view=report&plan=" + w.plan + "&year=2023", head);
    SearchContext root = p.page("emulation-report", "none");
    // the ward's stored figures of 2023, as the sheet holds them: G1, G2 and G8
    JsonObject sheet =
        p.read(head, "api/plans/" + w.plan + "/measurements/sheet?unit=" + w.wardA + "&year=2023");
    List<String> stored =
        sheet.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
            .filter(r -> r.containsKey("version") && !r.isNull("version"))
            .map(r -> r.getString("indicatorCode") + "|" + r.getString("breakdown", ""))
            .toList();
    assertThat(stored).hasSize(3);
    List<WebElement> boxes = root.findElements(By.cssSelector("input[name=figure]"));
    assertThat(boxes).extracting(b -> b.getAttribute("value")).containsExactlyElementsOf(stored);
    assertThat(StepPages.text(root, ".own-unit")).isEqualTo(w.wardA);
    p.check("none");

    // sent with nothing: opened as a draft, and what it lacks is the API's, beside each field
    p.pressByKeyboard("submit");
    SearchContext refused = p.awaitIn("emulation-report", "!!r.querySelector('.error-summary')");
    JsonObject draft = theReport();
    String id = draft.getString("id");
    assertThat(draft.getString("state")).isEqualTo("DRAFT");
    Api.Reply lacking =
        p.json(
            head,
            "POST",
            reports() + "/" + id + "/submit",
            p.etag(head, reports() + "/" + id),
            "{}");
    assertThat(lacking.status()).as(lacking.body()).isEqualTo(400);
    List<String> reasons =
        lacking.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("reason"))
            .toList();
    assertThat(StepPages.texts(refused, ".error-summary li")).hasSameSizeAs(reasons);
    for (String r : reasons) {
      assertThat(StepPages.text(refused, ".error-summary")).contains(r);
    }
    WebElement narrative = refused.findElement(By.id("narrative"));
    assertThat(narrative.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(p.focused()).isEqualTo("error-summary");
    p.check("problems");

    // G2 chosen and a narrative written, by keyboard; sent
    int g2 = stored.indexOf("G2|");
    refused.findElement(By.id("figure-" + g2)).click();
    refused.findElement(By.id("narrative")).sendKeys("Phường đã triển khai kế hoạch năm 2023.");
    p.pressByKeyboard("submit");
    SearchContext sent = p.page("emulation-report", "SUBMITTED");
    JsonObject read = theReport();
    assertThat(read.getString("state")).isEqualTo("SUBMITTED");
    assertThat(read.getString("narrative")).isEqualTo("Phường đã triển khai kế hoạch năm 2023.");
    assertThat(read.getJsonArray("figures").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("indicatorCode") + " " + f.getJsonNumber("measurementVersion"))
        .containsExactly("G2 1");
    assertThat(sent.findElements(By.id("submit"))).isEmpty();
    assertThat(StepPages.text(sent, "#announce")).isNotEmpty();
    assertThat(StepPages.history(sent))
        .hasSize(read.getJsonArray("transitions").size())
        .last()
        .isEqualTo("submit");
    p.check("submitted");
    return id;
  }

  private void homeAffairsReturnsIt(String id) {
    p.signInWith("?view=reports&plan=" + w.plan + "&state=SUBMITTED", officer);
    SearchContext root = p.page("emulation-reports", "queue");
    SearchContext queue = StepPages.nested(root, "emulation-case-queue");
    assertThat(queue.findElements(By.cssSelector("tbody tr")))
        .extracting(r -> r.getAttribute("data-id"))
        .containsExactly(id);
    p.check("queue");
    queue.findElement(By.cssSelector("button.open-case[data-id='" + id + "']")).click();
    root = p.page("emulation-reports", "case");
    assertThat(StepPages.text(root, ".figures")).contains("G2");
    assertThat(StepPages.text(root, ".narrative"))
        .isEqualTo("Phường đã triển khai kế hoạch năm 2023.");
    assertThat(root.findElements(By.id("approve"))).hasSize(1);
    assertThat(root.findElements(By.id("reopen"))).isEmpty();
    // a return without its reason: the API's reason beside the field
    String expected =
        StepPages.reason(
            p.json(
                officer,
                "POST",
                reports() + "/" + id + "/return",
                p.etag(officer, reports() + "/" + id),
                "{}"),
            "reason");
    root.findElement(By.id("return")).click();
    root = p.awaitIn("emulation-reports", "!!r.querySelector('.error-summary')");
    assertThat(StepPages.text(root, ".error-summary")).contains(expected);
    assertThat(root.findElement(By.id("answer-reason")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    p.check("return-refused");
    root.findElement(By.id("answer-reason")).sendKeys("Số liệu G8 chưa có trong báo cáo");
    root.findElement(By.id("return")).click();
    p.awaitIn("emulation-reports", "r.querySelector('.case .state')?.dataset.state === 'RETURNED'");
    assertThat(theReport().getString("state")).isEqualTo("RETURNED");
  }

  private void theHeadCorrectsItOnAPhoneAfterAConflict(String id) {
    p.phone(true);
    p.signInWith("?view=report&plan=" + w.plan + "&year=2023", head);
    SearchContext root = p.page("emulation-report", "RETURNED");
    assertThat(StepPages.text(root, "#returned .returned-reason q"))
        .isEqualTo("Số liệu G8 chưa có trong báo cáo");
    p.check("returned");
    // meanwhile the report is amended through the API: the page's version is stale
    String tag = p.etag(head, reports() + "/" + id);
    Api.Reply amended =
        p.json(
            head,
            "PUT",
            reports() + "/" + id,
            tag,
            "{\"figures\":[{\"indicatorCode\":\"G2\"}],\"narrative\":\"Bản sửa khác.\"}");
    assertThat(amended.status()).as(amended.body()).isEqualTo(200);
    WebElement narrative = root.findElement(By.id("narrative"));
    narrative.clear();
    narrative.sendKeys("Phường đã triển khai kế hoạch năm 2023; bổ sung G8.");
    root.findElement(By.id("save")).click();
    root = p.awaitIn("emulation-report", "!!r.getElementById('notice')");
    assertThat(p.focused()).isEqualTo("notice");
    assertThat(root.findElement(By.id("narrative")).getAttribute("value"))
        .isEqualTo("Bản sửa khác.");
    p.check("conflict");
    // corrected on what it holds now: G8 added, sent again
    List<WebElement> boxes = root.findElements(By.cssSelector("input[name=figure]"));
    boxes.stream()
        .filter(b -> b.getAttribute("value").equals("G8|"))
        .findFirst()
        .orElseThrow()
        .click();
    narrative = root.findElement(By.id("narrative"));
    narrative.clear();
    narrative.sendKeys("Phường đã triển khai kế hoạch năm 2023; bổ sung G8.");
    root.findElement(By.id("submit")).click();
    p.page("emulation-report", "SUBMITTED");
    JsonObject read = theReport();
    assertThat(read.getJsonArray("figures").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("indicatorCode"))
        .containsExactlyInAnyOrder("G2", "G8");
    p.phone(false);
  }

  private void homeAffairsApprovesItAndTheWardSeesItLocked(String id) {
    p.signInWith("?view=reports&plan=" + w.plan + "&case=" + id, officer);
    SearchContext root = p.page("emulation-reports", "case");
    root.findElement(By.id("answer-reason")).sendKeys("Đạt yêu cầu");
    root.findElement(By.id("approve")).click();
    root =
        p.awaitIn(
            "emulation-reports", "r.querySelector('.case .state')?.dataset.state === 'APPROVED'");
    JsonObject read = theReport();
    assertThat(read.getString("state")).isEqualTo("APPROVED");
    assertThat(read.getBoolean("locked")).isTrue();
    assertThat(root.findElements(By.id("reopen"))).hasSize(1);
    assertThat(root.findElements(By.id("approve"))).isEmpty();
    p.check("approved-desk");

    p.signInWith("?view=report&plan=" + w.plan + "&year=2023", head);
    SearchContext ward = p.page("emulation-report", "APPROVED");
    assertThat(ward.findElements(By.id("locked"))).hasSize(1);
    assertThat(ward.findElements(By.id("narrative"))).isEmpty();
    assertThat(ward.findElements(By.id("submit"))).isEmpty();
    assertThat(StepPages.history(ward)).last().isEqualTo("approve");
    p.check("locked");
  }

  private void homeAffairsReopensItAndTheWardSeesWhy(String id) {
    p.signInWith("?view=reports&plan=" + w.plan + "&case=" + id, officer);
    SearchContext root = p.page("emulation-reports", "case");
    root.findElement(By.id("answer-reason")).sendKeys("Cần đính chính số liệu G2");
    root.findElement(By.id("reopen")).click();
    p.awaitIn("emulation-reports", "r.querySelector('.case .state')?.dataset.state === 'REOPENED'");
    assertThat(theReport().getString("state")).isEqualTo("REOPENED");

    p.signInWith("?view=report&plan=" + w.plan + "&year=2023&lang=en", head);
    SearchContext ward = p.page("emulation-report", "REOPENED");
    assertThat(StepPages.text(ward, "#reopened .returned-reason q"))
        .isEqualTo("Cần đính chính số liệu G2");
    assertThat(ward.findElements(By.id("narrative"))).hasSize(1);
    assertThat(StepPages.text(ward, "h2")).isEqualTo("Yearly movement report");
    p.check("reopened-en");
  }
}
