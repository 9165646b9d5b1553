package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.support.ui.Select;

/**
 * Home Affairs' announcement desk (ui/work.html?view=announcement-desk, step 5) on a fresh city of
 * its own, two nominees found eligible through the API. The officer draws the list up by keyboard
 * (no occasion chosen first: the API's reason beside the select), publishes it (the period, its
 * last day and the first day the council may meet are the API's), records an opinion, is refused
 * closing while it is unanswered (beside the answer's box) and answering without words; a change
 * made meanwhile by another officer is a 412 notice and the page reads the case again; every
 * opinion answered, the list is closed; a second list is withdrawn with its reason. After each act
 * the API's state is checked; axe-core finds no violation at 1280 and 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnouncementDeskPagesIT {

  private static final String TAG = "emulation-announcement-desk";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private StepPages p;
  private String officer;
  private String announcements;

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

  private void set(SearchContext root, String id, String value) {
    browser.script("arguments[0].value = arguments[1];", root.findElement(By.id(id)), value);
  }

  private SearchContext atVersion(long version) {
    return p.awaitIn(TAG, "e.dataset.version === arguments[0]", String.valueOf(version));
  }

  private SearchContext problemShown() {
    return p.awaitIn(TAG, "!!r.querySelector('.error-summary')");
  }

  private static String day(JsonObject o, String field) {
    return LocalDate.parse(o.getString(field)).format(DAY);
  }

  @Test
  void homeAffairsPublishesAnswersAndClosesTheList() {
    if (browser == null) {
      browser = Browser.start();
    }
    p = new StepPages(browser, base(), "announcement-desk");
    FreshCity w = FreshCity.create(deployment);
    officer = w.api().tokenOf("officer");
    List<String> nominated = AppraisedNominees.two(w, p, officer);
    announcements = "api/plans/" + w.plan + "/announcements";
    try {
      p.signInWith("?view=announcement-desk&plan=" + w.plan, officer);
      SearchContext root = p.page(TAG, "queue");
      assertThat(root.findElements(By.id("prepare"))).hasSize(1);
      p.check("queue");

      // no occasion chosen: the API names the field, beside its select
      p.pressByKeyboard("prepare");
      root = problemShown();
      assertThat(root.findElement(By.id("occasionCode")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(p.read(officer, announcements).getInt("total")).isZero();
      p.check("prepare-refused");
      new Select(root.findElement(By.id("occasionCode"))).selectByValue(AppraisedNominees.OCCASION);
      p.pressByKeyboard("prepare");
      root = p.page(TAG, "case");
      JsonObject listed = p.read(officer, announcements);
      assertThat(listed.getInt("total")).isEqualTo(1);
      JsonObject a = listed.getJsonArray("items").getJsonObject(0);
      String one = announcements + "/" + a.getString("id");
      assertThat(a.getString("state")).isEqualTo("PREPARED");
      assertThat(root.findElements(By.cssSelector("table.nominees tbody tr")))
          .extracting(r -> r.getAttribute("data-id"))
          .containsExactlyInAnyOrderElementsOf(nominated);
      // who is proposed, by the names the participants registered
      assertThat(StepPages.texts(root, "table.nominees tbody th.participant"))
          .allSatisfy(t -> assertThat(t).startsWith("Công ty TNHH "))
          .hasSize(nominated.size());
      p.check("prepared");

      root.findElement(By.id("channel")).sendKeys("https://rachgia.angiang.gov.vn/cong-khai");
      set(root, "publishedOn", "2026-02-06");
      root.findElement(By.id("publish-send")).click();
      root = atVersion(1);
      a = p.read(officer, one);
      assertThat(a.getString("state")).isEqualTo("PUBLISHED");
      assertThat(StepPages.text(root, ".last-day")).isEqualTo(day(a, "lastDay"));
      assertThat(StepPages.text(root, ".council-from")).isEqualTo(day(a, "councilFrom"));
      assertThat(LocalDate.parse(a.getString("councilFrom")))
          .isAfter(LocalDate.parse(a.getString("lastDay")));
      assertThat(root.findElements(By.cssSelector("ul.periods li")))
          .hasSize(a.getJsonArray("periods").size());
      assertThat(StepPages.text(root, "#announce")).contains(day(a, "lastDay"));
      p.check("published");

      root.findElement(By.id("author")).sendKeys("Trần Văn Bình, tổ 3");
      set(root, "receivedOn", "2026-02-06");
      root.findElement(By.id("text")).sendKeys("Đề nghị làm rõ thành tích của công ty");
      new Select(root.findElement(By.id("nominationId"))).selectByValue(nominated.get(1));
      root.findElement(By.id("comment-send")).click();
      root = atVersion(2);
      a = p.read(officer, one);
      JsonObject c1 = a.getJsonArray("comments").getJsonObject(0);
      assertThat(c1.getString("author")).isEqualTo("Trần Văn Bình, tổ 3");
      assertThat(c1.getString("nominationId")).isEqualTo(nominated.get(1));
      assertThat(StepPages.text(root, "li.comment[data-number='1'] .text"))
          .isEqualTo("Đề nghị làm rõ thành tích của công ty");

      // closing with the opinion unanswered: the API's reason beside its answer's box
      String councilFrom = a.getString("councilFrom");
      set(root, "closedOn", councilFrom);
      root.findElement(By.id("close-send")).click();
      root = problemShown();
      assertThat(root.findElement(By.id("answer-1")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(p.read(officer, one).getString("state")).isEqualTo("PUBLISHED");
      p.check("close-refused");

      // an answer without words
      root.findElement(By.id("answer-1-send")).click();
      root = p.awaitIn(TAG, "!!r.querySelector('form.answer .error-summary')");
      assertThat(StepPages.text(root, "form.answer .error-summary"))
          .contains(StepPages.text(root, "form.answer .field-problem"));
      assertThat(p.read(officer, one).getJsonArray("comments").getJsonObject(0))
          .doesNotContainKey("answer");

      // another officer records an opinion meanwhile: the page's version is stale (412)
      AppraisedNominees.ok(
          p.json(
              w.api().tokenOf("admin"),
              "POST",
              one + "/comments",
              "\"2\"",
              "{\"author\":\"Nguyễn Thị Hoa\",\"receivedOn\":\"2026-02-06\","
                  + "\"text\":\"Đồng ý với danh sách\"}"));
      root.findElement(By.id("answer-1")).sendKeys("Đã xác minh: thành tích đúng như hồ sơ");
      root.findElement(By.id("answer-1-send")).click();
      root = p.awaitIn(TAG, "!!r.getElementById('notice') && e.dataset.version === '3'");
      assertThat(root.findElements(By.cssSelector("li.comment"))).hasSize(2);
      assertThat(p.focused()).isEqualTo("notice");
      p.check("conflict");

      for (int n = 1; n <= 2; n++) {
        root.findElement(By.id("answer-" + n)).sendKeys("Đã xác minh, trả lời ý kiến số " + n);
        p.pressByKeyboard("answer-" + n + "-send");
        root = atVersion(3 + n);
      }
      a = p.read(officer, one);
      assertThat(a.getJsonArray("comments").getValuesAs(JsonObject.class))
          .allMatch(x -> x.containsKey("answer") && !x.isNull("answer"));
      assertThat(StepPages.text(root, "li.comment[data-number='1'] .answer"))
          .endsWith("Đã xác minh, trả lời ý kiến số 1");
      set(root, "closedOn", councilFrom);
      root.findElement(By.id("close-send")).click();
      root = atVersion(6);
      a = p.read(officer, one);
      assertThat(a.getString("state")).isEqualTo("CLOSED");
      assertThat(root.findElement(By.cssSelector(".case .state")).getAttribute("data-state"))
          .isEqualTo("CLOSED");
      assertThat(root.findElements(By.cssSelector("form"))).isEmpty();
      assertThat(StepPages.history(root))
          .containsExactly("publish", "comment", "comment", "answer", "answer", "close");
      p.check("closed");

      // a second list, withdrawn: the reason is required, then kept in its history
      root.findElement(By.cssSelector("button.close-case")).click();
      root = p.page(TAG, "queue");
      new Select(root.findElement(By.id("occasionCode"))).selectByValue(AppraisedNominees.OCCASION);
      root.findElement(By.id("prepare")).click();
      root = p.page(TAG, "case");
      root.findElement(By.id("withdraw-send")).click();
      root = problemShown();
      assertThat(root.findElement(By.id("reason")).getAttribute("aria-invalid")).isEqualTo("true");
      root.findElement(By.id("reason")).sendKeys("Lập nhầm; danh sách đã công khai xong");
      root.findElement(By.id("withdraw-send")).click();
      root = atVersion(1);
      JsonObject withdrawn =
          p.read(officer, announcements + "?state=WITHDRAWN")
              .getJsonArray("items")
              .getJsonObject(0);
      assertThat(withdrawn.getJsonArray("transitions").getJsonObject(0).getString("reason"))
          .isEqualTo("Lập nhầm; danh sách đã công khai xong");
      assertThat(StepPages.text(root, ".case .state")).isEqualTo("Đã rút");

      browser.driver.findElement(By.cssSelector(".languages button[data-lang=en]")).click();
      root = p.awaitIn(TAG, "r.querySelector('.case .state')?.textContent === 'Withdrawn'");
      p.check("withdrawn-en");
      assertThat(StepPages.text(root, "section.case")).doesNotContain("undefined", "null");
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("announcement-desk-failed", 1280);
      throw new AssertionError(
          "the page shows: "
              + browser.script(
                  "const e = document.querySelector('"
                      + TAG
                      + "');"
                      + " return e ? e.shadowRoot.textContent : document.body.textContent;"),
          e);
    }
    assertThat(p.accessibility).isEmpty();
    assertThat(p.refusals).isEmpty();
  }
}
