package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.openqa.selenium.logging.LogEntry;

/**
 * The web UI's public progress dashboard in a real browser (ADR 0028): every figure it shows is the
 * API's, target by target, for each milestone and each year of the trend; drill-down to a ward and
 * the ranking; the language switch keeps the page; axe-core finds nothing serious or critical on
 * any page at desktop and phone width; no CSP refusal; and the custom element works inside a page
 * of another origin without styles leaking either way. Screenshots of every page at 1280 and 375 px
 * go to target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

  private static final String PLAN = "rach-gia-2022-2025";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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

  private Api anonymous() {
    return new Api(deployment).withAuthorization(null);
  }

  private JsonObject api(String path) {
    Api.Reply r = anonymous().get(path, "vi");
    assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
    return r.object();
  }

  private JsonObject published() {
    return api("api/plans/" + PLAN + "/published");
  }

  private Map<String, String> unitsOfMeasure() {
    return published().getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(i -> i.getString("code"), i -> i.getString("unit")));
  }

  private void open(String query) {
    browser().driver.get(base().resolve("ui/" + query).toString());
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> shown(String selector) {
    return (List<Map<String, Object>>)
        browser()
            .script(
                "const root = document.querySelector('emulation-progress').shadowRoot;"
                    + " return [...root.querySelectorAll(arguments[0])].map(tr => {"
                    + "  const cell = f => tr.querySelector('[data-field=' + f + ']');"
                    + "  const o = {indicator: tr.dataset.indicator || null, unit: tr.dataset.unit || null};"
                    + "  for (const f of ['value', 'threshold', 'gap', 'status', 'met', 'rank']) {"
                    + "    const c = cell(f); if (!c) continue;"
                    + "    o[f + 'Raw'] = c.dataset.raw === undefined ? null : c.dataset.raw;"
                    + "    o[f + 'Text'] = c.textContent; if (c.dataset.status) o.status = c.dataset.status; }"
                    + "  o.years = {}; for (const td of tr.querySelectorAll('[data-year]'))"
                    + "    o.years[td.dataset.year] = td.dataset.raw;"
                    + "  return o; });",
                selector);
  }

  private static BigDecimal decimal(JsonObject row, String key) {
    JsonValue v = row.get(key);
    return v == null || v.getValueType() == JsonValue.ValueType.NULL
        ? null
        : ((JsonNumber) v).bigDecimalValue();
  }

  private static BigDecimal decimal(Object raw) {
    return raw == null || raw.toString().isEmpty() ? null : new BigDecimal(raw.toString());
  }

  private static void assertSameNumber(Object shown, BigDecimal api, String what) {
    BigDecimal s = decimal(shown);
    if (api == null) {
      assertThat(s).as(what).isNull();
    } else {
      assertThat(s).as(what).isNotNull();
      assertThat(s.compareTo(api)).as(what + ": shown " + s + ", API " + api).isZero();
    }
  }

  /** 81.57 → "81,57 %", as Vietnamese write a percentage, with every decimal the API gave. */
  private static String vietnamesePercent(BigDecimal v) {
    BigDecimal scaled = v.scale() < 2 ? v.setScale(2) : v;
    String plain = scaled.abs().toPlainString().replace('.', ',');
    return (v.signum() < 0 ? "-" : "") + plain + "\u00a0%";
  }

  private static Map<String, JsonObject> byIndicator(JsonObject report) {
    return report.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(
                r -> r.getString("indicator"),
                Function.identity(),
                (a, b) -> a,
                LinkedHashMap::new));
  }

  private void assertShowsReport(JsonObject report, Map<String, String> units) {
    Map<String, JsonObject> rows = byIndicator(report);
    List<Map<String, Object>> shown = shown("table.targets tbody tr");
    assertThat(shown)
        .extracting(m -> m.get("indicator"))
        .containsExactlyInAnyOrderElementsOf(rows.keySet());
    for (Map<String, Object> s : shown) {
      String code = (String) s.get("indicator");
      JsonObject row = rows.get(code);
      String what = report.getJsonObject("unit").getString("code") + " " + code;
      assertSameNumber(s.get("valueRaw"), decimal(row, "value"), what + " value");
      assertSameNumber(s.get("thresholdRaw"), decimal(row, "threshold"), what + " threshold");
      assertSameNumber(s.get("gapRaw"), decimal(row, "gap"), what + " gap");
      assertThat(s.get("status")).as(what + " status").isEqualTo(row.getString("status"));
      assertThat((String) s.get("statusText"))
          .as(what + " status label")
          .startsWith(row.getJsonObject("statusLabel").getString("vi"));
      JsonObject coverage = row.getJsonObject("coverage");
      if (!coverage.getBoolean("complete")) {
        assertThat((String) s.get("statusText"))
            .as(what + ": an incomplete figure says how many units are missing")
            .contains(coverage.getInt("reported") + "/" + coverage.getInt("expected"))
            .contains("thiếu " + coverage.getJsonArray("missing").size() + " đơn vị");
      }
      if ("PERCENT".equals(units.get(code)) && decimal(row, "value") != null) {
        assertThat((String) s.get("valueText"))
            .as(what + " in Vietnamese conventions")
            .isEqualTo(vietnamesePercent(decimal(row, "value")));
      }
    }
    JsonObject summary = report.getJsonObject("summary");
    SearchContext root =
        browser().driver.findElement(By.cssSelector("emulation-progress")).getShadowRoot();
    assertThat(root.findElement(By.cssSelector(".summary [data-field=met]")).getText())
        .isEqualTo(summary.getInt("met") + " / " + summary.getInt("targets"));
    assertThat(root.findElement(By.cssSelector(".summary [data-field=incomplete]")).getText())
        .isEqualTo(String.valueOf(summary.getInt("incomplete")));
    assertThat(root.findElement(By.cssSelector(".asof")).getText())
        .contains(LocalDate.parse(report.getString("date")).format(DAY))
        .contains(String.valueOf(report.getInt("year")));
  }

  private String cityName() {
    return api("api/plans/" + PLAN + "/progress").getJsonObject("unit").getString("name");
  }

  @Test
  void theDashboardShowsTheApisFigureForEveryTargetAtEachMilestoneAndEachYear() {
    Map<String, String> units = unitsOfMeasure();
    JsonObject plan = published();
    List<Integer> milestones =
        plan.getJsonArray("milestones").getValuesAs(JsonObject.class).stream()
            .map(m -> m.getInt("year"))
            .toList();
    assertThat(milestones).contains(2023, 2025);
    for (int milestone : milestones) {
      JsonObject report = api("api/plans/" + PLAN + "/progress?milestone=" + milestone);
      open("?milestone=" + milestone);
      browser().progress(report.getJsonObject("unit").getString("name"));
      assertShowsReport(report, units);

      // the trend: each year from the plan's first to the milestone, against its thresholds
      List<Map<String, Object>> trend = shown("table.trend tbody tr");
      assertThat(trend).isNotEmpty();
      for (int year = plan.getInt("firstYear"); year <= milestone; year++) {
        // the same unit's figures that year; a year the API refuses (the unit did not exist
        // yet) is shown without a figure
        Api.Reply r =
            anonymous()
                .get(
                    "api/plans/"
                        + PLAN
                        + "/progress?unit="
                        + report.getJsonObject("unit").getString("code")
                        + "&milestone="
                        + milestone
                        + "&year="
                        + year,
                    "vi");
        Map<String, JsonObject> ofYear = r.status() == 200 ? byIndicator(r.object()) : Map.of();
        for (Map<String, Object> s : trend) {
          String code = (String) s.get("indicator");
          @SuppressWarnings("unchecked")
          Map<String, Object> years = (Map<String, Object>) s.get("years");
          JsonObject row = ofYear.get(code);
          assertSameNumber(
              years.get(String.valueOf(year)),
              row == null ? null : decimal(row, "value"),
              milestone + " " + year + " " + code);
        }
      }
    }
    // the plan's version and legal basis are shown
    SearchContext root = browser().progress(null);
    assertThat(root.findElement(By.cssSelector(".plan")).getText())
        .contains("phiên bản " + plan.getInt("version"));
    String basis =
        (String)
            browser()
                .script(
                    "return document.querySelector('emulation-progress').shadowRoot"
                        + ".querySelector('.basis').textContent");
    for (JsonObject b : plan.getJsonArray("legalBases").getValuesAs(JsonObject.class)) {
      assertThat(basis).contains(b.getString("reference"));
    }
  }

  @Test
  void showsTheApisForecastOfEveryTargetAndTheUnitsAtRiskForTheYearChosen() {
    JsonObject city = api("api/plans/" + PLAN + "/progress?milestone=2025");
    String unit = city.getJsonObject("unit").getString("code");
    open("?milestone=2025");
    browser().progress(city.getJsonObject("unit").getString("name"));
    for (int through : new int[] {2025, 2023}) {
      if (through != 2025) {
        new org.openqa.selenium.support.ui.Select(
                browser()
                    .driver
                    .findElement(By.cssSelector("emulation-progress"))
                    .getShadowRoot()
                    .findElement(By.cssSelector(".forecast-year select")))
            .selectByValue(String.valueOf(through));
        browser()
            .await(
                "const e = document.querySelector('emulation-progress');"
                    + " return e.getAttribute('forecast-year') === arguments[0]"
                    + " && !e.hasAttribute('aria-busy') && e.dataset.charts !== undefined;",
                String.valueOf(through));
      }
      JsonObject forecast =
          api("api/plans/" + PLAN + "/forecast?unit=" + unit + "&milestone=2025&year=" + through);
      assertThat(forecast.getInt("throughYear")).isEqualTo(through);
      Map<String, JsonObject> expected =
          forecast.getJsonArray("targets").getValuesAs(JsonObject.class).stream()
              .collect(Collectors.toMap(r -> r.getString("indicator"), Function.identity()));
      List<Map<String, Object>> shown = shown("table.forecast tbody tr");
      assertThat(shown)
          .extracting(m -> m.get("indicator"))
          .containsExactlyInAnyOrderElementsOf(expected.keySet());
      for (Map<String, Object> s : shown) {
        JsonObject f = expected.get((String) s.get("indicator"));
        assertSameNumber(
            browser()
                .script(
                    "return document.querySelector('emulation-progress').shadowRoot.querySelector("
                        + "'table.forecast tr[data-indicator=\"' + arguments[0] + '\"]"
                        + " [data-field=projected]').dataset.raw",
                    s.get("indicator")),
            decimal(f, "projected"),
            through + " " + s.get("indicator") + " projected");
      }
      @SuppressWarnings("unchecked")
      List<String> atRisk =
          (List<String>)
              browser()
                  .script(
                      "return [...document.querySelector('emulation-progress').shadowRoot"
                          + ".querySelectorAll('table.at-risk tbody tr')]"
                          + ".map(tr => tr.dataset.unit + ' ' + tr.dataset.indicator);");
      assertThat(atRisk)
          .as("the units at risk as of " + through)
          .containsExactlyElementsOf(
              forecast.getJsonArray("atRisk").getValuesAs(JsonObject.class).stream()
                  .map(r -> r.getString("unit") + " " + r.getString("indicator"))
                  .toList());
    }
  }

  @Test
  void drillsDownFromTheCityToAWardAndRanksTheUnitsAsTheApiDoes() {
    Map<String, String> units = unitsOfMeasure();
    JsonObject city = api("api/plans/" + PLAN + "/progress");
    String cityCode = city.getJsonObject("unit").getString("code");
    int milestone = city.getInt("milestone");
    String params = "unit=" + cityCode + "&milestone=" + milestone + "&size=100";
    List<JsonObject> children =
        api("api/plans/" + PLAN + "/progress/children?" + params)
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    List<JsonObject> ranking =
        api("api/plans/" + PLAN + "/progress/ranking?" + params)
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(children).isNotEmpty();

    open("");
    browser().progress(city.getJsonObject("unit").getString("name"));
    assertThat(shown("table.children tbody tr"))
        .extracting(m -> m.get("unit"))
        .containsExactlyElementsOf(
            children.stream().map(c -> c.getJsonObject("unit").getString("code")).toList());
    assertThat(shown("table.ranking tbody tr"))
        .extracting(m -> m.get("unit"), m -> m.get("rankText"), m -> m.get("metText"))
        .containsExactlyElementsOf(
            ranking.stream()
                .map(
                    r ->
                        org.assertj.core.groups.Tuple.tuple(
                            r.getJsonObject("unit").getString("code"),
                            String.valueOf(r.getInt("rank")),
                            r.getJsonObject("summary").getInt("met")
                                + " / "
                                + r.getJsonObject("summary").getInt("targets")))
                .toList());

    JsonObject ward = children.get(0).getJsonObject("unit");
    browser()
        .driver
        .findElement(By.cssSelector("emulation-progress"))
        .getShadowRoot()
        .findElement(By.cssSelector("tr[data-unit='" + ward.getString("code") + "'] button"))
        .click();
    browser().progress(ward.getString("name"));
    assertThat(browser().driver.getCurrentUrl()).contains("unit=" + ward.getString("code"));
    assertThat(
            browser()
                .script(
                    "return document.querySelector('emulation-progress').shadowRoot"
                        + ".activeElement.tagName"))
        .as("focus moves to the unit's heading")
        .isEqualTo("H2");
    assertShowsReport(
        api(
            "api/plans/"
                + PLAN
                + "/progress?unit="
                + ward.getString("code")
                + "&milestone="
                + milestone),
        units);

    // and back up to the city by the path
    browser()
        .driver
        .findElement(By.cssSelector("emulation-progress"))
        .getShadowRoot()
        .findElement(By.cssSelector(".trail button"))
        .click();
    browser().progress(city.getJsonObject("unit").getString("name"));
    browser().driver.navigate().back();
    browser().progress(ward.getString("name"));
  }

  @Test
  void theLanguageSwitchKeepsThePageAndSpeaksEnglish() {
    JsonObject city = api("api/plans/" + PLAN + "/progress");
    JsonObject ward =
        api("api/plans/" + PLAN + "/progress/children?size=1")
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonObject("unit");
    int milestone = city.getInt("milestone");
    open("?unit=" + ward.getString("code") + "&milestone=" + milestone);
    browser().progress(ward.getString("name"));

    browser().driver.findElement(By.cssSelector("button[data-lang=en]")).click();
    browser()
        .await(
            "const e = document.querySelector('emulation-progress');"
                + " return e.getAttribute('lang') === 'en' && !e.hasAttribute('aria-busy')"
                + " && e.shadowRoot.querySelector('.summary dt').textContent === 'Met';");
    browser().progress(ward.getString("name"));
    assertThat(browser().driver.getCurrentUrl())
        .contains("unit=" + ward.getString("code"))
        .contains("lang=en");
    assertThat(browser().script("return document.documentElement.lang")).isEqualTo("en");
    assertThat(browser().driver.findElement(By.cssSelector("h1")).getText())
        .isEqualTo("Progress against the emulation targets");
    Map<String, JsonObject> rows =
        byIndicator(
            api(
                "api/plans/"
                    + PLAN
                    + "/progress?unit="
                    + ward.getString("code")
                    + "&milestone="
                    + milestone));
    for (Map<String, Object> s : shown("table.targets tbody tr")) {
      JsonObject row = rows.get((String) s.get("indicator"));
      assertThat((String) s.get("statusText"))
          .startsWith(row.getJsonObject("statusLabel").getString("en"));
    }

    browser().driver.findElement(By.cssSelector("button[data-lang=vi]")).click();
    browser()
        .await(
            "const e = document.querySelector('emulation-progress');"
                + " return e.getAttribute('lang') === 'vi' && !e.hasAttribute('aria-busy')"
                + " && e.shadowRoot.querySelector('.summary dt').textContent === 'Đạt';");
    assertThat(browser().driver.getCurrentUrl())
        .contains("unit=" + ward.getString("code"))
        .doesNotContain("lang=");
  }

  @Test
  void everyPageHasNoSeriousAccessibilityViolationNorCspRefusalAtDesktopAndPhoneWidth() {
    JsonObject ward =
        api("api/plans/" + PLAN + "/progress/children?size=1")
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonObject("unit");
    Map<String, String[]> pages = new LinkedHashMap<>();
    pages.put("dashboard-city", new String[] {"", cityName()});
    pages.put(
        "dashboard-city-2023",
        new String[] {
          "?milestone=2023",
          api("api/plans/" + PLAN + "/progress?milestone=2023")
              .getJsonObject("unit")
              .getString("name")
        });
    pages.put(
        "dashboard-ward", new String[] {"?unit=" + ward.getString("code"), ward.getString("name")});
    pages.put("dashboard-city-en", new String[] {"?lang=en", cityName()});
    List<String> problems = new ArrayList<>();
    List<String> refusals = new ArrayList<>();
    for (Map.Entry<String, String[]> page : pages.entrySet()) {
      for (int width : new int[] {1280, 375}) {
        browser().console(); // what axe-core itself did on the page before is not the UI's
        browser().driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
        open(page.getValue()[0]);
        browser().progress(page.getValue()[1]);
        Number wide = (Number) browser().script("return document.documentElement.scrollWidth;");
        if (wide.intValue() > width) {
          problems.add(page.getKey() + " at " + width + " px is " + wide + " px wide");
        }
        browser().screenshot(page.getKey(), width);
        browser().console().stream()
            .map(LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy") || m.contains("Refused"))
            .forEach(m -> refusals.add(page.getKey() + " at " + width + " px: " + m));
        for (Map<String, Object> v : browser().axeViolations(List.of("serious", "critical"))) {
          problems.add(page.getKey() + " at " + width + " px: " + v);
        }
      }
    }
    browser().driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    assertThat(problems).as("axe-core: serious or critical violations").isEmpty();
    assertThat(refusals).as("the UI keeps to its strict CSP").isEmpty();
  }

  @Test
  void thePagesCarryAStrictPolicyAndTheElementsFilesMayBeLoadedFromAnyOrigin() {
    Api.Reply page = anonymous().get("ui/", null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.header("Content-Security-Policy"))
        .contains("script-src 'self'")
        .contains("style-src 'self'")
        .contains("frame-ancestors 'self'")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
    assertThat(page.body()).doesNotContain("<style").doesNotContain("style=");
    Api.Reply script = anonymous().get("ui/emulation-progress.js", null);
    assertThat(script.status()).isEqualTo(200);
    assertThat(script.contentType()).startsWith("text/javascript");
    assertThat(script.header("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(script.header("X-Content-Type-Options")).isEqualTo("nosniff");
    Api.Reply charts = anonymous().get("webjars/echarts/5.3.1/dist/echarts.esm.min.js", null);
    assertThat(charts.status()).isEqualTo(200);
    assertThat(charts.header("Access-Control-Allow-Origin")).isEqualTo("*");
    Api.Reply progress = anonymous().get("api/plans/" + PLAN + "/progress", null);
    assertThat(progress.header("Access-Control-Allow-Origin"))
        .as("a published read without credentials may be read by the portal's page")
        .isEqualTo("*");
    Api.Reply signedIn = new Api(deployment).get("api/plans/" + PLAN + "/progress", null);
    assertThat(signedIn.header("Access-Control-Allow-Origin"))
        .as("an answer to a signed-in caller is never shared")
        .isNull();
  }

  @Test
  void theElementWorksInsideAPageOfAnotherOriginWithoutStylesLeakingEitherWay() throws Exception {
    JsonObject ward =
        api("api/plans/" + PLAN + "/progress/children?size=1")
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonObject("unit");
    URI ui = base().resolve("ui/emulation-progress.js");
    String portalHost = "localhost".equals(ui.getHost()) ? "127.0.0.1" : "localhost";
    String html =
        "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Cổng thông tin"
            + "</title><style>h2 { color: rgb(255, 0, 0); } table { display: none; }"
            + " button { border: 0; }</style>"
            + "<script type=\"module\" src=\""
            + ui
            + "\"></script></head><body><main><h1>Cổng thông tin điện tử</h1>"
            + "<button id=\"portal-button\" type=\"button\">Tìm kiếm</button>"
            + "<table id=\"portal-table\"><tr><td>x</td></tr></table>"
            + "<emulation-progress plan=\""
            + PLAN
            + "\" unit=\""
            + ward.getString("code")
            + "\"></emulation-progress></main></body></html>";
    HttpServer portal = HttpServer.create(new InetSocketAddress(portalHost, 0), 0);
    portal.createContext(
        "/",
        exchange -> {
          byte[] body = html.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          } catch (IOException e) {
            throw e;
          }
        });
    portal.start();
    try {
      String origin = "http://" + portalHost + ":" + portal.getAddress().getPort();
      browser().driver.get(origin + "/portal.html");
      browser().progress(ward.getString("name"));
      assertThat(browser().script("return location.origin")).isEqualTo(origin);
      assertThat(
              Integer.parseInt(
                  (String)
                      browser()
                          .script(
                              "return document.querySelector('emulation-progress').dataset.charts")))
          .as("the charts load from the WAR's WebJar across origins")
          .isPositive();
      String inside =
          "const r = document.querySelector('emulation-progress').shadowRoot;"
              + " return [getComputedStyle(r.querySelector('h2')).color,"
              + " getComputedStyle(r.querySelector('table')).display];";
      assertThat(browser().script(inside))
          .as("the portal's styles stay outside")
          .isEqualTo(List.of("rgb(31, 41, 51)", "table"));
      String outside =
          "return [getComputedStyle(document.getElementById('portal-table')).borderCollapse,"
              + " getComputedStyle(document.getElementById('portal-button')).borderTopWidth];";
      assertThat(browser().script(outside))
          .as("the element's styles stay inside")
          .isEqualTo(List.of("separate", "0px"));
      for (Map<String, Object> v : browser().axeViolations(List.of("serious", "critical"))) {
        assertThat(v).as("axe-core on the embedding page").isNull();
      }
      browser().screenshot("embedded", 1280);
      browser().screenshot("embedded", 375);
    } finally {
      portal.stop(0);
    }
  }

  /**
   * Measured once for docs/performance.md, not asserted: what the first load moves (compressed
   * bytes as they crossed the wire) and when the figures are readable, in a fresh browser.
   */
  @Test
  void measuresTheFirstLoad() throws Exception {
    try (Browser fresh = Browser.start()) {
      fresh.driver.get(base().resolve("ui/").toString());
      fresh.progress(cityName());
      @SuppressWarnings("unchecked")
      Map<String, Object> m =
          (Map<String, Object>)
              fresh.script(
                  "const nav = performance.getEntriesByType('navigation')[0];"
                      + " const all = [nav, ...performance.getEntriesByType('resource')];"
                      + " const usable = performance.getEntriesByName('emulation-progress-usable')[0];"
                      + " return {files: all.length,"
                      + " transferred: all.reduce((s, e) => s + e.transferSize, 0),"
                      + " body: all.reduce((s, e) => s + e.encodedBodySize, 0),"
                      + " decoded: all.reduce((s, e) => s + e.decodedBodySize, 0),"
                      + " usableMs: usable ? Math.round(usable.startTime) : null,"
                      + " list: all.map(e => e.name.replace(location.origin, '') + ' '"
                      + " + e.encodedBodySize + '/' + e.decodedBodySize).join('\\n')};");
      String report =
          "first load of /emulation/ui/: "
              + m.get("files")
              + " requests, "
              + m.get("transferred")
              + " bytes transferred (headers included), "
              + m.get("body")
              + " bytes of bodies as sent, "
              + m.get("decoded")
              + " decoded; figures readable at "
              + m.get("usableMs")
              + " ms after navigation start\n"
              + m.get("list")
              + "\n";
      System.out.println(report);
      Files.createDirectories(Browser.SCREENSHOTS);
      Files.writeString(Browser.SCREENSHOTS.resolve("first-load.txt"), report);
    }
  }
}
