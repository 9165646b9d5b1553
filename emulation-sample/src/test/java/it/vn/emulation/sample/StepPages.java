package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.interactions.Actions;

/**
 * What the browser tests of the procedure's later pages (ReportPagesIT, NominationPagesIT) share
 * with RegistrationPagesIT's way of testing: waiting for a page's element in a state, reading into
 * its shadow root, the keyboard, the 360 px phone, axe-core at every impact and the screenshots at
 * both widths, and calls to the API as a user (with a token of a demo user placed in a fresh city's
 * unit, the sign-in's test override) to compare what the page shows with what the API says.
 */
final class StepPages {

  static final List<String> IMPACTS = List.of("minor", "moderate", "serious", "critical");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  final Browser browser;
  final URI base;
  final String prefix;
  final List<String> accessibility = new ArrayList<>();
  final List<String> refusals = new ArrayList<>();

  StepPages(Browser browser, URI base, String prefix) {
    this.browser = browser;
    this.base = base;
    this.prefix = prefix;
  }

  /**
   * Opens the workspace at {@code query} and signs in with {@code token} as a portal does ({@code
   * session.use}): the caller is what the server reads from it.
   */
  void signInWith(String query, String token) {
    browser.driver.get(base.resolve("ui/work.html" + query).toString());
    browser.await("return !!document.querySelector('emulation-sign-in');");
    browser.script(
        "import(new URL('session.js', document.baseURI).href)"
            + ".then((m) => m.session.use(arguments[0]));",
        token);
    browser.await(
        "const s = document.querySelector('emulation-sign-in').shadowRoot.querySelector('.user');"
            + " return !!s && s.textContent.length > 0;");
  }

  /** Waits until the element {@code tag} shows {@code state} and answers its shadow root. */
  SearchContext page(String tag, String state) {
    browser.await(
        "const e = document.querySelector(arguments[0]);"
            + " return !!e && e.dataset.state === arguments[1] && !e.hasAttribute('aria-busy');",
        tag,
        state);
    return browser.shadow(tag);
  }

  /** Waits until {@code condition} (on the element's shadow root {@code r}) holds. */
  SearchContext awaitIn(String tag, String condition, Object... args) {
    browser.await(
        "const e = document.querySelector('"
            + tag
            + "'); const r = e && e.shadowRoot;"
            + " return !!r && !e.hasAttribute('aria-busy') && ("
            + condition
            + ");",
        args);
    return browser.shadow(tag);
  }

  static SearchContext nested(SearchContext root, String tag) {
    return root.findElement(By.cssSelector(tag)).getShadowRoot();
  }

  /** The steps the page's case history lists (the opening is not a step). */
  static List<String> history(SearchContext root) {
    return nested(root, "emulation-case-history").findElements(By.cssSelector("li.step")).stream()
        .map(li -> li.getAttribute("data-command"))
        .toList();
  }

  static String text(SearchContext root, String css) {
    return root.findElement(By.cssSelector(css)).getText();
  }

  static List<String> texts(SearchContext root, String css) {
    return root.findElements(By.cssSelector(css)).stream().map(e -> e.getText()).toList();
  }

  /** The focused element inside the shadow roots: its id, else its class. */
  String focused() {
    return (String)
        browser.script(
            "let a = document.activeElement;"
                + " while (a && a.shadowRoot && a.shadowRoot.activeElement)"
                + " a = a.shadowRoot.activeElement;"
                + " return a ? (a.id || a.className || a.localName) : null;");
  }

  void keys(CharSequence... keys) {
    new Actions(browser.driver).sendKeys(keys).perform();
  }

  /** Tabs from where the focus is until {@code id} has it. */
  void tabTo(String id, int max) {
    for (int i = 1; i <= max; i++) {
      keys(Keys.TAB);
      if (id.equals(focused())) {
        return;
      }
    }
    throw new AssertionError("Tab never reached " + id + "; the focus is on " + focused());
  }

  /** From the top of the page, by Tab alone, to {@code id}, then Enter. */
  void pressByKeyboard(String id) {
    browser.script(
        "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
    tabTo(id, 120);
    keys(Keys.ENTER);
  }

  /** A phone's viewport, 360 CSS pixels wide, or the desktop's again. */
  void phone(boolean on) {
    if (on) {
      browser.driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", true));
    } else {
      browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  boolean onPhone() {
    return ((Number) browser.script("return window.innerWidth;")).intValue() == 360;
  }

  /** On the phone nothing but a table's own region scrolls sideways. */
  void noSidewaysScrolling(String state) {
    assertThat(onPhone()).as("the viewport is 360 px wide").isTrue();
    Number width = (Number) browser.script("return document.documentElement.scrollWidth;");
    assertThat(width.intValue())
        .as("page width at 360 px in state " + state)
        .isLessThanOrEqualTo(360);
  }

  /** axe-core (every impact) and screenshots, at 1280 px and at 360 px; no CSP refusal. */
  void check(String name) {
    browser.console().stream()
        .map(e -> e.getMessage())
        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused"))
        .map(m -> name + ": " + m)
        .forEach(refusals::add);
    boolean phone = onPhone();
    if (!phone) {
      browser.driver.manage().window().setSize(new Dimension(1280, 900));
      browser.axeViolations(IMPACTS).stream()
          .map(v -> name + " at 1280: " + v)
          .forEach(accessibility::add);
      browser.screenshot(prefix + "-" + name, 1280);
      phone(true);
    }
    browser.axeViolations(IMPACTS).stream()
        .map(v -> name + " at 360: " + v)
        .forEach(accessibility::add);
    noSidewaysScrolling(name);
    try {
      Files.createDirectories(Browser.SCREENSHOTS);
      Files.write(
          Browser.SCREENSHOTS.resolve(prefix + "-" + name + "-360.png"),
          browser.driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!phone) {
      phone(false);
    }
    browser.console();
  }

  // ---- the API

  Api.Reply as(String token, String method, String path, String ifMatch, String type, byte[] b) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "vi");
    if (token != null) {
      // no token: asked as anyone is, without signing in
      r.header("Authorization", "Bearer " + token);
    }
    if (ifMatch != null) {
      r.header("If-Match", ifMatch);
    }
    if (type != null) {
      r.header("Content-Type", type);
    }
    r.method(
        method,
        b == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(b));
    try {
      HttpResponse<String> a =
          HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Api.Reply(
          a.statusCode(),
          a.headers().firstValue("Content-Type").orElse(""),
          a.body(),
          a.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Api.Reply json(String token, String method, String path, String ifMatch, String json) {
    return as(
        token, method, path, ifMatch, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  JsonObject read(String token, String path) {
    Api.Reply r = as(token, "GET", path, null, null, null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object();
  }

  String etag(String token, String path) {
    Api.Reply r = as(token, "GET", path, null, null, null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.header("ETag");
  }

  /** The reason the 400 {@code r} gives at {@code field}. */
  static String reason(Api.Reply r, String field) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    for (JsonObject e : r.object().getJsonArray("errors").getValuesAs(JsonObject.class)) {
      if (e.getString("field").equals(field)) {
        return e.getString("reason");
      }
    }
    throw new AssertionError("no problem at " + field + ": " + r.body());
  }

  static Path file(String dir, String name, byte[] content) {
    try {
      Path d = Files.createDirectories(Path.of("target", dir));
      return Files.write(d.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
