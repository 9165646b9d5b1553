package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The reporting desk of the web UI (ui/work.html?view=desk) as reporter.vinhlac (Phường Vĩnh Lạc,
 * 30745) signed in through the page: the desk lists the ward's targets with the figures the API
 * stores (every row compared with the API's answers); a figure entered by keyboard alone with a bad
 * value shows the API's problem next to its field, corrected it is stored and listed in the
 * history; a correction made on a stale read shows the conflict; the template is downloaded with
 * the token, and a file with a bad row shows the row and its reason, fixed it is stored and shown;
 * another ward's desk by address shows the API's refusal in words. axe-core finds no serious or
 * critical violation in any state at desktop and 375 px; each state is kept as a screenshot.
 *
 * <p>Writes go to a copy of the Rạch Giá plan under a fresh code, so that the demo plan's figures,
 * which other tests read, stay as they are; the comparison with stored figures reads the demo plan.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskIT {

  private static final String DEMO_PLAN = "rach-gia-2022-2025";
  private static final String USER = "reporter.vinhlac";
  private static final String WARD = "30745";
  private static final String OTHER_WARD = "30754";
  private static final int YEAR = 2024;

  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String plan = "it-d" + run;
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

  private Api api() {
    return new Api(deployment);
  }

  private String token() {
    return api().tokenOf(USER);
  }

  private Api.Reply asReporter(String method, String path, String type, byte[] body) {
    return body == null
        ? api().call(method, path, token(), null)
        : api().request(method, path, token(), type, body);
  }

  private JsonObject sheet(String planCode, int year) {
    Api.Reply r =
        asReporter("GET", "api/plans/" + planCode + "/measurements/sheet?year=" + year, null, null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object();
  }

  /** Waits until the desk shows a sheet (or a refusal) and answers its shadow root. */
  private SearchContext desk(String state) {
    browser()
        .await(
            "const e = document.querySelector('emulation-desk');"
                + " return !!e && e.dataset.state === arguments[0] && !e.hasAttribute('aria-busy');",
            state);
    return browser().shadow("emulation-desk");
  }

  private String text(SearchContext root, String css) {
    return root.findElement(By.cssSelector(css)).getText();
  }

  /** The focused element inside the desk's shadow root: its id, else its class. */
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

  /** Replaces the focused field's text as a person does: Ctrl+A, then typing. */
  private void replaceWith(String text) {
    new Actions(browser().driver)
        .keyDown(Keys.CONTROL)
        .sendKeys("a")
        .keyUp(Keys.CONTROL)
        .sendKeys(text)
        .perform();
  }

  /** Presses Tab until the element {@code id} has the focus; fails after {@code max} presses. */
  private int tabTo(String id, int max) {
    for (int i = 1; i <= max; i++) {
      keys(Keys.TAB);
      if (id.equals(focused())) {
        return i;
      }
    }
    throw new AssertionError("Tab never reached " + id + "; the focus is on " + focused());
  }

  /** Screenshots and axe-core at desktop and phone width, in the state the page is in. */
  private void check(String name) {
    // the UI's own console first: what axe-core does to the page below is not the UI's
    browser().console().stream()
        .map(e -> e.getMessage())
        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused"))
        .map(m -> name + ": " + m)
        .forEach(refusals::add);
    for (int width : new int[] {1280, 375}) {
      browser().driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
      browser().axeViolations(List.of("serious", "critical")).stream()
          .map(v -> name + " at " + width + ": " + v)
          .forEach(accessibility::add);
      browser().screenshot("desk-" + name, width);
    }
    browser().driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    browser().console();
  }

  @Test
  void theReportingDesk() throws IOException {
    Api.Reply imported =
        api()
            .post(
                "api/plans",
                Api.rachGiaPlan().replace("\"" + DEMO_PLAN + "\"", "\"" + plan + "\""),
                null);
    assertThat(imported.status()).as(imported.body()).isIn(200, 201);

    try {
      listsTheWardsTargetsWithTheStoredFigures();
      entersAndCorrectsAFigureByKeyboardAlone();
      showsAConflictWhenTheFigureChangedMeanwhile();
      downloadsTheTemplateAndUploadsAFileWithEveryBadRowShown();
      refusesAnotherWardsDesk();
    } catch (RuntimeException | AssertionError e) {
      // what the desk showed when it went wrong, beside the screenshots of the states before
      browser().screenshot("desk-failed", 1280);
      throw new AssertionError(
          "the desk shows: "
              + browser()
                  .script(
                      "const e = document.querySelector('emulation-desk');"
                          + " return e ? e.shadowRoot.textContent : document.body.textContent;"),
          e);
    }

    assertThat(accessibility).isEmpty();
    assertThat(refusals).isEmpty();
  }

  @Test
  void cityStaffChooseTheUnitAndTheDeskSpeaksEnglishOnTheSwitch() {
    browser().signIn(base(), "?view=desk&year=" + YEAR, "officer");
    SearchContext root = desk("empty");
    assertThat(text(root, "p.hint")).isEqualTo("Chọn một đơn vị để xem số liệu.");
    browser()
        .await(
            "return document.querySelector('emulation-desk').shadowRoot"
                + ".querySelectorAll('select#unit option').length > 1;");
    new org.openqa.selenium.support.ui.Select(root.findElement(By.id("unit"))).selectByValue(WARD);
    root.findElement(By.cssSelector("form.chooser button[type=submit]")).click();
    root = desk("ready");
    assertThat((String) browser().script("return location.search;")).contains("unit=" + WARD);
    JsonObject sheet =
        new Api(deployment)
            .as("officer")
            .get(
                "api/plans/" + DEMO_PLAN + "/measurements/sheet?unit=" + WARD + "&year=" + YEAR,
                null)
            .object();
    assertThat(text(root, "table.sheet caption"))
        .contains(sheet.getString("unitName"))
        .contains(String.valueOf(sheet.getInt("year")));
    assertThat(root.findElements(By.cssSelector("table.sheet tbody tr")))
        .hasSize(sheet.getJsonArray("rows").size());

    browser().driver.findElement(By.cssSelector(".languages button[data-lang=en]")).click();
    browser()
        .await(
            "return document.querySelector('emulation-desk').shadowRoot"
                + ".querySelector('h2').textContent === 'Reporting desk';");
    root = desk("ready");
    assertThat(text(root, "table.sheet caption")).startsWith("Targets of");
    check("officer-en");
    assertThat(accessibility).isEmpty();
  }

  private void listsTheWardsTargetsWithTheStoredFigures() {
    browser().signIn(base(), "?view=desk&year=" + YEAR, USER);
    @SuppressWarnings("unchecked")
    Map<String, Object> kept =
        (Map<String, Object>)
            browser()
                .script(
                    "return {href: location.href, local: localStorage.length,"
                        + " session: sessionStorage.length, cookie: document.cookie};");
    assertThat((String) kept.get("href")).doesNotContainPattern("ey[\\w-]{10,}\\.");
    assertThat(((Number) kept.get("local")).intValue()).isZero();
    assertThat(((Number) kept.get("session")).intValue()).isZero();
    assertThat((String) kept.get("cookie")).isEmpty();

    SearchContext root = desk("ready");
    JsonObject sheet = sheet(DEMO_PLAN, YEAR);
    assertThat(sheet.getString("unitCode")).isEqualTo(WARD);
    // the stored figures as the plain list answers them, by indicator (no breakdowns for a ward)
    Api.Reply list =
        asReporter(
            "GET",
            "api/plans/" + DEMO_PLAN + "/measurements?size=500&unit=" + WARD + "&year=" + YEAR,
            null,
            null);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    Map<String, JsonObject> stored = new java.util.HashMap<>();
    for (JsonValue v : list.object().getJsonArray("items")) {
      JsonObject m = v.asJsonObject();
      stored.put(m.getString("indicatorCode") + "|" + m.getString("breakdown"), m);
    }
    // a reporter is offered their own unit only
    assertThat(root.findElements(By.cssSelector("select#unit"))).isEmpty();
    assertThat(text(root, ".own-unit")).contains(WARD);
    assertThat(text(root, "table.sheet caption")).contains(WARD).contains(String.valueOf(YEAR));

    JsonArray rows = sheet.getJsonArray("rows");
    assertThat(rows).isNotEmpty();
    assertThat(root.findElements(By.cssSelector("table.sheet tbody tr"))).hasSize(rows.size());
    int withFigures = 0;
    for (JsonValue v : rows) {
      JsonObject row = v.asJsonObject();
      String key = row.getString("indicatorCode") + "|" + row.getString("breakdown");
      WebElement tr = root.findElement(By.cssSelector("table.sheet tr[data-key='" + key + "']"));
      List<WebElement> cells = tr.findElements(By.cssSelector("th, td"));
      assertThat(cells.get(0).getText()).startsWith(row.getString("indicatorCode"));
      assertThat(cells.get(1).getText()).contains(row.getJsonObject("name").getString("vi"));
      if (row.containsKey("threshold") && !row.isNull("threshold")) {
        assertThat(number(cells.get(3).getText()))
            .isEqualByComparingTo(row.getJsonNumber("threshold").bigDecimalValue());
        assertThat(cells.get(3).getText()).startsWith(row.getString("comparator"));
      }
      JsonObject m = stored.get(key);
      if (m == null) {
        assertThat(row.containsKey("version") && !row.isNull("version")).as(key).isFalse();
        assertThat(cells.get(5).getText()).isEmpty();
        continue;
      }
      withFigures++;
      assertThat(row.getInt("version")).isEqualTo(m.getInt("version"));
      if (m.containsKey("numerator") && !m.isNull("numerator")) {
        assertThat(number(cells.get(5).getText()))
            .as(key)
            .isEqualByComparingTo(BigDecimal.valueOf(m.getJsonNumber("numerator").longValue()));
        assertThat(number(cells.get(6).getText()))
            .as(key)
            .isEqualByComparingTo(BigDecimal.valueOf(m.getJsonNumber("denominator").longValue()));
      } else {
        assertThat(number(cells.get(4).getText()))
            .as(key)
            .isEqualByComparingTo(m.getJsonNumber("value").bigDecimalValue());
      }
      assertThat(cells.get(8).getText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
      if (row.containsKey("statusLabel") && !row.isNull("statusLabel")) {
        assertThat(cells.get(9).getText())
            .isEqualTo(row.getJsonObject("statusLabel").getString("vi"));
      }
    }
    assertThat(withFigures).as("the demo ward reported in %s", YEAR).isPositive();
    check("sheet");
  }

  private void entersAndCorrectsAFigureByKeyboardAlone() {
    browser().signIn(base(), "?view=desk&plan=" + plan + "&year=" + YEAR, USER);
    SearchContext root = desk("ready");
    JsonObject sheet = sheet(plan, YEAR);
    int index = countedRow(sheet, 0);
    JsonObject row = sheet.getJsonArray("rows").getJsonObject(index);
    String code = row.getString("indicatorCode");
    assertThat(row.containsKey("version") && !row.isNull("version")).isFalse();

    // from the top of the page, Tab reaches the row's entry button; Enter opens its form
    browser()
        .script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
    tabTo("edit-" + index, 200);
    keys(Keys.ENTER);
    browser()
        .await(
            "return !!document.querySelector('emulation-desk').shadowRoot.querySelector('form.figure');");
    assertThat(focused()).isEqualTo("field-numerator");
    keys("120");
    keys(Keys.TAB);
    assertThat(focused()).isEqualTo("field-denominator");
    keys("100");
    keys(Keys.TAB);
    assertThat(focused()).isEqualTo("save");
    keys(Keys.ENTER);

    // the API's problem, next to its field and in the summary that took the focus
    browser()
        .await(
            "return !!document.querySelector('emulation-desk').shadowRoot.getElementById('form-summary');");
    String expected =
        reason(
            asReporter(
                "POST",
                "api/plans/" + plan + "/measurements",
                "application/json",
                report(code, 120, 100)),
            "numerator");
    assertThat(focused()).isEqualTo("form-summary");
    assertThat(text(root, "#form-summary")).contains(expected);
    WebElement numerator = root.findElement(By.id("field-numerator"));
    assertThat(numerator.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(numerator.getAttribute("aria-describedby")).contains("field-numerator-error");
    assertThat(text(root, "#field-numerator-error")).isEqualTo(expected);
    assertThat(numerator.getAttribute("value")).isEqualTo("120");
    check("entry-problem");

    // the summary's link leads to the field; corrected, the figure is stored
    keys(Keys.TAB);
    keys(Keys.ENTER);
    assertThat(focused()).isEqualTo("field-numerator");
    replaceWith("80");
    keys(Keys.TAB);
    assertThat(focused()).isEqualTo("field-denominator");
    keys(Keys.TAB);
    assertThat(focused()).isEqualTo("save");
    keys(Keys.SPACE);
    browser()
        .await(
            "const r = document.querySelector('emulation-desk').shadowRoot;"
                + " return !r.querySelector('form.figure') && r.getElementById('announce').textContent !== '';");
    root = desk("ready");
    assertThat(focused()).isEqualTo("row-" + index);
    JsonObject after = sheet(plan, YEAR).getJsonArray("rows").getJsonObject(index);
    assertThat(after.getJsonNumber("numerator").longValue()).isEqualTo(80);
    assertThat(after.getJsonNumber("denominator").longValue()).isEqualTo(100);
    assertThat(after.getString("reportedBy")).isEqualTo(USER);
    WebElement tr = root.findElement(By.cssSelector("tr[data-key='" + code + "|']"));
    assertThat(tr.findElement(By.cssSelector("td.numerator")).getText()).isEqualTo("80");
    assertThat(tr.findElement(By.cssSelector("td.denominator")).getText()).isEqualTo("100");
    assertThat(tr.findElement(By.cssSelector("td.by")).getText()).contains(USER);
    assertThat(text(root, "#announce")).contains(code);

    // a correction, then its history: both values, newest first, who and when
    tabTo("edit-" + index, 20);
    keys(Keys.ENTER);
    assertThat(focused()).isEqualTo("field-numerator");
    replaceWith("90");
    keys(Keys.TAB, Keys.TAB);
    assertThat(focused()).isEqualTo("save");
    keys(Keys.ENTER);
    browser()
        .await(
            "const r = document.querySelector('emulation-desk').shadowRoot;"
                + " return !r.querySelector('form.figure') && r.getElementById('row-' + arguments[0]) === r.activeElement;",
            index);
    tabTo("history-" + index, 20);
    keys(Keys.ENTER);
    browser()
        .await(
            "return !!document.querySelector('emulation-desk').shadowRoot.querySelector('table.history');");
    root = desk("ready");
    assertThat(focused()).isEqualTo("history-title");
    Api.Reply history =
        asReporter(
            "GET",
            "api/plans/"
                + plan
                + "/measurements/history?unit="
                + WARD
                + "&indicator="
                + code
                + "&year="
                + YEAR,
            null,
            null);
    assertThat(history.status()).as(history.body()).isEqualTo(200);
    JsonArray revisions = history.object().getJsonArray("revisions");
    assertThat(revisions).hasSize(2);
    List<WebElement> shown = root.findElements(By.cssSelector("table.history tbody tr"));
    assertThat(shown).hasSize(2);
    for (int i = 0; i < 2; i++) {
      JsonObject r = revisions.getJsonObject(i);
      assertThat(shown.get(i).findElement(By.cssSelector("td.numerator")).getText())
          .isEqualTo(String.valueOf(r.getJsonNumber("numerator").longValue()));
      assertThat(shown.get(i).findElement(By.cssSelector("td.by")).getText()).contains(USER);
    }
    assertThat(revisions.getJsonObject(0).getJsonNumber("numerator").longValue()).isEqualTo(90);
    assertThat(revisions.getJsonObject(0).getBoolean("current")).isTrue();
    assertThat(revisions.getJsonObject(1).getJsonNumber("numerator").longValue()).isEqualTo(80);
    check("history");
  }

  private void showsAConflictWhenTheFigureChangedMeanwhile() {
    SearchContext root = desk("ready");
    JsonObject sheet = sheet(plan, YEAR);
    int index = countedRow(sheet, 0);
    String code = sheet.getJsonArray("rows").getJsonObject(index).getString("indicatorCode");
    root.findElement(By.id("edit-" + index)).click();
    // someone else corrects it meanwhile, on the version they read
    Api.Reply other =
        api()
            .request(
                "POST",
                "api/plans/" + plan + "/measurements",
                api().tokenOf("head.vinhlac"),
                "application/json",
                report(code, 95, 100));
    assertThat(other.status()).as(other.body()).isEqualTo(200);
    root.findElement(By.id("field-numerator")).clear();
    root.findElement(By.id("field-numerator")).sendKeys("91");
    root.findElement(By.cssSelector("button.save")).click();
    browser()
        .await(
            "return !!document.querySelector('emulation-desk').shadowRoot.getElementById('form-conflict');");
    root = desk("ready");
    assertThat(focused()).isEqualTo("form-conflict");
    assertThat(text(root, "#form-conflict")).contains("Dữ liệu đã thay đổi từ lần đọc trước");
    check("conflict");
    root.findElement(By.cssSelector("button.reload")).click();
    browser()
        .await(
            "const r = document.querySelector('emulation-desk').shadowRoot;"
                + " const i = r.getElementById('field-numerator');"
                + " return !!i && i.value === '95' && !r.getElementById('form-conflict');");
    root.findElement(By.cssSelector("button.cancel")).click();
    assertThat(
            sheet(plan, YEAR)
                .getJsonArray("rows")
                .getJsonObject(index)
                .getJsonNumber("numerator")
                .longValue())
        .isEqualTo(95);
  }

  private void downloadsTheTemplateAndUploadsAFileWithEveryBadRowShown() throws IOException {
    SearchContext root = desk("ready");
    Api.Reply template =
        asReporter(
            "GET",
            "api/plans/" + plan + "/measurements/template.csv?unit=" + WARD + "&year=" + YEAR,
            null,
            null);
    assertThat(template.status()).isEqualTo(200);
    String name =
        template.header("Content-Disposition").replaceAll(".*filename=\"([^\"]+)\".*", "$1");
    root.findElement(By.cssSelector("button.template-csv")).click();
    browser()
        .await(
            "return document.querySelector('emulation-desk').dataset.template === arguments[0];",
            name);

    // the template's own rows, two of them filled in, one with a numerator above its denominator
    JsonObject sheet = sheet(plan, YEAR);
    String first =
        sheet.getJsonArray("rows").getJsonObject(countedRow(sheet, 1)).getString("indicatorCode");
    String second =
        sheet.getJsonArray("rows").getJsonObject(countedRow(sheet, 2)).getString("indicatorCode");
    List<String> lines = template.body().lines().toList();
    String header = lines.get(0);
    String firstLine = line(lines, first);
    String secondLine = line(lines, second);
    Path bad = file("desk-bad.csv", header, fill(firstLine, 7, 9), fill(secondLine, 12, 10));
    root.findElement(By.id("upload-file")).sendKeys(bad.toAbsolutePath().toString());
    root.findElement(By.cssSelector("button.send")).click();
    browser()
        .await(
            "return !!document.querySelector('emulation-desk').shadowRoot.querySelector('table.bad-rows');");
    root = desk("ready");
    Api.Reply refused =
        asReporter(
            "POST",
            "api/plans/" + plan + "/measurements/uploads?filename=desk-bad.csv",
            "text/csv",
            Files.readAllBytes(bad));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    JsonArray errors = refused.object().getJsonArray("errors");
    List<WebElement> badRows = root.findElements(By.cssSelector("table.bad-rows tbody tr"));
    assertThat(badRows).hasSize(errors.size());
    for (int i = 0; i < errors.size(); i++) {
      String field = errors.getJsonObject(i).getString("field");
      List<WebElement> cells = badRows.get(i).findElements(By.cssSelector("td"));
      assertThat(field).isEqualTo("rows[" + cells.get(0).getText() + "]." + cells.get(1).getText());
      assertThat(cells.get(2).getText()).isEqualTo(errors.getJsonObject(i).getString("reason"));
    }
    assertThat(errors.getJsonObject(0).getString("field")).isEqualTo("rows[3].numerator");
    assertThat(focused()).isEqualTo("upload-result");
    assertThat(
            sheet(plan, YEAR)
                .getJsonArray("rows")
                .getJsonObject(countedRow(sheet, 1))
                .containsKey("version"))
        .as("nothing of a refused file is stored")
        .isFalse();
    check("upload-problems");

    Path good = file("desk-good.csv", header, fill(firstLine, 7, 9), fill(secondLine, 10, 12));
    root.findElement(By.id("upload-file")).sendKeys(good.toAbsolutePath().toString());
    root.findElement(By.cssSelector("button.send")).click();
    browser()
        .await(
            "const r = document.querySelector('emulation-desk').shadowRoot.getElementById('upload-result'); return !!r && r.className === 'ok';");
    root = desk("ready");
    assertThat(text(root, "#upload-result")).contains("Đã lưu 2 số liệu");
    JsonObject stored = sheet(plan, YEAR);
    for (String[] expect : new String[][] {{first, "7", "9"}, {second, "10", "12"}}) {
      JsonObject row = rowOf(stored, expect[0]);
      assertThat(row.getJsonNumber("numerator").longValue()).isEqualTo(Long.parseLong(expect[1]));
      assertThat(row.getString("reportedBy")).isEqualTo(USER);
      WebElement tr = root.findElement(By.cssSelector("tr[data-key='" + expect[0] + "|']"));
      assertThat(tr.findElement(By.cssSelector("td.numerator")).getText()).isEqualTo(expect[1]);
      assertThat(tr.findElement(By.cssSelector("td.denominator")).getText()).isEqualTo(expect[2]);
    }
    check("uploaded");
  }

  private void refusesAnotherWardsDesk() {
    browser().signIn(base(), "?view=desk&unit=" + OTHER_WARD + "&year=" + YEAR, USER);
    SearchContext root = desk("refused");
    Api.Reply refused =
        asReporter(
            "GET",
            "api/plans/" + DEMO_PLAN + "/measurements/sheet?unit=" + OTHER_WARD + "&year=" + YEAR,
            null,
            null);
    assertThat(refused.status()).isIn(403, 404);
    assertThat(text(root, ".refusal"))
        .contains(OTHER_WARD)
        .contains(refused.object().getString("detail"));
    assertThat(root.findElements(By.cssSelector("table.sheet"))).isEmpty();
    check("refused");
  }

  // ---- helpers

  /** The index of the {@code n}th row (from 0) that takes numerator and denominator. */
  private static int countedRow(JsonObject sheet, int n) {
    JsonArray rows = sheet.getJsonArray("rows");
    int seen = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.getJsonObject(i).getBoolean("countsRequired") && seen++ == n) {
        return i;
      }
    }
    throw new AssertionError("fewer than " + (n + 1) + " countable rows: " + rows);
  }

  private static JsonObject rowOf(JsonObject sheet, String indicator) {
    for (JsonValue v : sheet.getJsonArray("rows")) {
      if (v.asJsonObject().getString("indicatorCode").equals(indicator)) {
        return v.asJsonObject();
      }
    }
    throw new AssertionError("no row " + indicator);
  }

  private static byte[] report(String indicator, long numerator, long denominator) {
    return ("{\"indicatorCode\":\""
            + indicator
            + "\",\"unitCode\":\""
            + WARD
            + "\",\"year\":"
            + YEAR
            + ",\"numerator\":"
            + numerator
            + ",\"denominator\":"
            + denominator
            + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String reason(Api.Reply r, String field) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    for (JsonValue v : r.object().getJsonArray("errors")) {
      if (v.asJsonObject().getString("field").equals(field)) {
        return v.asJsonObject().getString("reason");
      }
    }
    throw new AssertionError("no problem at " + field + ": " + r.body());
  }

  /** The template's line of an indicator. */
  private static String line(List<String> lines, String indicator) {
    return lines.stream()
        .filter(l -> l.replace("\ufeff", "").startsWith(indicator + ","))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no template line for " + indicator + ": " + lines));
  }

  /** A template line (indicator,unit,year,breakdown,numerator,denominator,value) filled in. */
  private static String fill(String line, long numerator, long denominator) {
    String[] cells = line.split(",", -1);
    cells[4] = String.valueOf(numerator);
    cells[5] = String.valueOf(denominator);
    return String.join(",", cells);
  }

  private static Path file(String name, String... lines) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "desk"));
      Path file = dir.resolve(name);
      Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A number as the page shows it (81,57 %, 1.234): its digits, the decimal comma a point. */
  private static BigDecimal number(String shown) {
    String clean = shown.replaceAll("[^0-9,\\-]", "").replace(',', '.');
    return new BigDecimal(clean);
  }
}
