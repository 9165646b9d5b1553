package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Content-Language says the language actually sent, and problems read right: a failed read does not
 * claim that nothing was stored, and one problem is one problem.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnswerLanguageIT {

  static final String PLAN = "rach-gia-2022-2025";

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  @Test
  void vietnameseDataSaysVietnameseEvenToAnEnglishReader() {
    Api.Reply units = api().get("api/units?date=2024-01-01", "en");
    Api.Reply categories = api().get("api/plans/" + PLAN + "/categories", "en");

    assertThat(units.status()).isEqualTo(200);
    assertThat(units.header("Content-Language")).isEqualTo("vi");
    assertThat(categories.status()).isEqualTo(200);
    assertThat(categories.header("Content-Language")).isEqualTo("vi, en");
  }

  @Test
  void aProblemSaysTheReadersLanguage() {
    assertThat(api().get("api/units?date=never", "en").header("Content-Language")).isEqualTo("en");
    assertThat(api().get("api/units?date=never", null).header("Content-Language")).isEqualTo("vi");
  }

  @Test
  void aFailedReadDoesNotSayNothingWasStoredAndCountsRight() {
    Api.Reply read = api().get("api/units?date=never", "en");
    Api.Reply write = api().post("api/units", "{\"colour\":\"red\"}", "en");

    assertThat(read.status()).isEqualTo(400);
    assertThat(read.object().getString("detail")).isEqualTo("1 problem in the request");
    assertThat(write.status()).isEqualTo(400);
    assertThat(write.object().getString("detail")).isEqualTo("1 problem found; nothing was stored");
  }

  private Api api() {
    return new Api(deployment);
  }
}
