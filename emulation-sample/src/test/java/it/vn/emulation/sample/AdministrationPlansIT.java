package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;

/**
 * The administration pages of plans and participants in the signed-in workspace (ui/work.html,
 * views {@code plans} and {@code participants}), signed in through the page: the versions shown are
 * the API's; a plan file with several problems shows every problem the API names for it, path and
 * reason, in a summary that takes the focus, and nothing is stored; the fixed file is stored and
 * listed, and its status changes only to what the API offers; an officer sees what officers may do;
 * the participants and categories shown are the API's, page by page; a registration with a bad
 * field shows the API's reason beside the field, and once fixed the participant is listed. axe-core
 * finds nothing serious or critical at desktop and phone width; screenshots of every page go to
 * target/screenshots/; the import form works by keyboard alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationPlansIT {

  private static final String PLAN = "rach-gia-2022-2025";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Path FILES = Path.of("target", "administration-plans");

  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

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

  private static String freshCode(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The sample's plan file under a fresh code: other tests never see what this one imports. */
  private static String planFile(String code) {
    return Api.rachGiaPlan().replace("\"" + PLAN + "\"", "\"" + code + "\"");
  }

  private static Path write(String name, String content) {
    try {
      Files.createDirectories(FILES);
      Path file = FILES.resolve(name).toAbsolutePath();
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the answer has a value there: JSON-B leaves a null out. */
  private static boolean has(JsonObject o, String key) {
    return o.containsKey(key) && !o.isNull(key);
  }

  private static String day(JsonObject o, String key) {
    return has(o, key) ? LocalDate.parse(o.getString(key)).format(DAY) : "—";
  }

  /** The page's element's shadow root, as a script's first statement binds it to {@code root}. */
  private static String root(String tag) {
    return "const host = document.querySelector('"
        + tag
        + "'); if (!host || !host.shadowRoot) return null; const root = host.shadowRoot; ";
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> rows(String tag, String table) {
    return (List<Map<String, Object>>)
        browser()
            .script(
                root(tag)
                    + "return [...root.querySelectorAll('table."
                    + table
                    + " tbody tr')].map(tr => ({data: {...tr.dataset},"
                    + " cells: [...tr.children].map(c => c.textContent.trim())}));");
  }

  private void awaitVersionsOf(String code) {
    browser()
        .await(
            root("emulation-plans")
                + "const h = root.querySelector('.plan-versions h2');"
                + " return !!root.querySelector('table.versions tbody tr') && !!h"
                + " && h.textContent.includes('(' + arguments[0] + ')');",
            code);
  }

  /** axe-core at desktop and phone width, a screenshot at each, and no sideways scrolling. */
  private void check(String name, List<String> problems) {
    // what the page did since the last check (axe-core's own doings were dropped after it ran)
    browser().console().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused"))
        .forEach(m -> problems.add(name + ": " + m));
    for (int width : new int[] {1280, 375}) {
      browser().driver.manage().window().setSize(new Dimension(width, 900));
      Number wide = (Number) browser().script("return document.documentElement.scrollWidth;");
      if (wide.intValue() > width) {
        problems.add(
            name
                + " at "
                + width
                + " px is "
                + wide
                + " px wide: "
                + browser()
                    .script(
                        "const out = []; const walk = (r) => { for (const el of r.querySelectorAll('*')) {"
                            + " if (el.parentElement && el.parentElement.closest('.table-wrap')) continue;"
                            + " const b = el.getBoundingClientRect();"
                            + " if (b.right > innerWidth + 1) out.push(el.tagName + '.' + el.className"
                            + " + ' ' + Math.round(b.right));"
                            + " if (el.shadowRoot) walk(el.shadowRoot); } };"
                            + " walk(document); return out.slice(0, 10).join(', ');"));
      }
      for (Map<String, Object> v : browser().axeViolations(List.of("serious", "critical"))) {
        problems.add(name + " at " + width + " px: " + v);
      }
      browser().console();
      browser().screenshot(name, width);
    }
    browser().driver.manage().window().setSize(new Dimension(1280, 900));
  }

  private void assertNoTokenKept() {
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
  }

  @Test
  void theVersionsShownAreTheApisAndEachDownloadsAsItsPlanFile() {
    browser().signIn(base(), "?view=plans&plan=" + PLAN, "admin");
    awaitVersionsOf(PLAN);
    assertNoTokenKept();

    JsonArray versions = api().get("api/plans/" + PLAN + "/versions", "vi").json().asJsonArray();
    List<Map<String, Object>> shown = rows("emulation-plans", "versions");
    assertThat(shown).hasSize(versions.size());
    for (int i = 0; i < versions.size(); i++) {
      JsonObject v = versions.getJsonObject(i);
      @SuppressWarnings("unchecked")
      List<String> cells = (List<String>) shown.get(i).get("cells");
      assertThat(cells.get(0)).isEqualTo(String.valueOf(v.getInt("version")));
      assertThat(cells.get(1)).isEqualTo(v.getJsonObject("statusName").getString("vi"));
      assertThat(cells.get(2))
          .isEqualTo(has(v, "documentNumber") ? v.getString("documentNumber") : "không rõ");
      assertThat(cells.get(3)).isEqualTo(has(v, "issuedOn") ? day(v, "issuedOn") : "không rõ");
      assertThat(cells.get(4)).isEqualTo(day(v, "inForceFrom"));
      assertThat(cells.get(5)).isEqualTo(day(v, "inForceUntil"));
    }
    // the plans list is the API's first page
    JsonArray plans = api().get("api/plans?page=0&size=20", "vi").object().getJsonArray("items");
    assertThat(rows("emulation-plans", "plans"))
        .extracting(r -> String.valueOf(((Map<?, ?>) r.get("data")).get("code")))
        .containsExactlyElementsOf(
            plans.getValuesAs(JsonObject.class).stream().map(p -> p.getString("code")).toList());

    // a version's file is fetched with the token and offered as a blob, the token in no address
    Object fetched =
        browser()
            .driver
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + root("emulation-plans")
                    + " const made = []; const original = URL.createObjectURL;"
                    + " URL.createObjectURL = (b) => { made.push(b); return original.call(URL, b); };"
                    + " root.querySelector('button.download').click();"
                    + " const wait = () => made.length ? made[0].text().then(done)"
                    + " : setTimeout(wait, 100); wait();");
    JsonObject file = Json.createReader(new java.io.StringReader((String) fetched)).readObject();
    assertThat(file.getString("code")).isEqualTo(PLAN);
    assertThat(file.getInt("version")).isEqualTo(versions.getJsonObject(0).getInt("version"));

    List<String> problems = new ArrayList<>();
    check("administration-plans", problems);
    assertThat(problems).isEmpty();
  }

  @Test
  void aBrokenPlanFileShowsEveryProblemOfTheApiThenTheFixedFileIsStoredAndBroughtIntoForce() {
    String code = freshCode("it-ui-");
    String good = planFile(code).replace("\"status\": \"IN_FORCE\"", "\"status\": \"DRAFT\"");
    String broken =
        good.replace("\"issuedOn\": null", "\"issuedOn\": \"2022-13-45\"")
            .replace("\"comparator\": \"GREATER_THAN\"", "\"comparator\": \"ABOUT\"")
            .replace("\"copies\": 3", "\"copies\": \"three\"");
    assertThat(broken).isNotEqualTo(good);
    Api.Reply refused = api().post("api/plans", broken, "vi");
    assertThat(refused.status()).isEqualTo(400);
    List<JsonObject> expected =
        refused.object().getJsonArray("errors").getValuesAs(JsonObject.class);
    assertThat(expected)
        .extracting(e -> e.getString("field"))
        .anyMatch(f -> f.equals("issuedOn"))
        .anyMatch(f -> f.endsWith(".comparator"))
        .anyMatch(f -> f.endsWith(".copies"));

    browser().signIn(base(), "?view=plans&plan=" + PLAN, "admin");
    awaitVersionsOf(PLAN);
    browser().shadow("emulation-plans");
    var page = browser().driver.findElement(By.cssSelector("emulation-plans")).getShadowRoot();
    page.findElement(By.cssSelector("input[type=file]"))
        .sendKeys(write(code + "-broken.json", broken).toString());

    // keyboard alone: Tab from the file input reaches the button, Enter sends the file
    browser().script(root("emulation-plans") + "root.querySelector('input[type=file]').focus();");
    new Actions(browser().driver).sendKeys(Keys.TAB).perform();
    assertThat(
            browser()
                .script(
                    root("emulation-plans")
                        + "return root.activeElement && root.activeElement.textContent;"))
        .isEqualTo("Nhập kế hoạch");
    new Actions(browser().driver).sendKeys(Keys.ENTER).perform();
    browser().await(root("emulation-plans") + "return !!root.querySelector('.error-summary li');");

    @SuppressWarnings("unchecked")
    List<Map<String, String>> listed =
        (List<Map<String, String>>)
            browser()
                .script(
                    root("emulation-plans")
                        + "return [...root.querySelectorAll('.error-summary li')].map(li =>"
                        + " ({path: li.querySelector('code').textContent, text: li.textContent}));");
    assertThat(listed).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(listed.get(i).get("path")).isEqualTo(expected.get(i).getString("field"));
      assertThat(listed.get(i).get("text")).contains(expected.get(i).getString("reason"));
    }
    // the summary has the focus and the file input says what is wrong with it
    assertThat(
            browser()
                .script(
                    root("emulation-plans")
                        + "const f = root.querySelector('input[type=file]');"
                        + " return root.activeElement.classList.contains('error-summary')"
                        + " && f.getAttribute('aria-invalid') === 'true'"
                        + " && !!root.getElementById(f.getAttribute('aria-describedby'));"))
        .isEqualTo(true);
    assertThat(api().get("api/plans/" + code + "/versions", null).status()).isEqualTo(404);
    List<String> problems = new ArrayList<>();
    check("administration-plan-import-problems", problems);

    // fixed: stored as a draft, the page shows the new plan's versions
    page = browser().driver.findElement(By.cssSelector("emulation-plans")).getShadowRoot();
    page.findElement(By.cssSelector("input[type=file]"))
        .sendKeys(write(code + ".json", good).toString());
    browser().script(root("emulation-plans") + "root.querySelector('form.import button').click();");
    awaitVersionsOf(code);
    assertThat(
            browser()
                .script(
                    root("emulation-plans")
                        + "return root.querySelector('.plan-import [role=status]').textContent;"))
        .isEqualTo("Đã lưu phiên bản 1 của kế hoạch " + code + ".");
    browser()
        .await(
            root("emulation-plans")
                + "return !!root.activeElement && root.activeElement.dataset.version === '1';");
    JsonObject stored =
        api().get("api/plans/" + code + "/versions", "vi").json().asJsonArray().getJsonObject(0);
    assertThat(stored.getString("status")).isEqualTo("DRAFT");
    assertThat(rows("emulation-plans", "versions"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(((List<?>) r.get("cells")).subList(0, 2))
                    .asString()
                    .isEqualTo(
                        List.of("1", stored.getJsonObject("statusName").getString("vi"))
                            .toString()));
    assertThat(browser().script("return new URLSearchParams(location.search).get('plan');"))
        .isEqualTo(code);

    // the statuses offered are the API's allowedNext, and the change is the API's
    @SuppressWarnings("unchecked")
    List<String> offered =
        (List<String>)
            browser()
                .script(
                    root("emulation-plans")
                        + "return [...root.querySelectorAll('form.change-status select[name=status]"
                        + " option')].map(o => o.value);");
    assertThat(offered)
        .containsExactlyElementsOf(
            stored.getJsonArray("allowedNext").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("status"))
                .toList());
    check("administration-plan-draft", problems);
    browser()
        .script(
            root("emulation-plans")
                + "root.querySelector('form.change-status button[type=submit]').click();");
    browser()
        .await(
            root("emulation-plans")
                + "return root.querySelector('.plan-versions [role=status]').textContent !== '';");
    JsonObject inForce =
        api().get("api/plans/" + code + "/versions", "vi").json().asJsonArray().getJsonObject(0);
    assertThat(inForce.getString("status")).isEqualTo("IN_FORCE");
    assertThat(
            browser()
                .script(
                    root("emulation-plans")
                        + "const tr = root.activeElement;"
                        + " return tr && tr.dataset.status + ' ' + tr.children[1].textContent"
                        + " + ' ' + tr.children[4].textContent;"))
        .isEqualTo(
            "IN_FORCE "
                + inForce.getJsonObject("statusName").getString("vi")
                + " "
                + day(inForce, "inForceFrom"));
    check("administration-plan-in-force", problems);
    assertThat(problems).isEmpty();
  }

  @Test
  void anOfficerChangesStatusesButImportsNoPlanAndAReporterHasNeitherPage() {
    browser().signIn(base(), "?view=plans&plan=" + PLAN, "officer");
    awaitVersionsOf(PLAN);
    @SuppressWarnings("unchecked")
    Map<String, Object> offered =
        (Map<String, Object>)
            browser()
                .script(
                    root("emulation-plans")
                        + "return {file: !!root.querySelector('input[type=file]'),"
                        + " status: !!root.querySelector('form.change-status'),"
                        + " note: root.textContent.includes('Chỉ quản trị viên được nhập kế hoạch'),"
                        + " nav: [...document.querySelectorAll('nav.views a')].map(a => a.textContent)};");
    assertThat(offered.get("file")).isEqualTo(false);
    boolean changeable =
        api().get("api/plans/" + PLAN + "/versions", "vi").json().asJsonArray().stream()
            .anyMatch(v -> !v.asJsonObject().getJsonArray("allowedNext").isEmpty());
    assertThat(offered.get("status")).isEqualTo(changeable);
    assertThat(offered.get("note")).isEqualTo(true);
    assertThat(String.valueOf(offered.get("nav"))).contains("Kế hoạch", "Đối tượng thi đua");
    // the API agrees: an officer's import is refused
    assertThat(api().as("officer").post("api/plans", planFile(freshCode("it-o-")), null).status())
        .isEqualTo(403);
    List<String> problems = new ArrayList<>();
    check("administration-plans-officer", problems);

    browser().signIn(base(), "?view=participants&plan=" + PLAN, "officer");
    browser()
        .await(
            root("emulation-participants")
                + "return !!root.querySelector('table.participants tbody tr')"
                + " && !!root.querySelector('form.register');");

    // a reporter asking for the plans page gets another page (or none), never this one
    browser().signIn(base(), "?view=plans", "reporter.vinhlac");
    browser()
        .await(
            "const m = document.querySelector('main');"
                + " return m.children.length > 0 && !m.textContent.includes('Đang tải');");
    assertThat(
            browser()
                .script(
                    "return !!document.querySelector('emulation-plans, emulation-participants');"))
        .isEqualTo(false);
    assertThat(browser().script("return document.querySelector('nav.views').textContent;"))
        .asString()
        .doesNotContain("Kế hoạch")
        .doesNotContain("Đối tượng thi đua");
    assertThat(problems).isEmpty();
  }

  @Test
  void theParticipantsAndCategoriesShownAreTheApisPageByPage() {
    browser().signIn(base(), "?view=participants&plan=" + PLAN, "admin");
    awaitParticipants();
    JsonObject first = api().get("api/plans/" + PLAN + "/participants?page=0", "vi").object();
    assertShownPage(first);
    JsonArray categories =
        api()
            .get("api/plans/" + PLAN + "/categories?size=500", "vi")
            .object()
            .getJsonArray("items");
    assertThat(rows("emulation-participants", "categories"))
        .extracting(
            r -> ((List<?>) r.get("cells")).get(0) + " " + ((List<?>) r.get("cells")).get(2))
        .containsExactlyElementsOf(
            categories.getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("code") + " " + c.getJsonObject("name").getString("vi"))
                .toList());
    List<String> problems = new ArrayList<>();
    check("administration-participants", problems);

    if (first.getJsonNumber("total").longValue() > first.getInt("size")) {
      browser()
          .script(root("emulation-participants") + "root.querySelector('.pager .next').click();");
      browser()
          .await(
              root("emulation-participants")
                  + "const w = root.querySelector('.pager .where');"
                  + " return !!w && w.textContent.startsWith('Trang 2/');");
      assertShownPage(api().get("api/plans/" + PLAN + "/participants?page=1", "vi").object());
    }

    // filtered by a category through the form: the address keeps it, the rows are the API's
    browser()
        .script(
            root("emulation-participants")
                + "root.querySelector('form.filter select[name=category]').value = 'WARD_COMMITTEES';"
                + " root.querySelector('form.filter button').click();");
    browser()
        .await(
            "return new URLSearchParams(location.search).get('category') === 'WARD_COMMITTEES';");
    JsonObject wards =
        api()
            .get("api/plans/" + PLAN + "/participants?category=WARD_COMMITTEES&page=0", "vi")
            .object();
    browser()
        .await(
            root("emulation-participants")
                + "const rows = root.querySelectorAll('table.participants tbody tr');"
                + " return rows.length === arguments[0]"
                + " && rows[0].dataset.id === arguments[1];",
            wards.getJsonArray("items").size(),
            wards.getJsonArray("items").getJsonObject(0).getString("id"));
    assertShownPage(wards);
    assertThat(problems).isEmpty();
  }

  private void awaitParticipants() {
    browser()
        .await(
            root("emulation-participants")
                + "return !!root.querySelector('table.participants tbody tr')"
                + " && !!root.querySelector('table.categories');");
  }

  private void assertShownPage(JsonObject page) {
    List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
    List<Map<String, Object>> shown = rows("emulation-participants", "participants");
    assertThat(shown)
        .extracting(
            r -> ((List<?>) r.get("cells")).get(0) + " | " + ((List<?>) r.get("cells")).get(1))
        .containsExactlyElementsOf(
            items.stream().map(p -> p.getString("id") + " | " + p.getString("name")).toList());
    long total = page.getJsonNumber("total").longValue();
    long pages = Math.max(1, (total + page.getInt("size") - 1) / page.getInt("size"));
    assertThat(
            browser()
                .script(
                    root("emulation-participants")
                        + "return root.querySelector('.pager .where').textContent;"))
        .isEqualTo(
            "Trang " + (page.getInt("page") + 1) + "/" + pages + " (" + total + " đối tượng)");
  }

  @Test
  void aRegistrationWithABadFieldShowsTheApisReasonBesideItAndOnceFixedIsListed() {
    String plan = freshCode("it-up-");
    Api.Reply imported = api().post("api/plans", planFile(plan), null);
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    String unit = "30790";
    String name = "Trường Tiểu học Vĩnh Thanh " + plan.substring(6);
    // what the API answers for the same bad body (nothing is stored)
    Api.Reply bad =
        api()
            .post(
                "api/plans/" + plan + "/participants",
                Json.createObjectBuilder()
                    .add("kind", "COLLECTIVE")
                    .add("name", name)
                    .add("categoryCode", "SCHOOLS")
                    .add("unitCode", unit)
                    .add("id", "trường-một")
                    .build()
                    .toString(),
                "vi");
    assertThat(bad.status()).isEqualTo(400);
    JsonObject reason = bad.object().getJsonArray("errors").getJsonObject(0);
    assertThat(reason.getString("field")).isEqualTo("id");

    browser().signIn(base(), "?view=participants&plan=" + plan, "admin");
    browser()
        .await(
            root("emulation-participants")
                + "return !!root.querySelector('form.register select[name=unitCode] option[value=\"'"
                + " + arguments[0] + '\"]') && !!root.querySelector('.list .empty');",
            unit);
    fill(name, "SCHOOLS", unit, "trường-một");
    browser()
        .await(
            root("emulation-participants")
                + "return !!root.querySelector('form.register .error-summary');");
    @SuppressWarnings("unchecked")
    Map<String, Object> marked =
        (Map<String, Object>)
            browser()
                .script(
                    root("emulation-participants")
                        + "const id = root.querySelector('form.register input[name=id]');"
                        + " const reason = root.getElementById(id.getAttribute('aria-describedby').split(' ')[0]);"
                        + " return {invalid: id.getAttribute('aria-invalid'), reason: reason.textContent,"
                        + " beside: reason.parentElement === id.parentElement,"
                        + " focused: root.activeElement.classList.contains('error-summary'),"
                        + " others: root.querySelectorAll('form.register [aria-invalid]').length,"
                        + " listed: root.querySelectorAll('form.register .error-summary li').length};");
    assertThat(marked)
        .containsEntry("invalid", "true")
        .containsEntry("reason", reason.getString("reason"))
        .containsEntry("beside", true)
        .containsEntry("focused", true);
    assertThat(((Number) marked.get("others")).intValue()).isEqualTo(1);
    assertThat(((Number) marked.get("listed")).intValue())
        .isEqualTo(bad.object().getJsonArray("errors").size());
    List<String> problems = new ArrayList<>();
    check("administration-participant-problem", problems);

    String id = "it-school-" + plan.substring(6);
    fill(name, "SCHOOLS", unit, id);
    browser()
        .await(
            root("emulation-participants")
                + "return !!root.querySelector('table.participants tr.changed[data-id=\"' + arguments[0] + '\"]');",
            id);
    assertThat(
            browser()
                .script(
                    root("emulation-participants")
                        + "return root.activeElement.dataset.id + ' | '"
                        + " + root.querySelector('[role=status]').textContent"
                        + " + ' | ' + root.querySelectorAll('form.register [aria-invalid]').length;"))
        .isEqualTo(id + " | Đã đăng ký " + name + " (mã " + id + "). | 0");
    JsonObject listed =
        api().get("api/plans/" + plan + "/participants?unit=" + unit, "vi").object();
    assertThat(listed.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("id"))
        .containsExactly(id);
    assertShownPage(pageOf(plan));
    check("administration-participant-registered", problems);

    // its details and evidence for an occasion, read-only
    browser()
        .script(root("emulation-participants") + "root.querySelector('button.details').click();");
    browser()
        .await(
            root("emulation-participants")
                + "return !!root.querySelector('section.participant form.evidence option');");
    browser()
        .script(
            root("emulation-participants")
                + "root.querySelector('section.participant form.evidence button').click();");
    browser()
        .await(
            root("emulation-participants")
                + "return !!root.querySelector('.evidence .registration');");
    JsonObject evidence =
        api()
            .get(
                "api/plans/"
                    + plan
                    + "/participants/"
                    + id
                    + "/evidence/"
                    + browser()
                        .script(
                            root("emulation-participants")
                                + "return root.querySelector('form.evidence select').value;"),
                "vi")
            .object();
    assertThat(evidence.getValueType()).isEqualTo(JsonValue.ValueType.OBJECT);
    assertThat(
            browser()
                .script(
                    root("emulation-participants")
                        + "return root.querySelector('.evidence .registration').textContent;"))
        .isEqualTo(
            "Ngày đăng ký thi đua: "
                + (has(evidence, "registeredOn")
                    ? day(evidence, "registeredOn")
                    : evidence.getBoolean("notRegistered", false)
                        ? "Đã biết là không đăng ký"
                        : "chưa rõ"));
    check("administration-participant-details", problems);
    assertThat(problems).isEmpty();
  }

  private JsonObject pageOf(String plan) {
    return api().get("api/plans/" + plan + "/participants?page=0", "vi").object();
  }

  private void fill(String name, String category, String unit, String id) {
    browser()
        .script(
            root("emulation-participants")
                + "const f = root.querySelector('form.register');"
                + " f.querySelector('input[name=name]').value = arguments[0];"
                + " const c = f.querySelector('select[name=categoryCode]'); c.value = arguments[1];"
                + " c.dispatchEvent(new Event('change'));"
                + " f.querySelector('select[name=unitCode]').value = arguments[2];"
                + " f.querySelector('input[name=id]').value = arguments[3];"
                + " f.querySelector('button[type=submit]').click();",
            name,
            category,
            unit,
            id);
  }
}
