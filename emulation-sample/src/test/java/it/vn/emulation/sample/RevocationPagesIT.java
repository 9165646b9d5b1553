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
 * The revocation page (ui/work.html?view=revocations, step 8) on a fresh city where the Chairman
 * decided a Giấy khen through the API: Home Affairs proposes to revoke it, the grounds offered
 * being those the API lists (GET revocations/grounds); without a ground the API's reason shows
 * beside the field and nothing is stored; with one the case opens. The Chairman's annulment by
 * another office than the one that decided is refused beside the office, then annulled by it: the
 * awardee's history page marks the award revoked and not counting, as the API says. Home Affairs
 * records the recovery of the artefact and the money; the ward's reporter reads the case on a
 * phone, another ward's reads it as none. axe-core finds no violation at 1280 and 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RevocationPagesIT {

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

  private String revocations() {
    return m.plan + "/revocations";
  }

  @Test
  void proposedAnnulledMarkedInTheHistoryAndRecovered() {
    if (browser == null) {
      browser = Browser.start();
    }
    p = new StepPages(browser, base(), "revocation");
    Api api = new Api(deployment);
    FreshCity w = FreshCity.create(deployment);
    String ward = api.tokenOf("reporter.vinhlac", w.wardA);
    String otherWard = api.tokenOf("reporter.rachsoi", w.wardB);
    officer = api.tokenOf("officer");
    chairman = api.tokenOf("chairman");
    m = ClosedMeeting.of(p, w, ward, officer, api.tokenOf("council"));
    String sid = m.submitted(officer, "2026-02-11");
    String s = m.plan + "/submissions/" + sid;
    String v =
        ClosedMeeting.ok(
            p.json(
                chairman,
                "POST",
                s + "/decisions",
                "\"0\"",
                "{\"form\":\"GIAY_KHEN\",\"number\":\"15/QĐ-UBND\",\"decidedOn\":\"2026-02-12\","
                    + "\"signer\":\"Phạm Hoàng Long\",\"type\":\"MOVEMENT\",\"awardees\":[\""
                    + m.approved
                    + "\"]}"));
    ClosedMeeting.ok(p.json(chairman, "POST", s + "/close", v, "{}"));
    try {
      String id = homeAffairsProposes(sid);
      theChairmanAnnuls(id);
      homeAffairsRecordsTheRecovery(id);
      theWardsReadIt(id, ward, otherWard);
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("revocation-failed", 1280);
      throw new AssertionError(
          "the page shows: "
              + browser.script(
                  "const e = document.querySelector('emulation-revocations, emulation-history');"
                      + " return e ? e.shadowRoot.textContent : document.body.textContent;"),
          e);
    }
    assertThat(p.accessibility).isEmpty();
    assertThat(p.refusals).isEmpty();
  }

  private void setDate(SearchContext root, String id, String day) {
    browser.script("arguments[0].value = arguments[1];", root.findElement(By.id(id)), day);
  }

  private String homeAffairsProposes(String sid) {
    p.signInWith("?view=revocations&plan=" + m.city.plan, officer);
    SearchContext root = p.page("emulation-revocations", "queue");
    // the grounds offered are the API's, in its order
    List<String> grounds =
        p
            .as(officer, "GET", revocations() + "/grounds", null, null, null)
            .json()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(g -> g.getString("ground"))
            .toList();
    assertThat(grounds)
        .containsExactly(
            "FRAUDULENT_DECLARATION",
            "FALSE_INFORMATION_OR_FORGERY",
            "UNLAWFUL_APPRAISAL_OR_PROPOSAL",
            "VIOLATION_FOUND_LATER");
    assertThat(
            new Select(root.findElement(By.id("ground")))
                .getOptions().stream()
                    .map(o -> o.getAttribute("value"))
                    .filter(x -> !x.isEmpty())
                    .toList())
        .containsExactlyElementsOf(grounds);
    assertThat(new Select(root.findElement(By.id("award"))).getFirstSelectedOption().getText())
        .contains("Công ty TNHH Một")
        .contains("15/QĐ-UBND");
    p.check("propose");

    // no ground: the API's reason beside the field, nothing stored
    String expected =
        StepPages.reason(
            p.json(
                officer,
                "POST",
                revocations(),
                null,
                "{\"submissionId\":\""
                    + sid
                    + "\",\"form\":\"GIAY_KHEN\",\"nominationId\":\""
                    + m.approved
                    + "\",\"reason\":\"Hồ sơ kê khai sai số liệu\"}"),
            "ground");
    root.findElement(By.id("reason")).sendKeys("Hồ sơ kê khai sai số liệu");
    root.findElement(By.id("propose")).click();
    root = p.awaitIn("emulation-revocations", "!!r.querySelector('form.propose .error-summary')");
    assertThat(StepPages.text(root, "form.propose .field-problem")).isEqualTo(expected);
    assertThat(root.findElement(By.id("ground")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(p.read(officer, revocations()).getInt("total")).isZero();
    p.check("ground-refused");

    new Select(root.findElement(By.id("ground"))).selectByValue("FALSE_INFORMATION_OR_FORGERY");
    root.findElement(By.id("propose")).click();
    root = p.page("emulation-revocations", "PROPOSED");
    List<JsonObject> listed =
        p.read(officer, revocations()).getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(listed).hasSize(1);
    JsonObject r = listed.get(0);
    assertThat(r.getString("ground")).isEqualTo("FALSE_INFORMATION_OR_FORGERY");
    assertThat(r.getString("reason")).isEqualTo("Hồ sơ kê khai sai số liệu");
    assertThat(r.getJsonObject("awardee").getString("nominationId")).isEqualTo(m.approved);
    assertThat(root.findElement(By.cssSelector(".ground")).getAttribute("data-ground"))
        .isEqualTo("FALSE_INFORMATION_OR_FORGERY");
    assertThat(StepPages.text(root, "q.reason")).isEqualTo("Hồ sơ kê khai sai số liệu");
    // Home Affairs neither annuls nor dismisses
    assertThat(root.findElements(By.cssSelector("form.annul, form.dismiss"))).isEmpty();
    assertThat(p.focused()).isEqualTo("case-title");
    p.check("proposed");
    return r.getString("id");
  }

  private void theChairmanAnnuls(String id) {
    String one = revocations() + "/" + id;
    p.signInWith("?view=revocations&plan=" + m.city.plan + "&case=" + id, chairman);
    SearchContext root = p.page("emulation-revocations", "PROPOSED");
    assertThat(root.findElements(By.cssSelector("form.dismiss"))).hasSize(1);
    // another office than the one that decided: the API's reason beside the office
    String expected =
        StepPages.reason(
            p.json(
                chairman,
                "POST",
                one + "/annul",
                p.etag(chairman, one),
                "{\"office\":\"PROVINCE_CHAIRMAN\",\"annulledOn\":\"2026-06-01\"}"),
            "office");
    new Select(root.findElement(By.id("annul-office"))).selectByValue("PROVINCE_CHAIRMAN");
    setDate(root, "annulledOn", "2026-06-01");
    root.findElement(By.id("annul")).click();
    root = p.awaitIn("emulation-revocations", "!!r.querySelector('form.annul .error-summary')");
    assertThat(StepPages.text(root, "form.annul .field-problem")).isEqualTo(expected);
    assertThat(p.read(chairman, one).getString("state")).isEqualTo("PROPOSED");
    p.check("office-refused");

    new Select(root.findElement(By.id("annul-office"))).selectByValue("COMMUNE_CHAIRMAN");
    root.findElement(By.id("annul")).click();
    root = p.page("emulation-revocations", "ANNULLED");
    JsonObject annulled = p.read(chairman, one);
    assertThat(annulled.getString("annulledOn")).isEqualTo("2026-06-01");
    assertThat(StepPages.history(root)).containsExactly("annul");
    assertThat(root.findElements(By.cssSelector("form.annul, form.dismiss, form.recovery")))
        .isEmpty();
    p.check("annulled");

    // the awardee's history: the award revoked, not counting, as the API says
    root.findElement(By.cssSelector("a.awardee-history")).click();
    root = p.page("emulation-history", "history");
    JsonObject award =
        p.read(chairman, m.plan + "/participants/" + m.approvedParticipant + "/history")
            .getJsonArray("awards")
            .getJsonObject(0);
    assertThat(award.getBoolean("revoked")).isTrue();
    WebElement row = root.findElement(By.cssSelector("table.awards tbody tr"));
    assertThat(row.getAttribute("data-revoked")).isEqualTo("true");
    assertThat(row.findElement(By.cssSelector("td.standing.revoked")).getText())
        .isEqualTo("Đã bị hủy bỏ ngày 01/06/2026 — không được tính");
    p.check("history-revoked");
  }

  private void homeAffairsRecordsTheRecovery(String id) {
    p.signInWith("?view=revocations&plan=" + m.city.plan + "&case=" + id, officer);
    SearchContext root = p.page("emulation-revocations", "ANNULLED");
    setDate(root, "recordedOn", "2026-06-05");
    root.findElement(By.id("artefactRecovered")).click();
    root.findElement(By.id("moneyRecovered")).sendKeys("1490000");
    root.findElement(By.id("recovery-note")).sendKeys("Đã nộp lại Giấy khen và tiền thưởng");
    p.check("recovery");
    root.findElement(By.id("recovery")).click();
    root = p.page("emulation-revocations", "RECOVERED");
    JsonObject recovery = p.read(officer, revocations() + "/" + id).getJsonObject("recovery");
    assertThat(recovery.getString("recordedOn")).isEqualTo("2026-06-05");
    assertThat(recovery.getBoolean("artefactRecovered")).isTrue();
    assertThat(recovery.getJsonNumber("moneyRecovered").longValue()).isEqualTo(1_490_000L);
    assertThat(recovery.getString("note")).isEqualTo("Đã nộp lại Giấy khen và tiền thưởng");
    assertThat(StepPages.text(root, ".recovery")).contains("1.490.000");
    assertThat(StepPages.history(root)).containsExactly("annul", "recordRecovery");
    p.check("recovered");
  }

  private void theWardsReadIt(String id, String ward, String otherWard) {
    p.phone(true);
    p.signInWith("?view=revocations&plan=" + m.city.plan + "&case=" + id, ward);
    SearchContext root = p.page("emulation-revocations", "RECOVERED");
    // a unit's staff read it, and act on it not at all
    assertThat(root.findElements(By.cssSelector("section.case form"))).isEmpty();
    assertThat(StepPages.text(root, ".recovery")).contains("1.490.000");
    p.check("ward");
    p.signInWith("?view=revocations&plan=" + m.city.plan + "&case=" + id, otherWard);
    root = p.page("emulation-revocations", "queue");
    assertThat(p.as(otherWard, "GET", revocations() + "/" + id, null, null, null).status())
        .isEqualTo(404);
    assertThat(root.findElements(By.cssSelector("section.case .problem"))).hasSize(1);
    p.check("other-ward");
    p.phone(false);
  }
}
