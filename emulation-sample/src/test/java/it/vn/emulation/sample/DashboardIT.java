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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * the ranking; the language switch keeps the page; axe-core finds no violation on any page at
 * desktop and phone width; no CSP refusal; the custom element works inside a page of another origin
 * without styles leaking either way; the CSV and XLSX files each view links to hold the API's
 * figures; and the page prints without its controls. Screenshots of every page at 1280 and 375 px,
 * and a PDF of the printed page, go to target/screenshots/.
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
  void everyPageHasNoAccessibilityViolationNorCspRefusalAtDesktopAndPhoneWidth()
      throws IOException {
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
        for (Map<String, Object> v :
            browser().axeViolations(List.of("minor", "moderate", "serious", "critical"))) {
          problems.add(page.getKey() + " at " + width + " px: " + v);
        }
      }
    }
    browser().driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    Files.createDirectories(Browser.SCREENSHOTS);
    Files.writeString(Browser.SCREENSHOTS.resolve("axe.txt"), String.join("\n", problems));
    assertThat(problems).as("axe-core: violations of any impact").isEmpty();
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
      assertThat(browser().axeViolations(List.of("minor", "moderate", "serious", "critical")))
          .as("axe-core on the embedding page, any impact")
          .isEmpty();
      // the downloads point at the WAR, not at the portal that embeds the element
      Map<String, String> files = links("progress");
      assertThat(files.get("xlsx")).doesNotStartWith(origin);
      assertThat(sheet(fetch(files.get("xlsx"), XLSX))).isNotEmpty();
      browser().screenshot("embedded", 1280);
      browser().screenshot("embedded", 375);
    } finally {
      portal.stop(0);
    }
  }

  // ---- the files each view links to (ADR 0028, "Downloads") ----

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The addresses of the CSV and XLSX files the page links for a view, first of each. */
  @SuppressWarnings("unchecked")
  private Map<String, String> links(String view) {
    Map<String, String> links =
        (Map<String, String>)
            browser()
                .script(
                    "const r = document.querySelector('emulation-progress').shadowRoot; const o = {};"
                        + " for (const a of r.querySelectorAll('a.file[data-file=' + arguments[0] + ']'))"
                        + "   if (!o[a.dataset.format]) o[a.dataset.format] = a.getAttribute('href');"
                        + " return o;",
                    view);
    assertThat(links).as(view + " links").containsOnlyKeys("csv", "xlsx");
    links
        .values()
        .forEach(
            href ->
                assertThat(href)
                    .as("an absolute address from the element's API, usable from any page")
                    .startsWith(
                        base().resolve("api/open-data/" + PLAN + "/" + view + ".").toString()));
    return links;
  }

  /** The file at {@code href}, fetched as a browser without credentials fetches a download. */
  private static byte[] fetch(String href, String type) throws Exception {
    HttpResponse<byte[]> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).as(href).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith(type);
    assertThat(r.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .startsWith("attachment; filename=\"" + PLAN + "-")
        .endsWith(type.equals(XLSX) ? ".xlsx\"" : ".csv\"");
    return r.body();
  }

  /**
   * The first sheet of a workbook as rows of cells by column name: text as text, numbers as
   * BigDecimal (a number written as text fails the comparisons), days as LocalDate, empty as null.
   */
  private static List<Map<String, Object>> sheet(byte[] xlsx) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
      assertThat(workbook.getSheetName(1)).isEqualTo("Giải thích (About)");
      Sheet sheet = workbook.getSheetAt(0);
      Row header = sheet.getRow(0);
      List<String> names = new ArrayList<>();
      for (Cell c : header) {
        names.add(c.getStringCellValue());
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        Map<String, Object> cells = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
          Cell cell = row.getCell(c);
          Object v = null;
          if (cell != null && cell.getCellType() == CellType.STRING) {
            v = cell.getStringCellValue();
          } else if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            v =
                DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate()
                    : BigDecimal.valueOf(cell.getNumericCellValue());
          }
          cells.put(names.get(c), v);
        }
        rows.add(cells);
      }
      return rows;
    }
  }

  /** The first sheet as a spreadsheet shows it, each row's cells as text. */
  private static List<List<String>> shownSheet(byte[] xlsx) throws IOException {
    DataFormatter shown = new DataFormatter(java.util.Locale.ROOT);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      int width = sheet.getRow(0).getLastCellNum();
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : shown.formatCellValue(cell));
        }
        rows.add(cells);
      }
      return rows;
    }
  }

  /** An RFC 4180 file in UTF-8 with a byte-order mark, as rows of cells. */
  private static List<List<String>> csv(byte[] body) {
    assertThat(java.util.Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(ch);
      }
    }
    assertThat(row).as("the file ends with CRLF").isEmpty();
    return rows;
  }

  private static void assertSame(Object file, BigDecimal api, String what) {
    if (api == null) {
      assertThat(file).as(what).isNull();
    } else {
      assertThat(file).as(what + " is a number").isInstanceOf(BigDecimal.class);
      assertThat(((BigDecimal) file).compareTo(api))
          .as(what + ": file " + file + ", API " + api)
          .isZero();
    }
  }

  private static Map<String, Object> only(
      List<Map<String, Object>> rows, String unit, String indicator) {
    List<Map<String, Object>> found =
        rows.stream()
            .filter(
                r -> unit.equals(r.get("unit_code")) && indicator.equals(r.get("indicator_code")))
            .toList();
    assertThat(found).as(unit + " " + indicator).hasSize(1);
    return found.get(0);
  }

  /** Every row of {@code report} is in the file with the API's figures. */
  private static void assertHoldsReport(List<Map<String, Object>> file, JsonObject report) {
    JsonObject unit = report.getJsonObject("unit");
    for (JsonObject row : report.getJsonArray("rows").getValuesAs(JsonObject.class)) {
      String what = unit.getString("code") + " " + row.getString("indicator");
      Map<String, Object> f = only(file, unit.getString("code"), row.getString("indicator"));
      assertThat(f.get("unit_name")).as(what).isEqualTo(unit.getString("name"));
      assertThat(f.get("plan_code")).isEqualTo(PLAN);
      assertSame(f.get("milestone_year"), BigDecimal.valueOf(report.getInt("milestone")), what);
      assertSame(f.get("figures_year"), BigDecimal.valueOf(report.getInt("year")), what);
      assertThat(f.get("as_of")).as(what).isEqualTo(LocalDate.parse(report.getString("date")));
      assertThat(f.get("comparator")).as(what).isEqualTo(row.getString("symbol"));
      assertSame(f.get("threshold"), decimal(row, "threshold"), what + " threshold");
      assertSame(f.get("value"), decimal(row, "value"), what + " value");
      assertSame(f.get("gap"), decimal(row, "gap"), what + " gap");
      assertThat(f.get("status")).as(what).isEqualTo(row.getString("status"));
      JsonObject c = row.getJsonObject("coverage");
      assertSame(f.get("coverage_reported"), BigDecimal.valueOf(c.getInt("reported")), what);
      assertSame(f.get("coverage_expected"), BigDecimal.valueOf(c.getInt("expected")), what);
      assertThat(f.get("coverage_missing") == null ? "" : f.get("coverage_missing"))
          .as(what)
          .isEqualTo(
              String.join(
                  " ",
                  c.getJsonArray("missing").getValuesAs(jakarta.json.JsonString.class).stream()
                      .map(jakarta.json.JsonString::getString)
                      .toList()));
    }
  }

  @Test
  void theXlsxAndCsvEachViewLinksHoldTheApisFiguresForTheCityAndAWard() throws Exception {
    JsonObject city = api("api/plans/" + PLAN + "/progress");
    String cityCode = city.getJsonObject("unit").getString("code");
    JsonObject ward =
        api("api/plans/" + PLAN + "/progress/children?size=1")
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonObject("unit");
    int milestone = city.getInt("milestone");
    int firstYear = published().getInt("firstYear");
    for (String unit : List.of(cityCode, ward.getString("code"))) {
      String ask = "unit=" + unit + "&milestone=" + milestone;
      JsonObject report = api("api/plans/" + PLAN + "/progress?" + ask);
      List<JsonObject> children =
          api("api/plans/" + PLAN + "/progress/children?" + ask + "&size=100")
              .getJsonArray("items")
              .getValuesAs(JsonObject.class);
      open(unit.equals(cityCode) ? "" : "?unit=" + unit);
      browser().progress(report.getJsonObject("unit").getString("name"));

      // progress: the unit and the units under it, every target
      Map<String, String> progress = links("progress");
      byte[] xlsx = fetch(progress.get("xlsx"), XLSX);
      List<Map<String, Object>> rows = sheet(xlsx);
      assertHoldsReport(rows, report);
      for (JsonObject child : children) {
        assertHoldsReport(rows, child);
      }
      int expected =
          report.getJsonArray("rows").size()
              + children.stream().mapToInt(c -> c.getJsonArray("rows").size()).sum();
      assertThat(rows).as(unit + ": one row per unit and target").hasSize(expected);
      assertThat(shownSheet(xlsx))
          .as("the XLSX holds the CSV's rows")
          .isEqualTo(csv(fetch(progress.get("csv"), "text/csv")));

      // the trend: each year's figures, as the API answers that year
      Map<String, String> trend = links("trend");
      byte[] trendXlsx = fetch(trend.get("xlsx"), XLSX);
      List<Map<String, Object>> years = sheet(trendXlsx);
      int count = 0;
      for (int year = firstYear; year <= milestone; year++) {
        Api.Reply r =
            anonymous().get("api/plans/" + PLAN + "/progress?" + ask + "&year=" + year, "vi");
        int y = year;
        List<Map<String, Object>> ofYear =
            years.stream()
                .filter(m -> ((BigDecimal) m.get("figures_year")).intValue() == y)
                .toList();
        if (r.status() != 200) {
          assertThat(ofYear).as(unit + " did not exist in " + year).isEmpty();
          continue;
        }
        assertHoldsReport(ofYear, r.object());
        count += r.object().getJsonArray("rows").size();
      }
      assertThat(years).hasSize(count);
      assertThat(shownSheet(trendXlsx)).isEqualTo(csv(fetch(trend.get("csv"), "text/csv")));

      // the ranking of the units under it
      if (!children.isEmpty()) {
        Map<String, String> ranking = links("ranking");
        byte[] rankingXlsx = fetch(ranking.get("xlsx"), XLSX);
        List<Map<String, Object>> ranked = sheet(rankingXlsx);
        List<JsonObject> api =
            api("api/plans/" + PLAN + "/progress/ranking?" + ask + "&size=100")
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(ranked).hasSize(api.size());
        for (int i = 0; i < api.size(); i++) {
          JsonObject a = api.get(i);
          Map<String, Object> f = ranked.get(i);
          JsonObject s = a.getJsonObject("summary");
          String what = "ranking " + a.getJsonObject("unit").getString("code");
          assertThat(f.get("unit_code"))
              .as(what)
              .isEqualTo(a.getJsonObject("unit").getString("code"));
          assertThat(f.get("unit_name"))
              .as(what)
              .isEqualTo(a.getJsonObject("unit").getString("name"));
          assertThat(f.get("unit_level"))
              .as(what)
              .isEqualTo(a.getJsonObject("unit").getString("level"));
          assertThat(f.get("parent_unit_code")).as(what).isEqualTo(unit);
          assertSame(f.get("rank"), BigDecimal.valueOf(a.getInt("rank")), what + " rank");
          for (String[] k :
              new String[][] {
                {"targets", "targets"},
                {"met", "met"},
                {"not_met", "notMet"},
                {"incomplete", "incomplete"},
                {"no_data", "noData"}
              }) {
            assertSame(f.get(k[0]), BigDecimal.valueOf(s.getInt(k[1])), what + " " + k[0]);
          }
          JsonObject coverage = s.getJsonObject("coverage");
          assertSame(
              f.get("coverage_reported"), BigDecimal.valueOf(coverage.getInt("reported")), what);
          assertSame(
              f.get("coverage_expected"), BigDecimal.valueOf(coverage.getInt("expected")), what);
        }
        assertThat(shownSheet(rankingXlsx)).isEqualTo(csv(fetch(ranking.get("csv"), "text/csv")));
      }

      // the forecast: the unit's targets, then the units at risk
      Map<String, String> forecast = links("forecast");
      JsonObject fc = api("api/plans/" + PLAN + "/forecast?" + ask);
      byte[] forecastXlsx = fetch(forecast.get("xlsx"), XLSX);
      List<Map<String, Object>> projected = sheet(forecastXlsx);
      List<JsonObject> targets = fc.getJsonArray("targets").getValuesAs(JsonObject.class);
      List<JsonObject> atRisk = fc.getJsonArray("atRisk").getValuesAs(JsonObject.class);
      assertThat(projected).hasSize(targets.size() + atRisk.size());
      for (int i = 0; i < projected.size(); i++) {
        boolean own = i < targets.size();
        JsonObject a = own ? targets.get(i) : atRisk.get(i - targets.size());
        Map<String, Object> f = projected.get(i);
        String what = "forecast " + a.getString("unit") + " " + a.getString("indicator");
        assertThat(f.get("section")).as(what).isEqualTo(own ? "targets" : "at_risk");
        assertThat(f.get("unit_code")).as(what).isEqualTo(a.getString("unit"));
        assertThat(f.get("unit_name")).as(what).isEqualTo(a.getString("unitName"));
        assertThat(f.get("indicator_code")).as(what).isEqualTo(a.getString("indicator"));
        assertSame(f.get("through_year"), BigDecimal.valueOf(fc.getInt("throughYear")), what);
        assertSame(f.get("threshold"), decimal(a, "threshold"), what + " threshold");
        assertSame(f.get("projected"), decimal(a, "projected"), what + " projected");
        assertSame(f.get("low"), decimal(a, "low"), what + " low");
        assertSame(f.get("high"), decimal(a, "high"), what + " high");
        assertThat(f.get("method")).as(what).isEqualTo(a.getString("method"));
        assertThat(f.get("outlook")).as(what).isEqualTo(a.getString("outlook"));
        assertThat(f.get("reason_vi"))
            .as(what)
            .isEqualTo(a.getJsonObject("reason").getString("vi"));
        assertThat(f.get("reason_en"))
            .as(what)
            .isEqualTo(a.getJsonObject("reason").getString("en"));
      }
      assertThat(shownSheet(forecastXlsx)).isEqualTo(csv(fetch(forecast.get("csv"), "text/csv")));
    }
  }

  @Test
  void thePagePrintsItsFiguresTablesAndChartsWithoutItsControls() throws Exception {
    JsonObject city = api("api/plans/" + PLAN + "/progress");
    open("");
    browser().progress(city.getJsonObject("unit").getString("name"));
    String visible =
        "const r = document.querySelector('emulation-progress').shadowRoot;"
            // hidden by display, visibility or a closed <details> (content-visibility)
            + " const shown = e => e.checkVisibility({visibilityProperty: true});"
            + " return {controls: [...r.querySelectorAll('button, a.file, select, input')]"
            + "   .filter(shown).map(e => e.outerHTML.slice(0, 80)),"
            + "  pageControls: [...document.querySelectorAll('.languages button, a.skip')]"
            + "   .filter(shown).length,"
            + "  files: r.querySelectorAll('a.file').length,"
            + "  tables: [...r.querySelectorAll('table')].filter(shown).length,"
            + "  allTables: r.querySelectorAll('table').length,"
            + "  charts: [...r.querySelectorAll('.chart canvas')]"
            + "   .filter(e => shown(e) && e.getBoundingClientRect().height > 100).length,"
            + "  allCharts: r.querySelectorAll('.chart canvas').length,"
            + "  basis: !!r.querySelector('.basis li') && shown(r.querySelector('.basis li')),"
            + "  milestone: [...r.querySelectorAll('.milestones label')].filter(shown)"
            + "   .map(l => l.textContent)};";
    @SuppressWarnings("unchecked")
    Map<String, Object> screen = (Map<String, Object>) browser().script(visible);
    assertThat((List<?>) screen.get("controls"))
        .as("on screen, the controls are there")
        .isNotEmpty();
    assertThat(((Number) screen.get("files")).intValue()).isPositive();
    assertThat(screen.get("basis")).as("on screen the legal basis starts closed").isEqualTo(false);
    browser().driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> paper = (Map<String, Object>) browser().script(visible);
      assertThat((List<?>) paper.get("controls"))
          .as("no button, download link or choice on paper")
          .isEmpty();
      assertThat(((Number) paper.get("pageControls")).intValue()).isZero();
      assertThat(paper.get("tables")).as("every table prints").isEqualTo(paper.get("allTables"));
      assertThat(((Number) paper.get("tables")).intValue()).isPositive();
      assertThat(((Number) paper.get("allCharts")).intValue()).isPositive();
      assertThat(paper.get("charts")).as("every chart prints").isEqualTo(paper.get("allCharts"));
      assertThat(paper.get("basis")).as("the legal basis prints, open").isEqualTo(true);
      assertThat((List<?>) paper.get("milestone"))
          .as("the milestone shown, not the choice")
          .hasSize(1)
          .allSatisfy(
              l -> assertThat((String) l).startsWith(String.valueOf(city.getInt("milestone"))));
      String dark =
          "const dark = [];"
              + " const walk = root => { for (const e of root.querySelectorAll('*')) {"
              + "   const s = getComputedStyle(e); const m = s.backgroundColor.match(/[0-9.]+/g);"
              + "   if (m && e.getClientRects().length && (m.length < 4 || +m[3] > 0.5)"
              + "     && (0.2126 * m[0] + 0.7152 * m[1] + 0.0722 * m[2]) < 160)"
              + "     dark.push(e.tagName + '.' + e.className + ' ' + s.backgroundColor);"
              + "   if (e.shadowRoot) walk(e.shadowRoot); } };"
              + " walk(document); return dark;";
      assertThat((List<?>) browser().script(dark)).as("no dark background on paper").isEmpty();
      @SuppressWarnings("unchecked")
      Map<String, Object> pdf =
          (Map<String, Object>)
              browser()
                  .driver
                  .executeCdpCommand("Page.printToPDF", Map.of("printBackground", true));
      byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
      assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      Files.createDirectories(Browser.SCREENSHOTS);
      Files.write(Browser.SCREENSHOTS.resolve("dashboard-print.pdf"), bytes);
      browser().screenshot("dashboard-print", 1280);
    } finally {
      browser().driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
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
