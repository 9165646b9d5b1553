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

/**
 * No silent coercion: what JSON-B used to turn into something else (1.7 into 1, 2⁶⁴+1 into 1, 10³⁰
 * into 5076944270305263616, "5" into 5, year 2025.5 into 2025), a misspelt field it ignored, a code
 * of control and bidi characters it stored, are each a 400 problem naming the field and quoting the
 * value as sent, and nothing is stored. Query parameters likewise.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StrictInputIT {

  static final String PLAN = "rach-gia-2022-2025";
  static final String WARD = "30745";
  static final String MEASUREMENTS = "api/plans/" + PLAN + "/measurements";

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  /** A JSON body, the field it gets wrong, and how the problem must quote it. */
  private record Bad(String json, String field, String quoted) {}

  private static String report(String figures) {
    return "{\"indicatorCode\":\"G2\",\"unitCode\":\"" + WARD + "\",\"year\":2024," + figures + "}";
  }

  @Test
  void aReportIsNeverCoercedAndNothingIsStored() {
    List<Bad> cases =
        List.of(
            new Bad(report("\"numerator\":1.7,\"denominator\":2"), "numerator", "1.7"),
            new Bad(
                report("\"numerator\":18446744073709551617,\"denominator\":2"),
                "numerator",
                "18446744073709551617"),
            new Bad(report("\"numerator\":1e30,\"denominator\":2"), "numerator", "1e30"),
            new Bad(report("\"numerator\":\"5\",\"denominator\":10"), "numerator", "\"5\""),
            new Bad(
                "{\"indicatorCode\":\"G2\",\"unitCode\":\""
                    + WARD
                    + "\",\"year\":2025.5,"
                    + "\"numerator\":1,\"denominator\":2}",
                "year",
                "2025.5"),
            new Bad(
                report("\"numerator\":1,\"denominator\":2,\"denominater\":3"),
                "denominater",
                "denominater"),
            new Bad(
                "{\"indicatorCode\":\"G2\",\"unitCode\":\"\\u0000\\u202E<script>\",\"year\":2024,"
                    + "\"numerator\":1,\"denominator\":2}",
                "unitCode",
                "\\u0000\\u202E<script>"));
    long before = total(MEASUREMENTS);

    for (Bad c : cases) {
      Api.Reply r = api().post(MEASUREMENTS, c.json(), "en");

      assertThat(r.status()).as(c.json() + " → " + r.body()).isEqualTo(400);
      assertThat(r.contentType()).startsWith("application/problem+json");
      JsonObject error = error(r, c.field());
      assertThat(error.getString("reason")).as(c.json()).contains(c.quoted());
      assertThat(r.body()).doesNotContain("\u0000", "\u202E", "\\u202e");
    }
    assertThat(total(MEASUREMENTS)).isEqualTo(before);
  }

  @Test
  void aMisspeltParentIsRefusedInsteadOfOpeningATopUnit() {
    Api.Reply r =
        api()
            .post(
                "api/units",
                "{\"code\":\"it-strict-1\",\"name\":\"Phường Thử\","
                    + "\"level\":\"COMMUNE\",\"parent\":\"30730\",\"openedOn\":\"2025-01-01\"}",
                "en");

    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(error(r, "parent").getString("reason"))
        .contains("Unknown field \"parent\"", "parentCode");
    assertThat(api().get("api/units/it-strict-1", "en").status()).isEqualTo(404);
  }

  @Test
  void aUnitCodeOfControlAndBidiCharactersIsRefused() {
    long before = total("api/units?date=2025-01-01");
    Api.Reply r =
        api()
            .post(
                "api/units",
                "{\"code\":\"\\u0000\\u202E<script>\","
                    + "\"name\":\"Phường\\u2066Thử\",\"level\":\"DISTRICT\",\"openedOn\":\"2025-01-01\"}",
                "en");

    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(error(r, "code").getString("reason")).contains("\\u0000\\u202E<script>");
    assertThat(error(r, "name").getString("reason")).contains("U+2066");
    assertThat(total("api/units?date=2025-01-01")).isEqualTo(before);
  }

  @Test
  void queryParametersAreExactToo() {
    Api.Reply page = api().get("api/units?page=%2B1&size=1.5&date=%202025-01-01", "en");
    Api.Reply year = api().get(MEASUREMENTS + "?year=2025.5&unit=30745%00", "en");

    assertThat(page.status()).as(page.body()).isEqualTo(400);
    assertThat(error(page, "page").getString("reason")).contains("\"+1\"");
    assertThat(error(page, "size").getString("reason")).contains("\"1.5\"");
    assertThat(error(page, "date").getString("reason")).contains("\" 2025-01-01\"");
    assertThat(year.status()).as(year.body()).isEqualTo(400);
    assertThat(error(year, "unit").getString("reason")).contains("30745\\u0000");
  }

  private Api api() {
    return new Api(deployment);
  }

  private long total(String path) {
    Api.Reply r = api().get(path + (path.contains("?") ? "&" : "?") + "size=1", null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object().getJsonNumber("total").longValue();
  }

  private static JsonObject error(Api.Reply r, String field) {
    return r.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("field").equals(field))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no error for " + field + " in " + r.body()));
  }
}
