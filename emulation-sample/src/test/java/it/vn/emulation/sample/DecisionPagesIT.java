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
import org.openqa.selenium.support.ui.Select;

/**
 * The pages of step 7 (ui/work.html?view=submissions, ?view=decisions and ?view=history) on a fresh
 * city whose council closed its meeting through the API: Home Affairs draws up the submission to
 * the commune chairman from the meeting, by keyboard, and the page shows the groups by form with
 * whether the office decides each as the API answered it; the Chairman's page lists it among those
 * awaiting a decision, shows each nominee's appraisal and stored verdict, refuses a decision
 * without its number beside the field (the API's reason), records it with one, shows it with the
 * link to the awardee's history, where the award stands; a close on a version someone else changed
 * meanwhile is a 412 said in words, the page reading the case again. axe-core finds no violation at
 * 1280 and 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DecisionPagesIT {

  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private StepPages p;
  private ClosedMeeting m;
  private String officer;
  private String chairman;

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

  private String submissions() {
    return m.plan + "/submissions";
  }

  @Test
  void homeAffairsSubmitsTheChairmanDecidesTheAwardIsInTheHistory() {
    if (browser == null) {
      browser = Browser.start();
    }
    p = new StepPages(browser, base(), "decision");
    Api api = new Api(deployment);
    FreshCity w = FreshCity.create(deployment);
    String ward = api.tokenOf("reporter.vinhlac", w.wardA);
    officer = api.tokenOf("officer");
    chairman = api.tokenOf("chairman");
    m = ClosedMeeting.of(p, w, ward, officer, api.tokenOf("council"));
    try {
      String id = homeAffairsDrawsUpTheSubmission();
      theChairmanDecides(id);
      aStaleCloseIsSaidInWords(id);
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("decision-failed", 1280);
      throw new AssertionError(
          "the page shows: "
              + browser.script(
                  "const e = document.querySelector('emulation-submissions, emulation-decisions,"
                      + " emulation-history');"
                      + " return e ? e.shadowRoot.textContent : document.body.textContent;"),
          e);
    }
    assertThat(p.accessibility).isEmpty();
    assertThat(p.refusals).isEmpty();
  }

  private void setDate(SearchContext root, String id, String day) {
    browser.script("arguments[0].value = arguments[1];", root.findElement(By.id(id)), day);
  }

  private String homeAffairsDrawsUpTheSubmission() {
    p.signInWith("?view=submissions&plan=" + m.city.plan, officer);
    SearchContext root = p.page("emulation-submissions", "queue");
    assertThat(
            new Select(root.findElement(By.id("meetingId")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo(m.meetingId);
    new Select(root.findElement(By.id("office"))).selectByValue("COMMUNE_CHAIRMAN");
    setDate(root, "submittedOn", "2026-02-11");
    p.check("prepare");
    p.pressByKeyboard("prepare");
    root = p.page("emulation-submissions", "SUBMITTED");
    List<JsonObject> listed =
        p.read(officer, submissions()).getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(listed).hasSize(1);
    JsonObject s = listed.get(0);
    assertThat(s.getString("meetingId")).isEqualTo(m.meetingId);
    assertThat(s.getString("submittedOn")).isEqualTo("2026-02-11");
    // the groups and whether the office decides each are the API's
    List<JsonObject> groups = s.getJsonArray("groups").getValuesAs(JsonObject.class);
    assertThat(root.findElements(By.cssSelector("section.group")))
        .extracting(g -> g.getAttribute("data-form") + ":" + g.getAttribute("data-within"))
        .containsExactlyElementsOf(
            groups.stream()
                .map(g -> g.getString("form") + ":" + g.getBoolean("withinAuthority"))
                .toList());
    assertThat(StepPages.texts(root, "section.group tbody tr th.participant"))
        .singleElement()
        .asString()
        .contains("Công ty TNHH Một");
    assertThat(StepPages.text(root, "#announce")).isNotEmpty();
    // Home Affairs does not decide: no decision form on its page
    assertThat(root.findElements(By.cssSelector("form.decide"))).isEmpty();
    assertThat(p.focused()).isEqualTo("case-title");
    p.check("submitted");
    return s.getString("id");
  }

  private void theChairmanDecides(String id) {
    String one = submissions() + "/" + id;
    p.signInWith("?view=decisions&plan=" + m.city.plan, chairman);
    SearchContext root = p.page("emulation-decisions", "queue");
    SearchContext queue = StepPages.nested(root, "emulation-case-queue");
    assertThat(queue.findElements(By.cssSelector("tbody tr")))
        .extracting(r -> r.getAttribute("data-id"))
        .containsExactly(id);
    p.check("awaiting");
    queue.findElement(By.cssSelector("button.open-case[data-id='" + id + "']")).click();
    root = p.page("emulation-decisions", "SUBMITTED");
    JsonObject nomination = p.read(chairman, m.plan + "/nominations/" + m.approved);
    WebElement row =
        root.findElement(By.cssSelector("section.group tr[data-nomination='" + m.approved + "']"));
    assertThat(row.findElement(By.cssSelector("td.appraisal")).getText()).isEqualTo("Đủ điều kiện");
    assertThat(row.findElement(By.cssSelector("td.verdict")).getText())
        .isEqualTo(outcome(nomination.getJsonObject("verdict").getString("outcome")));

    // no number: the API's reason beside the field, nothing decided
    String expected =
        StepPages.reason(
            p.json(
                chairman,
                "POST",
                one + "/decisions",
                p.etag(chairman, one),
                "{\"form\":\"GIAY_KHEN\",\"decidedOn\":\"2026-02-12\",\"signer\":\"Phạm Hoàng"
                    + " Long\",\"type\":\"MOVEMENT\",\"awardees\":[\""
                    + m.approved
                    + "\"]}"),
            "number");
    setDate(root, "decide-0-decidedOn", "2026-02-12");
    root.findElement(By.id("decide-0-signer")).sendKeys("Phạm Hoàng Long");
    root.findElement(By.id("decide-0-submit")).click();
    root = p.awaitIn("emulation-decisions", "!!r.querySelector('form.decide .error-summary')");
    assertThat(StepPages.text(root, "form.decide .field-problem")).isEqualTo(expected);
    assertThat(root.findElement(By.id("decide-0-number")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(p.read(chairman, one).getJsonArray("decisions")).isEmpty();
    p.check("decision-refused");

    root.findElement(By.id("decide-0-number")).sendKeys("15/QĐ-UBND");
    root.findElement(By.id("decide-0-submit")).click();
    root = p.awaitIn("emulation-decisions", "!!r.querySelector('li.decision')");
    JsonObject decision = p.read(chairman, one).getJsonArray("decisions").getJsonObject(0);
    assertThat(decision.getString("number")).isEqualTo("15/QĐ-UBND");
    assertThat(decision.getString("signer")).isEqualTo("Phạm Hoàng Long");
    assertThat(decision.getJsonArray("awardees").getJsonObject(0).getString("nominationId"))
        .isEqualTo(m.approved);
    assertThat(StepPages.text(root, "li.decision .decision-line")).contains("15/QĐ-UBND");
    assertThat(root.findElements(By.cssSelector("form.decide"))).isEmpty();
    assertThat(StepPages.history(root)).containsExactly("decide");
    p.check("decided");

    // the link to the awardee's history: the award stands there
    root.findElement(By.cssSelector("a.awardee-history")).click();
    root = p.page("emulation-history", "history");
    JsonObject award =
        p.read(chairman, m.plan + "/participants/" + m.approvedParticipant + "/history")
            .getJsonArray("awards")
            .getJsonObject(0);
    assertThat(award.getBoolean("revoked")).isFalse();
    WebElement shown = root.findElement(By.cssSelector("table.awards tbody tr"));
    assertThat(shown.getAttribute("data-decision")).isEqualTo(award.getString("decisionNumber"));
    assertThat(shown.getAttribute("data-revoked")).isEqualTo("false");
    assertThat(StepPages.text(root, "h3.whose")).contains("Công ty TNHH Một");
    p.check("history");
    // English second: the same history in the other language, the names as stored
    browser.driver.findElement(By.cssSelector(".languages button[data-lang='en']")).click();
    root =
        p.awaitIn(
            "emulation-history",
            "r.getElementById('history-title').textContent === 'History of emulation and awards'");
    assertThat(StepPages.text(root, "table.awards td.standing")).isEqualTo("Stands");
    assertThat(StepPages.text(root, "h3.whose")).contains("Công ty TNHH Một");
    p.check("history-en");
    browser.driver.findElement(By.cssSelector(".languages button[data-lang='vi']")).click();
    p.awaitIn("emulation-history", "r.querySelector('td.standing').textContent === 'Còn hiệu lực'");
    browser.driver.navigate().back();
    p.page("emulation-decisions", "SUBMITTED");
  }

  private void aStaleCloseIsSaidInWords(String id) {
    String one = submissions() + "/" + id;
    SearchContext root = p.page("emulation-decisions", "SUBMITTED");
    // someone else closes it meanwhile, through the API
    ClosedMeeting.ok(p.json(officer, "POST", one + "/close", p.etag(officer, one), "{}"));
    root.findElement(By.id("close")).click();
    root = p.page("emulation-decisions", "CLOSED");
    assertThat(StepPages.text(root, "#notice h3"))
        .isEqualTo("Người khác đã thay đổi tờ trình này sau khi anh/chị mở nó");
    assertThat(p.focused()).isEqualTo("notice");
    assertThat(root.findElements(By.id("close"))).isEmpty();
    p.check("stale");
  }

  private static String outcome(String code) {
    return switch (code) {
      case "ELIGIBLE" -> "Đủ điều kiện";
      case "NOT_ELIGIBLE" -> "Không đủ điều kiện";
      default -> "Chưa đủ thông tin";
    };
  }
}
