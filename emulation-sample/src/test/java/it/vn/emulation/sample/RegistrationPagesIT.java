package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The registration pages of the web UI (ui/work.html?view=registration and ?view=registrations),
 * signed in through the page, on a copy of the Rạch Giá plan of its own: the staff of Phường Rạch
 * Giá (reporter.rachgia, 30790), by keyboard alone, choose a participant and send the registration
 * without their own plan — the API's problem shows beside the file field — attach a file that is no
 * PDF by its content (the API's problem beside it, nothing stored), then a PDF with a Vietnamese
 * name, and send it; Home Affairs (officer) finds it in the queue filtered by state, reads its
 * history, tries to return it without a reason (the API's problem beside the field), returns it
 * with one, by keyboard; the ward, on a 360 px phone, sees the reason, has its correction refused
 * once because an administrator changed the registration meanwhile (412: said, and the page reads
 * it again), corrects it and sends it again; Home Affairs' acceptance is refused once because an
 * administrator returned it meanwhile (412 again), and once the ward has sent it again Home Affairs
 * accepts it with a note; the history shows every step as the API answers it; the overdue list of a
 * day equals the API's; the council reads a case but cannot answer it; an officer chooses the unit
 * on the unit's page, and the pages speak English on the switch. Every state shown is compared with
 * the API's answer; axe-core finds no violation of any impact at 1280 and 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationPagesIT {

  private static final String USER = "reporter.rachgia";
  private static final String WARD = "30790";
  private static final String OTHER_WARD = "30793";
  private static final String PLAN_FILE = "Kế hoạch thi đua phường Rạch Giá năm 2026.pdf";
  private static final byte[] PDF =
      "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] NOT_A_PDF = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final List<String> IMPACTS = List.of("minor", "moderate", "serious", "critical");

  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String plan = "it-g" + run;
  private final List<String> accessibility = new ArrayList<>();
  private final List<String> refusals = new ArrayList<>();

  private Browser browser() {
    if (browser == null) {
      browser = Browser.start();
    }
    return browser;
  }

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

  private String registrations() {
    return "api/plans/" + plan + "/registrations";
  }

  @Test
  void aWardRegistersHomeAffairsReturnsItTheWardCorrectsItAndHomeAffairsAccepts() {
    Api admin = new Api(deployment);
    Api.Reply imported =
        admin.post(
            "api/plans",
            Api.rachGiaPlan().replace("\"rach-gia-2022-2025\"", "\"" + plan + "\""),
            null);
    assertThat(imported.status()).as(imported.body()).isIn(200, 201);
    String committee =
        participant("ubnd", "UBND phường Rạch Giá (thử " + run + ")", "WARD_COMMITTEES", WARD);
    String front =
        participant(
            "mttq",
            "Ủy ban MTTQ Việt Nam phường Rạch Giá (thử " + run + ")",
            "FRONT_AND_UNIONS",
            WARD);
    participant("vt", "UBND phường Vĩnh Thông (thử " + run + ")", "WARD_COMMITTEES", OTHER_WARD);

    try {
      String id = theWardSendsItByKeyboardAlone(committee);
      homeAffairsReturnsItWithAReason(id);
      theWardCorrectsItOnAPhoneAfterAConflict(id, committee, front);
      homeAffairsAcceptsItAndTheHistoryShowsEveryStep(id);
      theOverdueListOfADayIsTheApis();
      theCouncilReadsTheQueueButDoesNotAnswer(id);
      cityStaffChooseTheUnitAndThePagesSpeakEnglish(id);
    } catch (RuntimeException | AssertionError e) {
      browser().screenshot("registration-failed", 1280);
      throw new AssertionError(
          "the page shows: "
              + browser()
                  .script(
                      "const e = document.querySelector('emulation-registration,"
                          + " emulation-registrations');"
                          + " return e ? e.shadowRoot.textContent : document.body.textContent;"),
          e);
    }
    assertThat(accessibility).isEmpty();
    assertThat(refusals).isEmpty();
  }

  private String theWardSendsItByKeyboardAlone(String committee) {
    browser().signIn(base(), "?view=registration&plan=" + plan, USER);
    SearchContext root = page("emulation-registration", "none");
    // the unit's participants as the API lists them, each a labelled checkbox
    List<JsonObject> listed =
        as(USER, "GET", "api/plans/" + plan + "/participants?unit=" + WARD, null, null)
            .object()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    List<WebElement> boxes = root.findElements(By.cssSelector("input[name=participant]"));
    assertThat(boxes)
        .extracting(b -> b.getAttribute("value"))
        .containsExactlyElementsOf(listed.stream().map(p -> p.getString("id")).toList());
    assertThat(text(root, "label[for=participant-0]")).contains(listed.get(0).getString("name"));
    assertThat(text(root, ".own-unit")).isEqualTo(WARD);
    // a reporter's navigation offers the unit's page, not Home Affairs' queue
    assertThat(
            browser().driver.findElements(By.cssSelector("nav.views a")).stream()
                .map(a -> a.getAttribute("href"))
                .toList())
        .anyMatch(
            href -> href.contains("view=registration") && !href.contains("view=registrations"))
        .noneMatch(href -> href.contains("view=registrations"));
    check("registration-none");

    // from the top of the page, Tab reaches the committee's checkbox; Space ticks it
    int index = indexOf(boxes, committee);
    browser()
        .script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
    tabTo("participant-" + index, 60);
    keys(Keys.SPACE);
    tabTo("submit", 10);
    keys(Keys.ENTER);

    // opened, but not sent: it has no plan of its own, and the API says so beside the file field
    SearchContext after = awaitIn("emulation-registration", "!!r.querySelector('.error-summary')");
    List<JsonObject> items = list("?unit=" + WARD);
    assertThat(items).hasSize(1);
    JsonObject opened = items.get(0);
    String id = opened.getString("id");
    assertThat(opened.getString("state")).isEqualTo("DRAFT");
    assertThat(strings(opened, "participantIds")).containsExactly(committee);
    String expected =
        reason(
            json(USER, "POST", registrations() + "/" + id + "/submit", etag(id), "{}"), "ownPlan");
    assertThat(focused()).isEqualTo("error-summary");
    WebElement file = after.findElement(By.id("own-plan-file"));
    assertThat(file.getAttribute("aria-invalid")).isEqualTo("true");
    String describedBy = file.getAttribute("aria-describedby");
    assertThat(text(after, "#" + describedBy.split(" ")[0])).isEqualTo(expected);
    assertThat(text(after, ".error-summary")).contains(expected);
    assertThat(after.findElement(By.id("participant-" + index)).isSelected()).isTrue();
    check("registration-problem");

    // a file that is no PDF by its content, whatever its name says: the API's problem beside it
    // (asked of the API first: a refused file changes nothing, so the page gets the same answer)
    String notPdfReason =
        reason(
            as(
                USER,
                "PUT",
                registrations() + "/" + id + "/own-plan?filename=khong-phai-pdf.pdf",
                etag(id),
                "application/pdf",
                NOT_A_PDF),
            "file");
    Path notAPdf = file("khong-phai-pdf.pdf", NOT_A_PDF);
    after.findElement(By.id("own-plan-file")).sendKeys(notAPdf.toAbsolutePath().toString());
    tabTo("save", 60);
    keys(Keys.ENTER);
    browser()
        .await(
            "const r = document.querySelector('emulation-registration').shadowRoot;"
                + " const f = r.getElementById('own-plan-file');"
                + " const d = f && f.getAttribute('aria-invalid') === 'true'"
                + " && r.getElementById(f.getAttribute('aria-describedby').split(' ')[0]);"
                + " return !!d && d.textContent === arguments[0];",
            notPdfReason);
    after = browser().shadow("emulation-registration");
    assertThat(text(after, ".error-summary")).contains(notPdfReason).doesNotContain(expected);
    assertThat(focused()).isEqualTo("error-summary");
    JsonObject unchanged = one(USER, id);
    assertThat(unchanged.containsKey("ownPlan") && !unchanged.isNull("ownPlan"))
        .as("nothing of a refused file is stored")
        .isFalse();

    // the file chosen, the registration is sent: its name, Vietnamese letters and all, kept
    Path pdf = file(PLAN_FILE, PDF);
    after.findElement(By.id("own-plan-file")).sendKeys(pdf.toAbsolutePath().toString());
    tabTo("submit", 60);
    keys(Keys.ENTER);
    SearchContext sent = page("emulation-registration", "SUBMITTED");
    JsonObject read = one(USER, id);
    assertThat(read.getString("state")).isEqualTo("SUBMITTED");
    assertThat(read.getJsonObject("ownPlan").getString("name")).isEqualTo(PLAN_FILE);
    assertThat(read.getJsonObject("ownPlan").getJsonNumber("size").longValue())
        .isEqualTo(PDF.length);
    assertThat(text(sent, ".own-plan-name")).contains(PLAN_FILE);
    assertThat(text(sent, "#announce")).isNotEmpty();
    assertThat(focused()).isEqualTo("reg-title");
    // sent, it is read-only for the ward
    assertThat(sent.findElements(By.id("submit"))).isEmpty();
    assertThat(history(sent)).hasSize(read.getJsonArray("transitions").size());
    check("registration-submitted");
    return id;
  }

  private void homeAffairsReturnsItWithAReason(String id) {
    browser().signIn(base(), "?view=registrations&plan=" + plan + "&state=SUBMITTED", "officer");
    SearchContext root = page("emulation-registrations", "queue");
    SearchContext queue = nested(root, "emulation-case-queue");
    List<String> submitted = list("?state=SUBMITTED").stream().map(o -> o.getString("id")).toList();
    assertThat(
            queue.findElements(By.cssSelector("table.queue tbody tr")).stream()
                .map(tr -> tr.getAttribute("data-id"))
                .toList())
        .containsExactlyElementsOf(submitted)
        .contains(id);
    check("queue");

    queue
        .findElement(By.cssSelector("button.open-case[data-id='" + id + "']"))
        .sendKeys(Keys.ENTER);
    root = page("emulation-registrations", "case");
    assertThat(focused()).isEqualTo("case-title");
    assertThat((String) browser().script("return location.search;")).contains("case=" + id);
    JsonObject read = one("officer", id);
    assertThat(history(root)).hasSize(read.getJsonArray("transitions").size());
    assertThat(text(root, ".own-plan-name")).contains(PLAN_FILE);
    assertThat(text(root, "code.sha")).isEqualTo(read.getJsonObject("ownPlan").getString("sha256"));

    // no reason: the API's problem beside the field, nothing stored
    root.findElement(By.id("return")).click();
    root = awaitIn("emulation-registrations", "!!r.querySelector('form.answer .error-summary')");
    String expected =
        reason(
            json("officer", "POST", registrations() + "/" + id + "/return", etag(id), "{}"),
            "reason");
    WebElement field = root.findElement(By.id("answer-reason"));
    assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(text(root, "#" + field.getAttribute("aria-describedby").split(" ")[0]))
        .isEqualTo(expected);
    assertThat(one("officer", id).getString("state")).isEqualTo("SUBMITTED");
    check("return-problem");

    // by keyboard: the summary's link leads to the field; typed, Tab twice reaches "return"
    assertThat(focused()).isEqualTo("error-summary");
    keys(Keys.TAB);
    keys(Keys.ENTER);
    assertThat(focused()).isEqualTo("answer-reason");
    keys(RETURN_REASON);
    tabTo("return", 2);
    keys(Keys.ENTER);
    browser()
        .await(
            "const e = document.querySelector('emulation-registrations');"
                + " return !e.hasAttribute('aria-busy') && e.dataset.version !== arguments[0];",
            String.valueOf(read.getInt("version")));
    root = page("emulation-registrations", "case");
    JsonObject returned = one("officer", id);
    assertThat(returned.getString("state")).isEqualTo("RETURNED");
    assertThat(text(root, "#announce")).contains(WARD);
    List<WebElement> steps = history(root);
    assertThat(steps).hasSize(returned.getJsonArray("transitions").size());
    WebElement last = steps.get(steps.size() - 1);
    assertThat(last.getAttribute("data-command")).isEqualTo("return");
    assertThat(last.findElement(By.cssSelector(".reason q")).getText()).isEqualTo(RETURN_REASON);
    assertThat(last.findElement(By.cssSelector(".actor")).getText()).isEqualTo("officer");
    assertThat(root.findElements(By.cssSelector("form.answer"))).isEmpty();
  }

  private static final String SECOND_REASON = "Thiếu chữ ký của Chủ tịch UBND phường";

  private static final String RETURN_REASON =
      "Danh sách chưa có Ủy ban MTTQ phường; bổ sung rồi gửi lại";

  private void theWardCorrectsItOnAPhoneAfterAConflict(String id, String committee, String front) {
    phone(true);
    try {
      browser().signIn(base(), "?view=registration&plan=" + plan, USER);
      SearchContext root = page("emulation-registration", "RETURNED");
      assertThat(text(root, "#returned .returned-reason")).contains(RETURN_REASON);
      noSidewaysScrolling("returned");
      check("registration-returned");

      // an administrator changes it meanwhile, on the version the ward's page read
      String version = etag(id);
      Api.Reply meanwhile =
          json(
              "admin",
              "PUT",
              registrations() + "/" + id,
              version,
              "{\"participantIds\":[\"" + committee + "\"]}");
      assertThat(meanwhile.status()).as(meanwhile.body()).isEqualTo(200);

      int index = indexOf(root.findElements(By.cssSelector("input[name=participant]")), front);
      root.findElement(By.id("participant-" + index)).click();
      root.findElement(By.id("submit")).click();
      browser()
          .await(
              "const e = document.querySelector('emulation-registration');"
                  + " return !e.hasAttribute('aria-busy') && !!e.shadowRoot.getElementById('notice')"
                  + " && e.dataset.version === arguments[0];",
              meanwhile.header("ETag").replace("\"", ""));
      root = page("emulation-registration", "RETURNED");
      assertThat(focused()).isEqualTo("notice");
      Api.Reply stale =
          json(
              USER,
              "PUT",
              registrations() + "/" + id,
              version,
              "{\"participantIds\":[\"" + committee + "\",\"" + front + "\"]}");
      assertThat(stale.status()).as(stale.body()).isEqualTo(412);
      JsonObject problem = stale.object();
      String refused =
          problem.containsKey("detail") ? problem.getString("detail") : problem.getString("title");
      assertThat(text(root, "#notice")).contains(refused);
      // the reason shown is still Home Affairs' return, not the administrator's amendment since
      assertThat(text(root, "#returned .returned-reason")).contains(RETURN_REASON);
      // read again: the committee alone, as stored now
      assertThat(root.findElement(By.id("participant-" + index)).isSelected()).isFalse();
      noSidewaysScrolling("conflict");
      check("registration-conflict");

      root.findElement(By.id("participant-" + index)).click();
      root.findElement(By.id("submit")).click();
      root = page("emulation-registration", "SUBMITTED");
      JsonObject read = one(USER, id);
      assertThat(read.getString("state")).isEqualTo("SUBMITTED");
      assertThat(strings(read, "participantIds")).containsExactlyInAnyOrder(committee, front);
      noSidewaysScrolling("resubmitted");
      check("registration-resubmitted");
    } finally {
      phone(false);
    }
  }

  private void homeAffairsAcceptsItAndTheHistoryShowsEveryStep(String id) {
    browser().signIn(base(), "?view=registrations&plan=" + plan + "&case=" + id, "officer");
    SearchContext root = page("emulation-registrations", "case");
    String shown = etag(id);

    // an administrator returns it meanwhile: the officer's acceptance, on the version shown, is
    // refused with 412, said, and the case read again (returned: nothing to answer)
    Api.Reply meanwhile =
        json(
            "admin",
            "POST",
            registrations() + "/" + id + "/return",
            shown,
            "{\"reason\":\"" + SECOND_REASON + "\"}");
    assertThat(meanwhile.status()).as(meanwhile.body()).isEqualTo(200);
    root.findElement(By.id("answer-reason")).sendKeys("Đủ hồ sơ");
    root.findElement(By.id("accept")).click();
    browser()
        .await(
            "const e = document.querySelector('emulation-registrations');"
                + " return !e.hasAttribute('aria-busy') && !!e.shadowRoot.getElementById('notice')"
                + " && e.dataset.version === arguments[0];",
            meanwhile.header("ETag").replace("\"", ""));
    root = page("emulation-registrations", "case");
    assertThat(focused()).isEqualTo("notice");
    Api.Reply stale = json("officer", "POST", registrations() + "/" + id + "/accept", shown, "{}");
    assertThat(stale.status()).as(stale.body()).isEqualTo(412);
    JsonObject problem = stale.object();
    assertThat(text(root, "#notice"))
        .contains(
            problem.containsKey("detail")
                ? problem.getString("detail")
                : problem.getString("title"));
    assertThat(root.findElements(By.cssSelector("form.answer"))).isEmpty();
    assertThat(root.findElement(By.cssSelector("dd strong.state")).getAttribute("data-state"))
        .isEqualTo("RETURNED");

    // the ward sends it again; the officer opens it again from the queue and accepts it
    Api.Reply again = json(USER, "POST", registrations() + "/" + id + "/submit", etag(id), "{}");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    nested(root, "emulation-case-queue")
        .findElement(By.cssSelector("button.open-case[data-id='" + id + "']"))
        .click();
    browser()
        .await(
            "const e = document.querySelector('emulation-registrations');"
                + " return !e.hasAttribute('aria-busy') && e.dataset.version === arguments[0];",
            again.header("ETag").replace("\"", ""));
    root = page("emulation-registrations", "case");
    int before = one("officer", id).getInt("version");
    root.findElement(By.id("answer-reason")).sendKeys("Đủ hồ sơ");
    root.findElement(By.id("accept")).click();
    browser()
        .await(
            "const e = document.querySelector('emulation-registrations');"
                + " return !e.hasAttribute('aria-busy') && e.dataset.version !== arguments[0];",
            String.valueOf(before));
    root = page("emulation-registrations", "case");
    JsonObject read = one("officer", id);
    assertThat(read.getString("state")).isEqualTo("ACCEPTED");

    List<JsonObject> transitions = read.getJsonArray("transitions").getValuesAs(JsonObject.class);
    assertThat(transitions)
        .extracting(t -> t.getString("command"))
        .containsExactly(
            "amend", "submit", "return", "amend", "amend", "submit", "return", "submit", "accept");
    List<WebElement> steps = history(root);
    assertThat(steps).hasSize(transitions.size());
    for (int i = 0; i < steps.size(); i++) {
      JsonObject t = transitions.get(i);
      WebElement li = steps.get(i);
      assertThat(li.getAttribute("data-command")).isEqualTo(t.getString("command"));
      assertThat(li.getAttribute("data-from")).isEqualTo(t.getString("from"));
      assertThat(li.getAttribute("data-to")).isEqualTo(t.getString("to"));
      assertThat(li.findElement(By.cssSelector(".actor")).getText())
          .isEqualTo(t.getString("actor"));
      assertThat(li.findElement(By.cssSelector("time")).getAttribute("datetime"))
          .isEqualTo(t.getString("at"));
      if (t.containsKey("reason") && !t.isNull("reason")) {
        assertThat(li.findElement(By.cssSelector(".reason q")).getText())
            .isEqualTo(t.getString("reason"));
      } else {
        assertThat(li.findElements(By.cssSelector(".reason"))).isEmpty();
      }
    }
    assertThat(steps.get(2).findElement(By.cssSelector(".from")).getText())
        .isEqualTo("Đã gửi, chờ tiếp nhận");
    assertThat(steps.get(2).findElement(By.cssSelector(".to")).getText()).isEqualTo("Bị trả lại");
    assertThat(steps.get(3).findElement(By.cssSelector(".actor")).getText()).isEqualTo("admin");
    // an acceptance's text is a note, a return's a reason
    assertThat(steps.get(6).findElement(By.cssSelector(".reason q")).getText())
        .isEqualTo(SECOND_REASON);
    assertThat(steps.get(8).findElement(By.cssSelector(".reason .label")).getText())
        .isEqualTo("Ghi chú:");
    assertThat(steps.get(8).findElement(By.cssSelector(".reason q")).getText())
        .isEqualTo("Đủ hồ sơ");
    assertThat(steps.get(2).findElement(By.cssSelector(".reason .label")).getText())
        .isEqualTo("Lý do:");
    check("accepted");

    // closing the case gives the focus back to its row's button in the queue
    root.findElement(By.cssSelector("button.close-case")).click();
    page("emulation-registrations", "queue");
    assertThat(focused()).isEqualTo("secondary open-case");
    assertThat((String) browser().script("return location.search;")).doesNotContain("case=");

    // the queue of accepted registrations holds it
    browser().signIn(base(), "?view=registrations&plan=" + plan + "&state=ACCEPTED", "officer");
    SearchContext queue = nested(page("emulation-registrations", "queue"), "emulation-case-queue");
    assertThat(
            queue.findElements(By.cssSelector("table.queue tbody tr")).stream()
                .map(tr -> tr.getAttribute("data-id"))
                .toList())
        .containsExactly(id);
  }

  private void theOverdueListOfADayIsTheApis() {
    SearchContext root = page("emulation-registrations", "queue");
    String day = "2023-03-01";
    browser()
        .script(
            "document.querySelector('emulation-registrations').shadowRoot"
                + ".getElementById('overdue-on').value = arguments[0];",
            day);
    root.findElement(By.id("overdue-show")).click();
    root = awaitIn("emulation-registrations", "!!r.querySelector('table.overdue')");
    Api.Reply overdue = as("officer", "GET", registrations() + "/overdue?on=" + day, null, null);
    assertThat(overdue.status()).as(overdue.body()).isEqualTo(200);
    List<JsonObject> units = overdue.object().getJsonArray("units").getValuesAs(JsonObject.class);
    assertThat(units).extracting(u -> u.getString("unitCode")).contains(OTHER_WARD);
    List<WebElement> rows = root.findElements(By.cssSelector("table.overdue tbody tr"));
    assertThat(rows)
        .extracting(r -> r.getAttribute("data-unit"))
        .containsExactlyElementsOf(units.stream().map(u -> u.getString("unitCode")).toList());
    assertThat(rows)
        .extracting(r -> r.getAttribute("data-why"))
        .containsExactlyElementsOf(units.stream().map(u -> u.getString("why")).toList());
    WebElement other =
        root.findElement(By.cssSelector("table.overdue tr[data-unit='" + OTHER_WARD + "']"));
    assertThat(other.getText()).contains("Chưa mở đăng ký");
    assertThat(text(root, "table.overdue caption")).contains("01/03/2023").contains("31/01/2023");
    check("overdue");
  }

  private void theCouncilReadsTheQueueButDoesNotAnswer(String id) {
    browser().signIn(base(), "?view=registrations&plan=" + plan + "&case=" + id, "council");
    SearchContext root = page("emulation-registrations", "case");
    assertThat(history(root)).hasSize(one("council", id).getJsonArray("transitions").size());
    assertThat(root.findElements(By.cssSelector("form.answer"))).isEmpty();
    assertThat(root.findElements(By.id("overdue-on"))).hasSize(1);
  }

  private void cityStaffChooseTheUnitAndThePagesSpeakEnglish(String id) {
    browser().signIn(base(), "?view=registration&plan=" + plan, "officer");
    SearchContext root = page("emulation-registration", "empty");
    assertThat(text(root, "p.hint")).isEqualTo("Chọn đơn vị để xem bản đăng ký của đơn vị đó.");
    browser()
        .await(
            "return document.querySelector('emulation-registration').shadowRoot"
                + ".querySelectorAll('select#unit option').length > 1;");
    new org.openqa.selenium.support.ui.Select(root.findElement(By.id("unit"))).selectByValue(WARD);
    root.findElement(By.cssSelector("form.chooser button[type=submit]")).click();
    root = page("emulation-registration", "ACCEPTED");
    assertThat((String) browser().script("return location.search;")).contains("unit=" + WARD);
    JsonObject read = one("officer", id);
    assertThat(history(root)).hasSize(read.getJsonArray("transitions").size());

    browser().driver.findElement(By.cssSelector(".languages button[data-lang=en]")).click();
    browser()
        .await(
            "return document.querySelector('emulation-registration').shadowRoot"
                + ".querySelector('h2').textContent === 'Emulation registration';");
    root = page("emulation-registration", "ACCEPTED");
    List<WebElement> steps = history(root);
    assertThat(steps.get(steps.size() - 1).findElement(By.cssSelector(".command")).getText())
        .isEqualTo("Accept");
    assertThat(steps.get(steps.size() - 1).findElement(By.cssSelector(".to")).getText())
        .isEqualTo("Accepted");
    check("officer-en");
  }

  // ---- the browser

  /** Waits until the element {@code tag} shows {@code state} and answers its shadow root. */
  private SearchContext page(String tag, String state) {
    browser()
        .await(
            "const e = document.querySelector(arguments[0]);"
                + " return !!e && e.dataset.state === arguments[1] && !e.hasAttribute('aria-busy');",
            tag,
            state);
    return browser().shadow(tag);
  }

  /** Waits until {@code condition} (on the element's shadow root {@code r}) holds. */
  private SearchContext awaitIn(String tag, String condition) {
    browser()
        .await(
            "const e = document.querySelector(arguments[0]); const r = e && e.shadowRoot;"
                + " return !!r && !e.hasAttribute('aria-busy') && ("
                + condition
                + ");",
            tag);
    return browser().shadow(tag);
  }

  private static SearchContext nested(SearchContext root, String tag) {
    return root.findElement(By.cssSelector(tag)).getShadowRoot();
  }

  /** The steps the page's case history lists (the opening is not a step). */
  private static List<WebElement> history(SearchContext root) {
    return nested(root, "emulation-case-history").findElements(By.cssSelector("li.step"));
  }

  private static String text(SearchContext root, String css) {
    return root.findElement(By.cssSelector(css)).getText();
  }

  /** The focused element inside the shadow roots: its id, else its class. */
  private String focused() {
    return (String)
        browser()
            .script(
                "let a = document.activeElement;"
                    + " while (a && a.shadowRoot && a.shadowRoot.activeElement)"
                    + " a = a.shadowRoot.activeElement;"
                    + " return a ? (a.id || a.className || a.localName) : null;");
  }

  private void keys(CharSequence... keys) {
    new Actions(browser().driver).sendKeys(keys).perform();
  }

  private int tabTo(String id, int max) {
    for (int i = 1; i <= max; i++) {
      keys(Keys.TAB);
      if (id.equals(focused())) {
        return i;
      }
    }
    throw new AssertionError("Tab never reached " + id + "; the focus is on " + focused());
  }

  private static int indexOf(List<WebElement> boxes, String participant) {
    for (int i = 0; i < boxes.size(); i++) {
      if (participant.equals(boxes.get(i).getAttribute("value"))) {
        return i;
      }
    }
    throw new AssertionError("no checkbox for " + participant);
  }

  /** A phone's viewport, 360 CSS pixels wide, or the desktop's again. */
  private void phone(boolean on) {
    if (on) {
      browser()
          .driver
          .executeCdpCommand(
              "Emulation.setDeviceMetricsOverride",
              Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", true));
    } else {
      browser().driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  private boolean onPhone() {
    return ((Number) browser().script("return window.innerWidth;")).intValue() == 360;
  }

  /** On the phone nothing but a table's own region scrolls sideways. */
  private void noSidewaysScrolling(String state) {
    assertThat(onPhone()).as("the viewport is 360 px wide").isTrue();
    Number width = (Number) browser().script("return document.documentElement.scrollWidth;");
    assertThat(width.intValue())
        .as("page width at 360 px in state " + state)
        .isLessThanOrEqualTo(360);
  }

  /** axe-core (every impact) and screenshots, at 1280 px and at 360 px. */
  private void check(String name) {
    browser().console().stream()
        .map(e -> e.getMessage())
        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused"))
        .map(m -> name + ": " + m)
        .forEach(refusals::add);
    boolean phone = onPhone();
    if (!phone) {
      browser().driver.manage().window().setSize(new Dimension(1280, 900));
      browser().axeViolations(IMPACTS).stream()
          .map(v -> name + " at 1280: " + v)
          .forEach(accessibility::add);
      browser().screenshot("registration-" + name, 1280);
      phone(true);
    }
    browser().axeViolations(IMPACTS).stream()
        .map(v -> name + " at 360: " + v)
        .forEach(accessibility::add);
    try {
      Files.createDirectories(Browser.SCREENSHOTS);
      Files.write(
          Browser.SCREENSHOTS.resolve("registration-" + name + "-360.png"),
          browser().driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!phone) {
      phone(false);
    }
    browser().console();
  }

  // ---- the API

  private String participant(String suffix, String name, String category, String unit) {
    String id = run + "-" + suffix;
    Api.Reply r =
        new Api(deployment)
            .post(
                "api/plans/" + plan + "/participants",
                "{\"id\":\""
                    + id
                    + "\",\"kind\":\"COLLECTIVE\",\"name\":\""
                    + name
                    + "\",\"categoryCode\":\""
                    + category
                    + "\",\"unitCode\":\""
                    + unit
                    + "\"}",
                "en");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return id;
  }

  private Api.Reply as(String user, String method, String path, String ifMatch, byte[] body) {
    return as(user, method, path, ifMatch, body == null ? null : "application/json", body);
  }

  private Api.Reply as(
      String user, String method, String path, String ifMatch, String type, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base().resolve(path))
            .header("Authorization", Api.bearer(base(), user))
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

  private Api.Reply json(String user, String method, String path, String ifMatch, String json) {
    return as(user, method, path, ifMatch, json.getBytes(StandardCharsets.UTF_8));
  }

  private List<JsonObject> list(String query) {
    Api.Reply r = as("officer", "GET", registrations() + query, null, null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private JsonObject one(String user, String id) {
    Api.Reply r = as(user, "GET", registrations() + "/" + id, null, null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object();
  }

  private String etag(String id) {
    Api.Reply r = as("officer", "GET", registrations() + "/" + id, null, null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.header("ETag");
  }

  private static String reason(Api.Reply r, String field) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    for (JsonObject e : r.object().getJsonArray("errors").getValuesAs(JsonObject.class)) {
      if (e.getString("field").equals(field)) {
        return e.getString("reason");
      }
    }
    throw new AssertionError("no problem at " + field + ": " + r.body());
  }

  private static List<String> strings(JsonObject o, String name) {
    return o.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static Path file(String name, byte[] content) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "registration"));
      return Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
