package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The law's forms in force on a day, a published read (ADR 0044). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LawFormsIT {

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private static JsonObject form(Api.Reply r, String code) {
    return r.object().getJsonArray("forms").getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> offices(JsonObject form) {
    return form.getJsonArray("grantedBy").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("office"))
        .toList();
  }

  @Test
  void theFormsOfEachDayAreThoseOfTheVersionInForceWithoutAToken() {
    Api api = new Api(deployment);

    Api.Reply before = api.get("api/law/forms?on=2025-06-30", "vi");
    Api.Reply after = api.get("api/law/forms?on=2025-07-01", "vi");

    assertThat(before.status()).as(before.body()).isEqualTo(200);
    assertThat(after.status()).as(after.body()).isEqualTo(200);
    assertThat(before.object().getInt("version")).isEqualTo(1);
    assertThat(after.object().getInt("version")).isEqualTo(2);
    JsonObject giayKhen = form(after, "GIAY_KHEN");
    assertThat(giayKhen.getString("kind")).isEqualTo("COMMENDATION");
    assertThat(giayKhen.getJsonObject("name").getString("vi")).contains("Giấy khen");
    assertThat(giayKhen.getJsonArray("recipients").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD");
    assertThat(giayKhen.getJsonArray("dossier")).isNotEmpty();
    // the districts' power went with the reform of 1 July 2025
    assertThat(offices(form(before, "GIAY_KHEN"))).contains("DISTRICT_CHAIRMAN");
    assertThat(offices(giayKhen)).doesNotContain("DISTRICT_CHAIRMAN").contains("COMMUNE_CHAIRMAN");
    assertThat(form(after, "LAO_DONG_TIEN_TIEN").getJsonArray("recipients")).hasSize(1);
  }

  @Test
  void aMalformedDayOrOneNoVersionGovernsIsAProblemAtOn() {
    Api api = new Api(deployment);

    for (String bad : List.of("2025-02-30", "01/07/2025", "1990-01-01")) {
      Api.Reply r = api.get("api/law/forms?on=" + bad, "en");
      assertThat(r.status()).as(bad + ": " + r.body()).isEqualTo(400);
      assertThat(r.body()).contains("\"on\"").doesNotContain("Exception");
    }
  }
}
