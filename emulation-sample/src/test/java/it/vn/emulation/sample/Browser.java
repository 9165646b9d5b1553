package it.vn.emulation.sample;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through the chromedriver Debian installs beside it. Both are
 * given to Selenium by path, so that Selenium Manager is never asked to find, and so never to
 * download, a browser or a driver. Where they are absent the test is skipped saying so; CI installs
 * them ({@code .ci/run}), so it never skips there.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM =
      Path.of(System.getProperty("emulation.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("emulation.chromedriver", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** A fresh headless Chromium, or the test skipped (with why) where none is installed. */
  static Browser start() {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "no Chromium at " + CHROMIUM + ": apt-get install chromium (CI installs it)");
    assumeTrue(
        Files.isExecutable(CHROMEDRIVER),
        "no chromedriver at "
            + CHROMEDRIVER
            + ": apt-get install chromium-driver (CI installs it)");
    // both paths given: Selenium Manager has nothing to look up, and offline it could not fetch
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    System.setProperty("SE_OFFLINE", "true");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--lang=vi-VN",
        "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    return new Browser(new ChromeDriver(service, options));
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Waits until the script answers true (or anything but false and null). */
  void await(String script, Object... args) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .withMessage(
            () ->
                "waiting for "
                    + script
                    + "; the page shows: "
                    + script(
                        "const e = document.querySelector('emulation-progress');"
                            + " return location.href + ' | ' + (e ? (e.getAttribute('aria-busy') + ' '"
                            + " + e.dataset.charts + ' ' + e.shadowRoot.textContent.slice(0, 300))"
                            + " : document.body.textContent.slice(0, 300));"))
        .until(
            d -> {
              Object r = ((JavascriptExecutor) d).executeScript(script, args);
              return r != null && !Boolean.FALSE.equals(r);
            });
  }

  /** The dashboard's element once it shows the unit named, its charts drawn. */
  SearchContext progress(String unitName) {
    await(
        "const e = document.querySelector('emulation-progress');"
            + " if (!e || e.hasAttribute('aria-busy') || e.dataset.charts === undefined) return false;"
            + " const h = e.shadowRoot.querySelector('h2');"
            + " return !!h && (arguments[0] === null || h.textContent === arguments[0]);",
        unitName);
    WebElement host = driver.findElement(org.openqa.selenium.By.cssSelector("emulation-progress"));
    return host.getShadowRoot();
  }

  /** The shadow root of the first element named {@code tag}, once it has one. */
  SearchContext shadow(String tag) {
    await("const e = document.querySelector(arguments[0]); return !!e && !!e.shadowRoot;", tag);
    return driver.findElement(org.openqa.selenium.By.cssSelector(tag)).getShadowRoot();
  }

  /**
   * Opens the signed-in workspace at {@code query} (e.g. {@code "?view=desk"}) and signs in as the
   * demo user through the page's own form (the sample's development sign-in), as a person would;
   * answers once the page shows the user signed in.
   */
  void signIn(java.net.URI base, String query, String user) {
    driver.get(base.resolve("ui/work.html" + query).toString());
    await(
        "const s = document.querySelector('emulation-sign-in');"
            + " const o = s && s.shadowRoot && s.shadowRoot.querySelector('select option[value=\"'"
            + " + arguments[0] + '\"]'); return !!o;",
        user);
    script(
        "const root = document.querySelector('emulation-sign-in').shadowRoot;"
            + " root.querySelector('select').value = arguments[0];"
            + " root.querySelector('form.dev button[type=submit]').click();",
        user);
    await(
        "const s = document.querySelector('emulation-sign-in').shadowRoot.querySelector('.user');"
            + " return !!s && s.textContent === arguments[0];",
        user);
  }

  /** The browser's console since the last call: CSP refusals appear here. */
  List<LogEntry> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  /** axe-core's violations of the page (open shadow roots included) of the given impacts. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> axeViolations(List<String> impacts) {
    script(axeSource());
    Object result =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + " axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(r.violations.filter(v => arguments[0].includes(v.impact))"
                + ".map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.map(n => JSON.stringify(n.target) + ' ' + n.failureSummary)}))))"
                + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e)}]));",
            impacts);
    return (List<Map<String, Object>>) result;
  }

  private static String axeSource() {
    try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole page at a width, saved under target/screenshots/NAME-WIDTH.png. */
  Path screenshot(String name, int width) {
    driver.manage().window().setSize(new Dimension(width, 900));
    script("window.dispatchEvent(new Event('resize'))");
    Number height = (Number) script("return Math.max(document.documentElement.scrollHeight, 900);");
    driver.manage().window().setSize(new Dimension(width, Math.min(height.intValue(), 16000)));
    try {
      Thread.sleep(300); // the charts follow the new size
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + "-" + width + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
