package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;

/**
 * The notices page (ui/work.html?view=notices, ADR 0046) in Chromium, on a fresh city of its own: a
 * ward sends its registration and Home Affairs returns it with a reason in Vietnamese through the
 * API; the ward's staff, signed in to the workspace, find the return among their notices, its
 * subject and reason as the API words them (diacritics kept), unread, the badge counting what the
 * API counts; by keyboard alone they mark it read, the focus goes back to the heading, and the API
 * agrees that it is read and that one fewer is unread. axe-core finds no violation at 1280 and 360
 * px, before and after; screenshots of both.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoticesPagesIT {

  private static final String TAG = "emulation-notices";
  private static final byte[] PDF =
      "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);
  private static final String REASON =
      "Kế hoạch của đơn vị chưa có chữ ký của Chủ tịch UBND phường; đề nghị bổ sung trước ngày 15";

  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private StepPages p;

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

  @Test
  void theWardReadsTheReturnWithItsReasonAndMarksItReadByKeyboard() {
    if (browser == null) {
      browser = Browser.start();
    }
    p = new StepPages(browser, base(), "notices");
    FreshCity w = FreshCity.create(deployment);
    String ubndA =
        w.participant("ubnd-a", "COLLECTIVE", "UBND phường Một", "WARD_COMMITTEES", w.wardA);
    Api api = new Api(deployment);
    String ward = api.tokenOf("reporter.vinhlac", w.wardA);
    String officer = api.tokenOf("officer");
    String caseId = returnedWithAReason(w, ubndA, ward, officer);
    JsonObject notice = noticeOf(ward, caseId, true);
    String id = notice.getString("id");
    long unread = unread(ward);
    assertThat(unread).isGreaterThanOrEqualTo(1);
    try {
      p.signInWith("?view=notices", ward);
      SearchContext root =
          p.awaitIn(
              TAG, "!!r.querySelector('li.notice[data-id=\"' + arguments[0] + '\"]')", (Object) id);
      String shown = item(root, id);
      assertThat(shown)
          .as("the return as the API words it, in Vietnamese")
          .contains(notice.getJsonObject("subject").getString("vi"))
          .contains("Trả lại để chỉnh sửa: bản đăng ký thi đua của đơn vị " + w.wardA)
          .contains("Lý do: " + REASON)
          .contains("Đánh dấu đã đọc");
      assertThat(
              root.findElement(By.cssSelector("li.notice[data-id=\"" + id + "\"]"))
                  .getAttribute("data-read"))
          .isEqualTo("false");
      assertThat(StepPages.text(root, "h2 .badge")).isEqualTo(unread + " chưa đọc");
      assertThat(StepPages.text(root, "h2")).startsWith("Thông báo");
      p.check("unread");

      // by Tab alone from the top of the page to this notice's button, then Enter
      browser.script(
          "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
      tabToTheButtonOf(id, 150);
      p.keys(Keys.ENTER);
      root =
          p.awaitIn(
              TAG,
              "(r.querySelector('li.notice[data-id=\"' + arguments[0] + '\"]') || {}).dataset"
                  + " && r.querySelector('li.notice[data-id=\"' + arguments[0] + '\"]')"
                  + ".dataset.read === 'true'",
              (Object) id);
      browser.await(
          "const e = document.querySelector(arguments[0]);"
              + " return e.shadowRoot.activeElement && e.shadowRoot.activeElement.id"
              + " === 'notices-heading';",
          TAG);
      assertThat(p.focused()).as("the focus returns to the heading").isEqualTo("notices-heading");
      assertThat(item(root, id)).contains("Lý do: " + REASON).contains("Đã đọc");
      assertThat(root.findElements(By.cssSelector("li.notice[data-id=\"" + id + "\"] button")))
          .as("a read notice offers no button")
          .isEmpty();

      // the API agrees: read, and one fewer unread, which the badge shows
      assertThat(noticeOf(ward, caseId, false).getBoolean("read")).isTrue();
      assertThat(
              items(p.read(ward, "api/notices?unread=true")).stream()
                  .filter(n -> n.getString("caseId").equals(caseId))
                  .toList())
          .isEmpty();
      assertThat(unread(ward)).isEqualTo(unread - 1);
      assertThat(StepPages.text(root, "h2 .badge")).isEqualTo((unread - 1) + " chưa đọc");
      p.check("read");
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("notices-failed", 1280);
      throw new AssertionError(
          "the page shows: "
              + browser.script(
                  "const e = document.querySelector(arguments[0]);"
                      + " return e && e.shadowRoot ? e.shadowRoot.textContent"
                      + " : document.body.textContent;",
                  TAG),
          e);
    }
    assertThat(p.accessibility).isEmpty();
    assertThat(p.refusals).isEmpty();
  }

  /** The ward opens and sends a registration; Home Affairs returns it with {@link #REASON}. */
  private String returnedWithAReason(FreshCity w, String participant, String ward, String officer) {
    String registrations = "api/plans/" + w.plan + "/registrations";
    Api.Reply opened =
        p.json(
            ward,
            "POST",
            registrations,
            null,
            "{\"unitCode\":\"" + w.wardA + "\",\"participantIds\":[\"" + participant + "\"]}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String caseId = opened.object().getString("id");
    String one = registrations + "/" + caseId;
    Api.Reply attached =
        p.as(
            ward,
            "PUT",
            one + "/own-plan?filename=" + URLEncoder.encode("kế-hoạch.pdf", StandardCharsets.UTF_8),
            p.etag(ward, one),
            "application/pdf",
            PDF);
    assertThat(attached.status()).as(attached.body()).isEqualTo(200);
    Api.Reply sent = p.json(ward, "POST", one + "/submit", p.etag(ward, one), "{}");
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    Api.Reply returned =
        p.json(
            officer,
            "POST",
            one + "/return",
            p.etag(officer, one),
            "{\"reason\":\"" + REASON + "\"}");
    assertThat(returned.status()).as(returned.body()).isEqualTo(200);
    return caseId;
  }

  /** The ward's one notice of the case's return, as the API lists it (the unread ones only?). */
  private JsonObject noticeOf(String token, String caseId, boolean unreadOnly) {
    List<JsonObject> found =
        items(p.read(token, "api/notices" + (unreadOnly ? "?unread=true" : ""))).stream()
            .filter(n -> n.getString("caseId").equals(caseId))
            .toList();
    assertThat(found).hasSize(1);
    JsonObject n = found.get(0);
    assertThat(n.getString("kind")).isEqualTo("RETURNED");
    assertThat(n.getString("reason")).isEqualTo(REASON);
    return n;
  }

  private long unread(String token) {
    return p.read(token, "api/notices/unread").getJsonNumber("unread").longValue();
  }

  private static List<JsonObject> items(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static String item(SearchContext root, String id) {
    return root.findElement(By.cssSelector("li.notice[data-id=\"" + id + "\"]")).getText();
  }

  /** Tabs until the focus is on the mark-read button of the notice {@code id}. */
  private void tabToTheButtonOf(String id, int max) {
    for (int i = 1; i <= max; i++) {
      p.keys(Keys.TAB);
      Object on =
          browser.script(
              "let a = document.activeElement;"
                  + " while (a && a.shadowRoot && a.shadowRoot.activeElement)"
                  + " a = a.shadowRoot.activeElement;"
                  + " const li = a && a.localName === 'button' && a.closest('li.notice');"
                  + " return !!li && li.dataset.id === arguments[0];",
              id);
      if (Boolean.TRUE.equals(on)) {
        return;
      }
    }
    throw new AssertionError("Tab never reached the notice's button; focus on " + p.focused());
  }
}
