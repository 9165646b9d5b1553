package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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

/**
 * The public announcement page (ui/announcements.html, step 5), read without signing in, on a fresh
 * city of its own: two nominees found eligible and the occasion's list published through the API;
 * the page shows what the published read answers anyone — the nominees' names, the day published,
 * the last day for opinions, how many opinions were received — and nothing before it is published;
 * it speaks English on the switch. axe-core finds no violation at 1280 and 360 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnouncementPagesIT {

  private static final String OCCASION = "ANNUAL-2023";
  private static final String DECLARED =
      "\"GEN-POLICY\":{\"answer\":\"YES\",\"reference\":\"BC-01\"},"
          + "\"GEN-TASKS\":{\"answer\":\"YES\",\"reference\":\"BC-01\"},"
          + "\"GEN-UNITY\":{\"answer\":\"YES\",\"reference\":\"BB-02\"},"
          + "\"GEN-PARTY\":{\"answer\":\"YES\",\"reference\":\"QĐ-03\"},"
          + "\"GEN-NO-VIOLATION\":{\"answer\":\"YES\",\"reference\":\"XN-04\"},"
          + "\"C-DIGITAL-PLATFORMS\":{\"answer\":\"YES\",\"reference\":\"BC-05\"},"
          + "\"C-E-CONTRACTS-INVOICES\":{\"answer\":\"YES\",\"reference\":\"BC-05\"},"
          + "\"C-CASHLESS\":{\"answer\":\"YES\",\"reference\":\"BC-05\"},"
          + "\"C-CONTRIBUTION\":{\"answer\":\"YES\",\"reference\":\"BC-06\"}";
  private static final byte[] PDF =
      "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
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

  private static byte[] docx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (String e : List.of("[Content_Types].xml", "word/document.xml")) {
        z.putNextEntry(new ZipEntry(e));
        z.write("<x/>".getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String ok(Api.Reply r) {
    assertThat(r.status()).as(r.body()).isIn(200, 201);
    return r.header("ETag");
  }

  /** A nomination sent complete and found eligible, through the API. */
  private void appraised(String plan, String ward, String officer, String participant) {
    String nominations = "api/plans/" + plan + "/nominations";
    Api.Reply opened =
        p.json(
            ward,
            "POST",
            nominations,
            null,
            "{\"occasionCode\":\""
                + OCCASION
                + "\",\"participantId\":\""
                + participant
                + "\",\"awardFormCode\":\"GIAY_KHEN_CHU_TICH_TP\",\"lawFormCode\":\"GIAY_KHEN\","
                + "\"sets\":1,\"documents\":[]}");
    String one = nominations + "/" + opened.object().getString("id");
    String v = ok(opened);
    v =
        ok(
            p.as(
                ward,
                "PUT",
                one + "/documents/SUBMISSION/files?filename=t.pdf",
                v,
                "application/pdf",
                PDF));
    v =
        ok(
            p.as(
                ward,
                "PUT",
                one + "/documents/ACHIEVEMENT_REPORT/files?filename=b.png",
                v,
                "image/png",
                PNG));
    v =
        ok(
            p.as(
                ward,
                "PUT",
                one + "/documents/REVIEW_MINUTES/files?filename=m.docx",
                v,
                null,
                docx()));
    v = ok(p.json(ward, "POST", one + "/submit", v, "{}"));
    ok(p.json(officer, "POST", one + "/eligible", v, "{}"));
  }

  @Test
  void anyoneReadsThePublishedListWithoutSigningIn() {
    if (browser == null) {
      browser = Browser.start();
    }
    p = new StepPages(browser, base(), "announcement");
    FreshCity w = FreshCity.create(deployment);
    w.reportSampleFigures();
    String e1 = w.participant("e1", "COLLECTIVE", "Công ty TNHH Một", "ENTERPRISES", w.wardA);
    String e3 = w.participant("e3", "COLLECTIVE", "Công ty TNHH Ba", "ENTERPRISES", w.wardA);
    w.evidence(e1, OCCASION, "{\"answers\":{" + DECLARED + "},\"registeredOn\":\"2023-01-20\"}");
    w.evidence(e3, OCCASION, "{\"answers\":{" + DECLARED + "},\"registeredOn\":\"2023-01-25\"}");
    Api api = new Api(deployment);
    String ward = api.tokenOf("reporter.vinhlac", w.wardA);
    String officer = api.tokenOf("officer");
    appraised(w.plan, ward, officer, e1);
    appraised(w.plan, ward, officer, e3);
    String announcements = "api/plans/" + w.plan + "/announcements";
    Api.Reply prepared =
        p.json(officer, "POST", announcements, null, "{\"occasionCode\":\"" + OCCASION + "\"}");
    String tag = ok(prepared);
    String aid = prepared.object().getString("id");
    try {
      // prepared, not published: the page has nothing to show
      browser.driver.get(base().resolve("ui/announcements.html?plan=" + w.plan).toString());
      SearchContext root = p.page("emulation-announcements", "ready");
      assertThat(root.findElements(By.cssSelector("p.none"))).hasSize(1);
      p.check("none");

      ok(
          p.json(
              officer,
              "POST",
              announcements + "/" + aid + "/publish",
              tag,
              "{\"publishedOn\":\"2026-02-06\",\"channel\":\"https://rachgia.angiang.gov.vn/cong-khai\"}"));
      JsonObject published = p.read(null, announcements + "/" + aid + "/public");
      browser.driver.navigate().refresh();
      root = p.page("emulation-announcements", "ready");
      assertThat(StepPages.texts(root, "section.announcement[data-id='" + aid + "'] th.name"))
          .containsExactlyInAnyOrderElementsOf(
              published.getJsonArray("nominees").getValuesAs(JsonObject.class).stream()
                  .map(n -> n.getString("name"))
                  .toList())
          .containsExactlyInAnyOrder("Công ty TNHH Một", "Công ty TNHH Ba");
      String facts = StepPages.text(root, "section.announcement[data-id='" + aid + "'] dl.facts");
      assertThat(facts).contains("06/02/2026").contains("https://rachgia.angiang.gov.vn/cong-khai");
      assertThat(StepPages.text(root, ".opinions"))
          .startsWith(String.valueOf(published.getInt("comments")));
      // every word shown is the API's or the page's own: none is a missing value
      assertThat(StepPages.text(root, "section.announcement")).doesNotContain("undefined", "null");
      // the page asked as anyone does: no session, no sign-in control on it
      assertThat(browser.driver.findElements(By.cssSelector("emulation-sign-in"))).isEmpty();
      p.check("published");

      browser.driver.findElement(By.cssSelector(".languages button[data-lang=en]")).click();
      root =
          p.awaitIn(
              "emulation-announcements",
              "r.querySelector('caption')?.textContent.startsWith('Proposed')");
      assertThat(browser.driver.findElement(By.cssSelector("h1")).getText())
          .isEqualTo("Public announcement of award nominees");
      p.check("published-en");
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("announcement-failed", 1280);
      throw new AssertionError(
          "the page shows: "
              + browser.script(
                  "const e = document.querySelector('emulation-announcements');"
                      + " return e ? e.shadowRoot.textContent : document.body.textContent;"),
          e);
    }
    assertThat(p.accessibility).isEmpty();
    assertThat(p.refusals).isEmpty();
  }
}
