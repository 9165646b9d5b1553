package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
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
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The units page of the signed-in workspace (ui/work.html?view=units): the tree on either side of
 * the demo city's merger of 1 July 2025 and the history of a merged ward are the API's, node for
 * node and version for version; an administrator opens a unit whose every problem shows at once
 * beside its field, fixes it, moves it, splits it (by keyboard alone, one bad row first) and merges
 * the parts again, each change announced with the unit's new history; a reporter reads the tree and
 * the history but is offered no form. The units written live under a province of fresh codes dated
 * 1990–2010, so that no other test's figures (the demo city's, from 2022) move. axe-core and
 * screenshots at desktop and 375 px on every state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationUnitsIT {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Map<String, String> LEVELS =
      Map.of("PROVINCE", "cấp tỉnh", "DISTRICT", "cấp huyện", "COMMUNE", "cấp xã");
  private static final String HOST = "document.querySelector('emulation-units').shadowRoot";

  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final List<String> accessibility = new ArrayList<>();

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

  private String code(String name) {
    return "ui" + run + "-" + name;
  }

  private static String day(String iso) {
    return LocalDate.parse(iso).format(SHOWN);
  }

  // ---- reading the page -------------------------------------------------------------------------

  private SearchContext units() {
    return browser().shadow("emulation-units");
  }

  private Object js(String script, Object... args) {
    return browser().script(script, args);
  }

  /**
   * Waits until {@code actual} answers {@code expected}, then checks it (the failure shows both).
   */
  private <T> void eventually(Supplier<T> actual, T expected) {
    try {
      new WebDriverWait(browser().driver, Duration.ofSeconds(30))
          .until(d -> Objects.equals(actual.get(), expected));
    } catch (org.openqa.selenium.TimeoutException e) {
      // the assertion below says what differs; the page as it stood is kept beside the others
      browser().screenshot("units-failed", 1280);
    }
    assertThat(actual.get())
        .as(
            "the page: %s",
            js(
                "const r = "
                    + HOST
                    + "; return [...r.querySelectorAll('.error-summary, .field-problem')]"
                    + ".map(e => e.textContent).join(' / ') + ' | focus: '"
                    + " + (r.activeElement && r.activeElement.outerHTML.slice(0, 200));"))
        .isEqualTo(expected);
  }

  /** The tree shown, node by node in order: code|name|parent|level. */
  @SuppressWarnings("unchecked")
  private List<String> treeShown() {
    return (List<String>)
        js(
            "const root = "
                + HOST
                + "; const list = root.querySelector('ul.tree-list');"
                + " if (!list || root.querySelector('.tree-box[aria-busy]')) return null;"
                + " const walk = (ul, parent) => [...ul.children].flatMap(li => {"
                + "  const node = li.querySelector(':scope > .node');"
                + "  const row = [li.dataset.code, node.querySelector('a').textContent, parent,"
                + "   node.querySelector('.level').textContent].join('|');"
                + "  const sub = li.querySelector(':scope > details > ul');"
                + "  return [row, ...(sub ? walk(sub, li.dataset.code) : [])]; });"
                + " return walk(list, '');");
  }

  /** The API's tree of a day, in the same form. */
  private List<String> treeOfApi(String date) {
    return treeOfApi(api(), date);
  }

  /** The tree of a day as the API answers {@code api}'s caller (a reporter sees its ward only). */
  private List<String> treeOfApi(Api api, String date) {
    Api.Reply r = api.get("api/units/tree?date=" + date, "vi");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> rows = new ArrayList<>();
    for (JsonObject n : r.object().getJsonArray("roots").getValuesAs(JsonObject.class)) {
      flatten(n, "", rows);
    }
    return rows;
  }

  private static void flatten(JsonObject n, String parent, List<String> rows) {
    rows.add(
        String.join(
            "|",
            n.getString("code"),
            n.getString("name"),
            parent,
            LEVELS.get(n.getString("level"))));
    for (JsonObject c : n.getJsonArray("children").getValuesAs(JsonObject.class)) {
      flatten(c, n.getString("code"), rows);
    }
  }

  /** The versions of the unit shown: from|until|name|level|parent. */
  @SuppressWarnings("unchecked")
  private List<String> versionsShown() {
    return (List<String>)
        js(
            "const root = "
                + HOST
                + "; if (root.querySelector('.history-box[aria-busy]')) return null;"
                + " return [...root.querySelectorAll('table.versions tbody tr')].map(tr =>"
                + " [tr.querySelector('.from').textContent, tr.querySelector('.until').textContent,"
                + " tr.querySelector('.name').textContent, tr.querySelector('.level').textContent,"
                + " tr.querySelector('.parent').dataset.code].join('|'));");
  }

  private JsonObject unitOfApi(String code) {
    Api.Reply r = api().get("api/units/" + code, "vi");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object();
  }

  /** The API's versions of a unit, as the page shows them. */
  private List<String> versionsOfApi(String code) {
    JsonObject u = unitOfApi(code);
    List<JsonObject> placements = u.getJsonArray("placements").getValuesAs(JsonObject.class);
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < placements.size(); i++) {
      JsonObject p = placements.get(i);
      String next =
          i + 1 < placements.size()
              ? placements.get(i + 1).getString("from")
              : u.getString("closedOn", null);
      rows.add(
          String.join(
              "|",
              day(p.getString("from")),
              next == null ? "nay" : day(LocalDate.parse(next).minusDays(1).toString()),
              p.getString("name"),
              LEVELS.get(u.getString("level")),
              p.getString("parentCode", "")));
    }
    return rows;
  }

  /** The reorganisations shown: role|kind|codes. */
  @SuppressWarnings("unchecked")
  private List<String> reorganisationsShown() {
    return (List<String>)
        js(
            "const root = "
                + HOST
                + "; if (root.querySelector('.history-box[aria-busy]')) return null;"
                + " return [...root.querySelectorAll('table.reorganisations tbody tr')].map(tr =>"
                + " [tr.dataset.role, tr.children[1].textContent,"
                + " [...tr.querySelectorAll('li')].map(li => li.dataset.code).join(',')].join('|'));");
  }

  /** The reorganisations the API tells of a unit, in the page's words: role|kind|codes. */
  private static List<String> reorganisationsOfApi(JsonObject unit) {
    Map<String, String> words =
        Map.of(
            "FORMED_BY_MERGER", "Hình thành do sáp nhập",
            "SPLIT_FROM", "Hình thành do chia tách từ",
            "TOOK_OVER", "Tiếp nhận từ",
            "MERGED_INTO", "Sáp nhập vào",
            "SPLIT_INTO", "Chia tách thành",
            "TAKEN_OVER_BY", "Được tiếp nhận bởi",
            "DISSOLVED", "Giải thể (không có đơn vị kế thừa)");
    return unit.getJsonArray("reorganisations").getValuesAs(JsonObject.class).stream()
        .map(
            r ->
                ("PREDECESSORS".equals(r.getString("side")) ? "predecessor" : "successor")
                    + "|"
                    + words.get(r.getString("kind"))
                    + "|"
                    + codes(r.getJsonArray("units")))
        .toList();
  }

  private static String codes(JsonArray a) {
    return String.join(
        ",", a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
  }

  private String status() {
    return (String) js("return " + HOST + ".querySelector('.status').textContent;");
  }

  private String address() {
    return browser().driver.getCurrentUrl();
  }

  /** Opens the form's <details> (a click on its summary) unless it is open. */
  private void openForm(String form) {
    js(
        "const d = "
            + HOST
            + ".querySelector('details.form[data-form=' + arguments[0] + ']');"
            + " if (!d.open) d.querySelector('summary').click();",
        form);
  }

  /** Types values into a form's fields, each named by the API's path. */
  private void fill(String form, Map<String, String> values) {
    js(
        "const f = "
            + HOST
            + ".querySelector('form[data-form=' + arguments[0] + ']');"
            + " for (const [path, value] of Object.entries(arguments[1])) {"
            + "  const c = f.querySelector('[data-path=\"' + path + '\"]');"
            + "  if (!c) throw new Error('no field ' + path);"
            + "  c.value = value; c.dispatchEvent(new Event('input', {bubbles: true})); }",
        form,
        values);
  }

  private void submit(String form) {
    units()
        .findElement(By.cssSelector("form[data-form=" + form + "] .actions button[type=submit]"))
        .click();
  }

  /**
   * The problems the form shows: for each field marked invalid, its path and the reason beside it
   * (the element its aria-describedby names first); the summary must have the focus.
   */
  @SuppressWarnings("unchecked")
  private Map<String, String> problemsShown(String form) {
    return (Map<String, String>)
        js(
            "const root = "
                + HOST
                + "; const f = root.querySelector('form[data-form=' + arguments[0] + ']');"
                + " const s = f.querySelector('.error-summary');"
                + " if (!s || root.activeElement !== s) return null;"
                + " const out = {};"
                + " for (const c of f.querySelectorAll('[aria-invalid=true], fieldset.invalid')) {"
                + "  const id = c.getAttribute('aria-describedby').split(' ')[0];"
                + "  const p = root.getElementById(id);"
                + "  out[c.dataset.path] = p.textContent; }"
                + " out['(summary)'] = String(s.querySelectorAll('li').length);"
                + " return out;",
            form);
  }

  /** The problems the API answers to the same request: field → reason, and their count. */
  private Map<String, String> problemsOfApi(String path, String json) {
    Api.Reply r = api().post(path, json, "vi");
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    Map<String, String> out = new java.util.LinkedHashMap<>();
    List<JsonObject> errors = r.object().getJsonArray("errors").getValuesAs(JsonObject.class);
    for (JsonObject e : errors) {
      out.merge(e.getString("field"), e.getString("reason"), (a, b) -> a + " " + b);
    }
    out.put("(summary)", String.valueOf(errors.size()));
    return out;
  }

  private void look(String name) {
    for (int width : new int[] {1280, 375}) {
      browser().driver.manage().window().setSize(new Dimension(width, 900));
      browser().axeViolations(List.of("serious", "critical")).stream()
          .map(v -> name + " at " + width + ": " + v)
          .forEach(accessibility::add);
      browser().screenshot("units-" + name, width);
    }
  }

  /** What the page focuses: its data-path, or its tag and class. */
  private String focused() {
    return (String)
        js(
            "const a = "
                + HOST
                + ".activeElement; return !a ? null : a.dataset.path"
                + " || (a.localName + '.' + a.className);");
  }

  private void keys(CharSequence... keys) {
    new Actions(browser().driver).sendKeys(keys).perform();
  }

  private void tabTo(String expected) {
    keys(Keys.TAB);
    assertThat(focused()).as("Tab reaches %s", expected).isEqualTo(expected);
  }

  /** Tab out of a date input: Chromium stops at each of its day, month and year parts. */
  private void tabOutOfDateTo(String expected) {
    for (int i = 0; i < 3 && "date".equals(focused()); i++) {
      keys(Keys.TAB);
    }
    assertThat(focused()).as("Tab leaves the date for %s", expected).isEqualTo(expected);
  }

  // ---- the units written: a province of fresh codes ---------------------------------------------

  private void open(String code, String name, String level, String parent, String openedOn) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("code", code)
            .add("name", name)
            .add("level", level)
            .add("openedOn", openedOn);
    if (parent != null) {
      b.add("parentCode", parent);
    }
    Api.Reply r = api().post("api/units", b.build().toString(), null);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  // ---- the tests --------------------------------------------------------------------------------

  @Test
  void theTreeOnEitherSideOfTheMergerAndTheHistoryOfAMergedWardAreTheApis() {
    browser().signIn(base(), "?view=units&date=2025-06-30&unit=30745", "admin");
    units();
    eventually(this::treeShown, treeOfApi("2025-06-30"));
    assertThat(treeShown()).contains("30745|Phường Vĩnh Lạc|899|cấp xã");
    eventually(this::versionsShown, versionsOfApi("30745"));
    JsonObject vinhLac = unitOfApi("30745");
    eventually(
        this::reorganisationsShown,
        List.of("successor|Sáp nhập vào|" + codes(vinhLac.getJsonArray("successors"))));
    look("tree-2025-06-30");

    // the day chooser: the tree after the merger
    js(HOST + ".querySelector('form.day input[type=date]').value = '2025-07-01';");
    units().findElement(By.cssSelector("form.day button[type=submit]")).click();
    eventually(this::treeShown, treeOfApi("2025-07-01"));
    assertThat(address()).contains("date=2025-07-01");
    assertThat(treeShown())
        .contains("30790|Phường Rạch Giá|89|cấp xã")
        .noneMatch(r -> r.startsWith("30745|"));
    assertThat((String) js("return " + HOST + ".activeElement.textContent;"))
        .as("the focus moves to the tree's heading")
        .contains("01/07/2025");

    // the merged ward's successor, by its link: its history names every predecessor
    units().findElement(By.cssSelector("table.reorganisations a[data-code='30790']")).click();
    assertThat(address()).contains("unit=30790");
    eventually(this::versionsShown, versionsOfApi("30790"));
    JsonObject rachGia = unitOfApi("30790");
    eventually(this::reorganisationsShown, reorganisationsOfApi(rachGia));
    // the wards merged into it while the city around them split among the new wards
    assertThat(reorganisationsOfApi(rachGia))
        .hasSize(2)
        .allMatch(
            r ->
                r.startsWith("predecessor|Hình thành do sáp nhập|")
                    || r.startsWith("predecessor|Hình thành do chia tách từ|"));
    look("history-30790");
    assertThat(accessibility).isEmpty();
  }

  @Test
  void anAdministratorOpensMovesSplitsByKeyboardAndMergesUnitsEachProblemBesideItsField() {
    String province = code("P");
    String city = code("C");
    String other = code("O");
    String ward = code("W");
    String part1 = code("W1");
    String part2 = code("W2");
    String merged = code("WM");
    open(province, "Tỉnh Thử Nghiệm", "PROVINCE", null, "1990-01-01");
    open(city, "Thành phố Thử Nghiệm", "DISTRICT", province, "1990-01-01");
    open(other, "Huyện Thử Nghiệm", "DISTRICT", province, "1990-01-01");
    browser().signIn(base(), "?view=units&date=1995-06-01&unit=" + city, "admin");
    units();
    eventually(this::treeShown, treeOfApi("1995-06-01"));

    // open: a code in use, no name, a level that cannot stand under the parent, no day
    openForm("open");
    fill(
        "open",
        Map.of("code", city, "name", "", "level", "PROVINCE", "parentCode", city, "openedOn", ""));
    submit("open");
    Map<String, String> expected =
        problemsOfApi(
            "api/units",
            Json.createObjectBuilder()
                .add("code", city)
                .add("name", "")
                .add("level", "PROVINCE")
                .add("parentCode", city)
                .build()
                .toString());
    assertThat(expected.keySet()).contains("code", "name", "parentCode", "openedOn");
    eventually(() -> problemsShown("open"), expected);
    look("open-problems");

    fill(
        "open",
        Map.of(
            "code", ward,
            "name", "Phường Thử Nghiệm",
            "level", "COMMUNE",
            "parentCode", city,
            "openedOn", "1995-01-01"));
    submit("open");
    eventually(this::status, "Đã thành lập Phường Thử Nghiệm (" + ward + ") từ ngày 01/01/1995.");
    assertThat(address()).contains("unit=" + ward);
    eventually(this::versionsShown, versionsOfApi(ward));
    assertThat(versionsShown()).hasSize(1);
    assertThat(units().findElements(By.cssSelector("form [aria-invalid=true]"))).isEmpty();
    look("opened");

    // move and rename it from 2000
    openForm("move");
    fill(
        "move", Map.of("from", "2000-01-01", "name", "Phường Thử Nghiệm Mới", "parentCode", other));
    assertThat(
            units()
                .findElement(By.cssSelector("form[data-form=move] [data-path=code]"))
                .getAttribute("value"))
        .as("the form names the unit shown")
        .isEqualTo(ward);
    submit("move");
    eventually(
        this::status,
        "Đã ghi tên và đơn vị cấp trên của Phường Thử Nghiệm Mới ("
            + ward
            + ") từ ngày 01/01/2000.");
    eventually(this::versionsShown, versionsOfApi(ward));
    assertThat(versionsShown()).hasSize(2);
    look("moved");

    // split it, by keyboard alone: the second new unit's parent does not exist
    js(HOST + ".querySelector('details.form[data-form=split] summary').focus();");
    keys(Keys.ENTER);
    assertThat(
            (Boolean)
                js("return " + HOST + ".querySelector('details.form[data-form=split]').open;"))
        .isTrue();
    tabTo("source");
    assertThat((String) js("return " + HOST + ".activeElement.value;")).isEqualTo(ward);
    tabTo("date");
    keys("01012005");
    assertThat((String) js("return " + HOST + ".activeElement.value;")).isEqualTo("2005-01-01");
    String[][] rows = {
      {part1, "Phường Thử Nghiệm Một", other}, {part2, "Phường Thử Nghiệm Hai", "nope-" + run}
    };
    for (int i = 0; i < rows.length; i++) {
      if (i == 0) {
        tabOutOfDateTo("successors[0].code");
      } else {
        tabTo("successors[" + i + "].code");
      }
      keys(rows[i][0]);
      tabTo("successors[" + i + "].name");
      keys(rows[i][1]);
      tabTo("successors[" + i + "].level");
      keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
      assertThat((String) js("return " + HOST + ".activeElement.value;")).isEqualTo("COMMUNE");
      tabTo("successors[" + i + "].parentCode");
      keys(rows[i][2]);
      tabTo("button.secondary remove");
    }
    // a third row added and removed again, by Enter on its buttons
    tabTo("button.secondary add");
    keys(Keys.ENTER);
    assertThat(focused()).isEqualTo("successors[2].code");
    look("split-three-rows");
    keys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB);
    assertThat(focused()).isEqualTo("button.secondary remove");
    keys(Keys.ENTER);
    assertThat(units().findElements(By.cssSelector("form[data-form=split] li.row"))).hasSize(2);
    assertThat(focused()).as("the focus goes to the row now last").isEqualTo("successors[1].code");
    assertThat(
            units()
                .findElement(
                    By.cssSelector("form[data-form=split] [data-path='successors[1].parentCode']"))
                .getAttribute("value"))
        .as("the rows kept keep their values")
        .isEqualTo("nope-" + run);
    // on to the submit button: name, level, parent, remove, add, submit
    keys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB);
    assertThat(focused()).isEqualTo("button.");
    keys(Keys.ENTER);
    Map<String, String> splitProblems =
        problemsOfApi(
            "api/units/split",
            Json.createObjectBuilder()
                .add("source", ward)
                .add("date", "2005-01-01")
                .add(
                    "successors",
                    Json.createArrayBuilder()
                        .add(newUnit(part1, rows[0][1], other))
                        .add(newUnit(part2, rows[1][1], "nope-" + run)))
                .build()
                .toString());
    assertThat(splitProblems.keySet()).containsExactly("successors[1].parentCode", "(summary)");
    eventually(() -> problemsShown("split"), splitProblems);
    look("split-problem");
    // the summary's link takes the focus to the row's field; the fix is typed there
    keys(Keys.TAB);
    assertThat(focused()).isEqualTo("a.");
    keys(Keys.ENTER);
    assertThat(focused()).isEqualTo("successors[1].parentCode");
    new Actions(browser().driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
    keys(other, Keys.ENTER);
    eventually(
        this::status,
        "Đã chia tách "
            + ward
            + " thành Phường Thử Nghiệm Một ("
            + part1
            + "), Phường Thử Nghiệm Hai ("
            + part2
            + ") từ ngày 01/01/2005.");
    eventually(this::versionsShown, versionsOfApi(ward));
    JsonObject split = unitOfApi(ward);
    assertThat(codes(split.getJsonArray("successors"))).isEqualTo(part1 + "," + part2);
    eventually(
        this::reorganisationsShown, List.of("successor|Chia tách thành|" + part1 + "," + part2));
    assertThat(focused()).as("the focus goes to the new history").isEqualTo("h3.");
    look("split");

    // merge the two parts again in 2010
    openForm("merge");
    fill(
        "merge",
        Map.of(
            "date", "2010-01-01",
            "sources[0]", part1,
            "sources[1]", part2,
            "successor.code", merged,
            "successor.name", "Phường Thử Nghiệm Hợp Nhất",
            "successor.level", "COMMUNE",
            "successor.parentCode", other));
    submit("merge");
    eventually(
        this::status,
        "Đã sáp nhập "
            + part1
            + ", "
            + part2
            + " thành Phường Thử Nghiệm Hợp Nhất ("
            + merged
            + ") từ ngày 01/01/2010.");
    assertThat(address()).contains("unit=" + merged);
    eventually(this::versionsShown, versionsOfApi(merged));
    JsonObject made = unitOfApi(merged);
    assertThat(codes(made.getJsonArray("predecessors"))).isEqualTo(part1 + "," + part2);
    eventually(
        this::reorganisationsShown,
        List.of("predecessor|Hình thành do sáp nhập|" + part1 + "," + part2));
    look("merged");

    // and close (dissolve) the merged ward in 2015: the form names the unit shown
    openForm("close");
    fill("close", Map.of("date", "2015-01-01"));
    submit("close");
    eventually(
        this::status,
        "Đã giải thể Phường Thử Nghiệm Hợp Nhất (" + merged + ") từ ngày 01/01/2015.");
    assertThat(unitOfApi(merged).getString("closedOn")).isEqualTo("2015-01-01");
    eventually(this::versionsShown, versionsOfApi(merged));
    eventually(
        this::reorganisationsShown,
        List.of(
            "predecessor|Hình thành do sáp nhập|" + part1 + "," + part2,
            "successor|Giải thể (không có đơn vị kế thừa)|"));
    look("closed");

    // the tree of 2010 shows the merged ward under the other district, as the API does
    js(HOST + ".querySelector('form.day input[type=date]').value = '2010-01-01';");
    units().findElement(By.cssSelector("form.day button[type=submit]")).click();
    eventually(this::treeShown, treeOfApi("2010-01-01"));
    assertThat(treeShown()).contains(merged + "|Phường Thử Nghiệm Hợp Nhất|" + other + "|cấp xã");
    assertThat(accessibility).isEmpty();
  }

  private static JsonObjectBuilder newUnit(String code, String name, String parent) {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("name", name)
        .add("level", "COMMUNE")
        .add("parentCode", parent);
  }

  @Test
  void aReporterReadsTheTreeAndTheHistoryOfItsWardButIsOfferedNoForm() {
    browser().console();
    browser().signIn(base(), "?view=units&date=2025-06-30", "reporter.vinhlac");
    units();
    eventually(this::treeShown, treeOfApi(api().as("reporter.vinhlac"), "2025-06-30"));
    // no unit in the address: the reporter's own ward
    eventually(this::versionsShown, versionsOfApi("30745"));
    assertThat(browser().console())
        .noneMatch(e -> e.getMessage().contains("Content Security Policy"));
    assertThat(units().findElements(By.cssSelector("form.change"))).isEmpty();
    assertThat(units().findElements(By.cssSelector("details.form"))).isEmpty();
    assertThat((String) js("return " + HOST + ".querySelector('section.changes').textContent;"))
        .contains("chỉ được xem");
    @SuppressWarnings("unchecked")
    Map<String, Object> kept =
        (Map<String, Object>)
            js(
                "return {href: location.href, local: localStorage.length,"
                    + " session: sessionStorage.length, cookie: document.cookie};");
    assertThat((String) kept.get("href")).doesNotContainPattern("ey[\\w-]{10,}\\.");
    assertThat(((Number) kept.get("local")).intValue()).isZero();
    assertThat(((Number) kept.get("session")).intValue()).isZero();
    assertThat((String) kept.get("cookie")).isEmpty();
    look("reporter");

    // English keeps the page, and nothing of ours broke the CSP (axe's own styles aside, drained)
    browser().driver.findElement(By.cssSelector(".languages button[data-lang=en]")).click();
    browser()
        .await("return " + HOST + ".querySelector('h2').textContent === 'Administrative units';");
    assertThat(address()).contains("lang=en").contains("view=units");
    assertThat(accessibility).isEmpty();
  }
}
