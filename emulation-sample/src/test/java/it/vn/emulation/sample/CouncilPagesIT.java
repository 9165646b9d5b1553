package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.util.HashMap;
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
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.support.ui.Select;

/**
 * The council's pages (step 6) on a fresh city of its own, two nominees found eligible and their
 * list published and closed through the API. Home Affairs convenes the council on the record page
 * (ui/work.html?view=council): on the list's last day it is refused beside the day, as the API
 * says; on the first day the API gives, it is convened with three members, two present. The vote
 * opened by keyboard, the council member votes on their own page (?view=council-vote): no choice is
 * refused beside the choices, then a vote per nominee, each shown as theirs afterwards. Home
 * Affairs records the other present member's votes and the absent one's written opinion (a written
 * opinion of a present member is refused beside the member), closes the vote, and the minutes show
 * per nominee the API's counts and whether it passed. After each act the API's state is checked;
 * axe-core finds no violation at 1280 and 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CouncilPagesIT {

  private static final String TAG = "emulation-council";
  private static final String VOTE = "emulation-council-vote";
  private static final String[][] MEMBERS = {
    {"council", "Lê Văn Phúc", "CHAIR"},
    {"pho.chu.tich", "Trần Thị Hai", "VICE_CHAIR"},
    {"uy.vien", "Võ Văn Ba", "MEMBER"}
  };
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

  private void set(SearchContext root, String id, String value) {
    browser.script("arguments[0].value = arguments[1];", root.findElement(By.id(id)), value);
  }

  private SearchContext atVersion(String tag, long version) {
    return p.awaitIn(tag, "e.dataset.version === arguments[0]", String.valueOf(version));
  }

  private SearchContext problemShown(String tag) {
    return p.awaitIn(tag, "!!r.querySelector('.error-summary')");
  }

  /** A list published on 6 February 2026 and closed on the first day the council may meet. */
  private JsonObject closedAnnouncement(String plan, String officer) {
    String announcements = "api/plans/" + plan + "/announcements";
    Api.Reply prepared =
        p.json(
            officer,
            "POST",
            announcements,
            null,
            "{\"occasionCode\":\"" + AppraisedNominees.OCCASION + "\"}");
    String one = announcements + "/" + prepared.object().getString("id");
    Api.Reply published =
        p.json(
            officer,
            "POST",
            one + "/publish",
            AppraisedNominees.ok(prepared),
            "{\"publishedOn\":\"2026-02-06\",\"channel\":\"https://rachgia.angiang.gov.vn/cong-khai\"}");
    String from = published.object().getString("councilFrom");
    AppraisedNominees.ok(
        p.json(
            officer,
            "POST",
            one + "/close",
            AppraisedNominees.ok(published),
            "{\"closedOn\":\"" + from + "\"}"));
    return p.read(officer, one);
  }

  @Test
  void theCouncilIsConvenedVotesAndItsMinutesGiveTheResult() {
    if (browser == null) {
      browser = Browser.start();
    }
    p = new StepPages(browser, base(), "council");
    FreshCity w = FreshCity.create(deployment);
    String officer = w.api().tokenOf("officer");
    String council = w.api().tokenOf("council");
    List<String> n = AppraisedNominees.two(w, p, officer);
    JsonObject announcement = closedAnnouncement(w.plan, officer);
    String meetings = "api/plans/" + w.plan + "/council-meetings";
    String mid = null;
    try {
      p.signInWith("?view=council&plan=" + w.plan, officer);
      SearchContext root = p.page(TAG, "queue");
      new Select(root.findElement(By.id("announcementId")))
          .selectByValue(announcement.getString("id"));
      for (int i = 0; i < MEMBERS.length; i++) {
        root.findElement(By.id("member-" + i + "-id")).sendKeys(MEMBERS[i][0]);
        root.findElement(By.id("member-" + i + "-name")).sendKeys(MEMBERS[i][1]);
        new Select(root.findElement(By.id("member-" + i + "-role"))).selectByValue(MEMBERS[i][2]);
      }
      root.findElement(By.id("member-0-present")).click();
      root.findElement(By.id("member-1-present")).click();
      root.findElement(By.id("place")).sendKeys("Hội trường UBND phường");
      p.check("convene");
      // on the list's last day: too early, the API's reason beside the day
      set(root, "day", announcement.getString("lastDay"));
      root.findElement(By.id("convene")).click();
      root = problemShown(TAG);
      assertThat(root.findElement(By.id("day")).getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(p.read(officer, meetings).getInt("total")).isZero();
      p.check("convene-refused");
      set(root, "day", announcement.getString("councilFrom"));
      root.findElement(By.id("convene")).click();
      root = p.page(TAG, "case");
      JsonObject m = p.read(officer, meetings).getJsonArray("items").getJsonObject(0);
      mid = m.getString("id");
      String one = meetings + "/" + mid;
      assertThat(m.getString("state")).isEqualTo("CONVENED");
      assertThat(m.getString("day")).isEqualTo(announcement.getString("councilFrom"));
      assertThat(m.getJsonArray("present").getValuesAs(jakarta.json.JsonString.class))
          .extracting(jakarta.json.JsonString::getString)
          .containsExactly("council", "pho.chu.tich");
      assertThat(m.getJsonObject("composition").getJsonArray("members")).hasSize(3);
      assertThat(StepPages.text(root, ".quorum-present")).isEqualTo("Có");
      p.check("convened");

      p.pressByKeyboard("open-voting");
      root = atVersion(TAG, 1);
      assertThat(p.read(officer, one).getString("state")).isEqualTo("VOTING");
      p.check("voting");

      // the council member, on their own page
      p.signInWith("?view=council-vote&plan=" + w.plan, council);
      root = p.page(VOTE, "ready");
      assertThat(root.findElements(By.cssSelector("section.meeting"))).hasSize(1);
      root.findElement(By.id("v-0-0-send")).click();
      root = problemShown(VOTE);
      assertThat(root.findElement(By.id("v-0-0-FOR")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(p.read(officer, one).getJsonArray("ballots")).isEmpty();
      p.check("vote-refused");
      root.findElement(By.id("v-0-0-FOR")).click();
      root.findElement(By.id("v-0-0-send")).click();
      root = p.awaitIn(VOTE, "r.querySelectorAll('.own-vote').length === 1");
      root.findElement(By.id("v-0-1-AGAINST")).click();
      p.pressByKeyboard("v-0-1-send");
      root = p.awaitIn(VOTE, "r.querySelectorAll('.own-vote').length === 2");
      JsonObject voted = p.read(officer, one);
      assertThat(voted.getJsonArray("ballots").getValuesAs(JsonObject.class))
          .extracting(
              b ->
                  b.getString("memberId")
                      + ":"
                      + b.getString("nominationId")
                      + ":"
                      + b.getString("choice"))
          .containsExactly("council:" + n.get(0) + ":FOR", "council:" + n.get(1) + ":AGAINST");
      assertThat(StepPages.text(root, "li[data-id='" + n.get(0) + "'] .own-vote"))
          .endsWith("Phiếu của anh/chị: Tán thành");
      // the member votes on people: each nominee by the name the participant registered
      Map<String, String> names = new HashMap<>();
      for (JsonObject nominee : voted.getJsonArray("nominees").getValuesAs(JsonObject.class)) {
        String pid = nominee.getString("participantId");
        String name =
            p.read(officer, "api/plans/" + w.plan + "/participants/" + pid).getString("name");
        names.put(nominee.getString("nominationId"), name + " (" + pid + ") — ");
      }
      assertThat(names).hasSize(2);
      for (var named : names.entrySet()) {
        assertThat(StepPages.text(root, "li[data-id='" + named.getKey() + "']"))
            .startsWith(named.getValue());
      }
      p.check("voted");

      // Home Affairs records the rest at the meeting, and the absent member's opinion in writing
      p.signInWith("?view=council&plan=" + w.plan + "&case=" + mid, officer);
      root = p.page(TAG, "case");
      long version = 4;
      for (String[] v :
          List.of(
              new String[] {"pho.chu.tich", n.get(0), "FOR", "record-vote"},
              new String[] {"pho.chu.tich", n.get(1), "AGAINST", "record-vote"},
              new String[] {"uy.vien", n.get(0), "FOR", "record-written"})) {
        new Select(root.findElement(By.id("memberId"))).selectByValue(v[0]);
        new Select(root.findElement(By.id("nominationId"))).selectByValue(v[1]);
        root.findElement(By.id("choice-" + v[2])).click();
        root.findElement(By.id(v[3])).click();
        root = atVersion(TAG, version++);
      }
      // a present member's written opinion: refused beside the member
      new Select(root.findElement(By.id("memberId"))).selectByValue("council");
      new Select(root.findElement(By.id("nominationId"))).selectByValue(n.get(1));
      root.findElement(By.id("choice-ABSTAIN")).click();
      root.findElement(By.id("record-written")).click();
      root = problemShown(TAG);
      assertThat(root.findElement(By.id("memberId")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(p.read(officer, one).getJsonArray("ballots")).hasSize(5);
      assertThat(
              root.findElement(
                      By.cssSelector(
                          "table.ballots tr[data-id='" + n.get(0) + "'] td[data-member='uy.vien']"))
                  .getAttribute("data-choice"))
          .isEqualTo("FOR");
      p.check("votes-recorded");

      root.findElement(By.id("close-vote")).click();
      root = atVersion(TAG, version);
      JsonObject closed = p.read(officer, one);
      assertThat(closed.getString("state")).isEqualTo("CLOSED");
      for (JsonObject r :
          closed.getJsonObject("minutes").getJsonArray("results").getValuesAs(JsonObject.class)) {
        String id = r.getJsonObject("nominee").getString("nominationId");
        String row = "table.results tr[data-id='" + id + "']";
        assertThat(root.findElement(By.cssSelector(row)).getAttribute("data-approved"))
            .isEqualTo(String.valueOf(r.getBoolean("approved")));
        assertThat(StepPages.texts(root, row + " td.count"))
            .containsExactly(
                String.valueOf(r.getInt("votesFor")),
                String.valueOf(r.getInt("votesAgainst")),
                String.valueOf(r.getInt("abstentions")),
                String.valueOf(r.getInt("notVoting")),
                String.valueOf(r.getInt("members")));
        assertThat(StepPages.text(root, row + " td.result"))
            .isEqualTo(r.getBoolean("approved") ? "Đạt" : "Không đạt");
        assertThat(StepPages.text(root, row + " th")).startsWith(names.get(id));
      }
      assertThat(closed.getJsonObject("minutes").getJsonArray("approved").getString(0))
          .isEqualTo(n.get(0));
      assertThat(StepPages.history(root))
          .containsExactly("openVoting", "vote", "vote", "vote", "vote", "voteInWriting", "close");
      p.check("minutes");

      browser.driver.findElement(By.cssSelector(".languages button[data-lang=en]")).click();
      root =
          p.awaitIn(TAG, "r.querySelector('table.results td.result')?.textContent.startsWith('P')");
      assertThat(StepPages.text(root, "section.case")).doesNotContain("undefined", "null");
      p.check("minutes-en");
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("council-failed", 1280);
      throw new AssertionError(
          "the page shows: "
              + browser.script(
                  "const e = document.querySelector('"
                      + TAG
                      + "') || document.querySelector('"
                      + VOTE
                      + "');"
                      + " return e ? e.shadowRoot.textContent : document.body.textContent;"),
          e);
    }
    assertThat(p.accessibility).isEmpty();
    assertThat(p.refusals).isEmpty();
  }
}
