package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;

/**
 * The signed-in workspace of the web UI (ui/work.html): signing in through the page with the
 * sample's development sign-in shows who the API says the caller is; the token stays in memory only
 * (never in the address, the storage or a cookie); a refused token is said in words and signs
 * nobody in; signing out forgets the caller; the settings the pages read name the development
 * sign-in. axe-core on the signed-out and signed-in page at desktop and phone width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkspaceIT {

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

  private String signInText() {
    return (String)
        browser()
            .script(
                "return document.querySelector('emulation-sign-in').shadowRoot.textContent"
                    + " + ' | ' + document.querySelector('main').textContent;");
  }

  @Test
  void signsInThroughThePageAsTheApiReadsTheTokenAndKeepsTheTokenInMemoryOnly() {
    browser().signIn(base(), "?view=none", "reporter.vinhlac");
    Api api = new Api(deployment).as("reporter.vinhlac");
    Api.Reply me = api.get("api/me", "vi");
    assertThat(me.status()).isEqualTo(200);
    JsonObject caller = me.object();
    assertThat(caller.getString("unit")).isEqualTo("30745");
    assertThat(caller.getJsonArray("roles").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("reporter");

    String shown = signInText();
    assertThat(shown).contains("reporter.vinhlac").contains("Cán bộ báo cáo").contains("30745");
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

    // a reload forgets it: memory only
    browser().driver.navigate().refresh();
    browser()
        .await(
            "const s = document.querySelector('emulation-sign-in');"
                + " return !!s && !!s.shadowRoot && !!s.shadowRoot.querySelector('form.token');");
    assertThat(signInText()).contains("Trang này cần đăng nhập.");
  }

  @Test
  void aRefusedTokenIsSaidInWordsAndSignsNobodyIn() {
    browser().driver.get(base().resolve("ui/work.html?lang=en").toString());
    browser()
        .await(
            "const s = document.querySelector('emulation-sign-in');"
                + " return !!s && !!s.shadowRoot && !!s.shadowRoot.querySelector('form.token');");
    for (String[] attempt :
        new String[][] {
          {"not a token at all", "This is not an access token."},
          {"eyJhbGciOiJSUzI1NiJ9.eyJ1cG4iOiJhZG1pbiJ9.c2lnbmF0dXJl", "Signing in failed"}
        }) {
      browser()
          .script(
              "const root = document.querySelector('emulation-sign-in').shadowRoot;"
                  + " root.querySelector('input[name=token]').value = arguments[0];"
                  + " root.querySelector('form.token button[type=submit]').click();",
              attempt[0]);
      browser()
          .await(
              "const p = document.querySelector('emulation-sign-in').shadowRoot"
                  + ".querySelector('.problem'); return !!p && p.textContent.includes(arguments[0]);",
              attempt[1]);
      assertThat(signInText()).contains("This page needs you to sign in.");
    }
  }

  @Test
  void signingOutForgetsTheCaller() {
    browser().signIn(base(), "", "admin");
    browser()
        .script(
            "document.querySelector('emulation-sign-in').shadowRoot"
                + ".querySelector('button.sign-out').click();");
    browser()
        .await(
            "return !!document.querySelector('emulation-sign-in').shadowRoot"
                + ".querySelector('form.token');");
    assertThat(signInText()).contains("Trang này cần đăng nhập.").doesNotContain("admin ·");
  }

  @Test
  void theSettingsNameTheDevelopmentSignInWithTheUisHeaders() {
    Api.Reply r = new Api(deployment).withAuthorization(null).get("ui/settings.json", "vi");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.object().getString("devSignIn")).isEqualTo("/dev-signin/");
    assertThat(r.object().getJsonArray("portalOrigins")).isEmpty();
    assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'");
  }

  @Test
  void theSignedOutAndSignedInPagesHaveNoSeriousAccessibilityViolationAtEitherWidth() {
    List<String> problems = new ArrayList<>();
    for (int width : new int[] {1280, 375}) {
      browser().driver.manage().window().setSize(new Dimension(width, 900));
      browser().driver.get(base().resolve("ui/work.html").toString());
      browser()
          .await(
              "const s = document.querySelector('emulation-sign-in');"
                  + " return !!s && !!s.shadowRoot && !!s.shadowRoot.querySelector('select option');");
      browser().screenshot("workspace-signed-out", width);
      browser().axeViolations(List.of("serious", "critical")).stream()
          .map(v -> "signed out at " + width + ": " + v)
          .forEach(problems::add);
      browser().signIn(base(), "", "officer");
      browser().screenshot("workspace-signed-in", width);
      browser().axeViolations(List.of("serious", "critical")).stream()
          .map(v -> "signed in at " + width + ": " + v)
          .forEach(problems::add);
    }
    browser().driver.manage().window().setSize(new Dimension(1280, 900));
    assertThat(problems).isEmpty();
  }
}
