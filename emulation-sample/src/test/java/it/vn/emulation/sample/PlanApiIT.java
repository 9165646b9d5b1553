package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The plan endpoints end to end on a real Open Liberty with the embedded database. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanApiIT {

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private Api api() {
    return new Api(deployment);
  }

  /** The Rạch Giá plan under a fresh code, so that runs never see each other's plans. */
  private static String freshPlan(String code) {
    return Api.rachGiaPlan().replace("\"rach-gia-2022-2025\"", "\"" + code + "\"");
  }

  private static String freshCode() {
    return "it-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void importsAPlanAndReadsItBackWithItsDiacritics() {
    String code = freshCode();
    Api.Reply created = api().post("api/plans", freshPlan(code), null);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.object().getString("code")).isEqualTo(code);
    assertThat(created.object().getJsonObject("title").getString("vi"))
        .contains("Rạch Giá thực hiện chương trình Chuyển đổi số");

    Api.Reply back = api().get("api/plans/" + code + "/versions/1", null);
    assertThat(back.status()).isEqualTo(200);
    JsonObject plan = back.object();
    assertThat(plan.getJsonObject("movement").getString("vi"))
        .isEqualTo("Rạch Giá thực hiện chương trình Chuyển đổi số");
    assertThat(plan.getJsonArray("targets")).hasSize(54);
  }

  @Test
  void importingTheSameFileTwiceStoresItOnce() {
    String code = freshCode();
    assertThat(api().post("api/plans", freshPlan(code), null).status()).isEqualTo(201);

    Api.Reply again = api().post("api/plans", freshPlan(code), null);

    assertThat(again.status()).isEqualTo(200);
    assertThat(api().get("api/plans/" + code + "/versions", null).json().asJsonArray()).hasSize(1);
  }

  @Test
  void anotherContentUnderTheSameVersionIsAConflictAndChangesNothing() {
    String code = freshCode();
    api().post("api/plans", freshPlan(code), null);
    String changed = freshPlan(code).replace("\"threshold\": 60", "\"threshold\": 65");

    Api.Reply conflict = api().post("api/plans", changed, "en");

    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.contentType()).startsWith("application/problem+json");
    String stored = api().get("api/plans/" + code + "/versions/1", null).body();
    assertThat(stored).doesNotContain("\"threshold\": 65");
  }

  @Test
  void aBrokenPlanReportsEveryProblemWithItsFieldAndStoresNothing() {
    String code = freshCode();
    String broken =
        freshPlan(code)
            .replace("\"threshold\": 60", "\"threshold\": 160")
            .replace("\"comparator\": \"GREATER_THAN\"", "\"comparator\": \"ABOUT\"")
            .replace("\"copies\": 3", "\"copies\": \"three\"");

    Api.Reply en = api().post("api/plans", broken, "en-GB,en;q=0.9");
    Api.Reply vi = api().post("api/plans", broken, null);

    assertThat(en.status()).isEqualTo(400);
    assertThat(en.contentType()).startsWith("application/problem+json");
    JsonObject problem = en.object();
    assertThat(problem.getString("type")).isEqualTo("urn:emulation:problem:invalid-input");
    assertThat(problem.getInt("status")).isEqualTo(400);
    List<String> fields =
        problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertThat(fields)
        .anyMatch(f -> f.endsWith(".comparator"))
        .anyMatch(f -> f.endsWith(".copies"));
    assertThat(problem.getString("title")).isEqualTo("The input is not valid");
    assertThat(vi.object().getString("title")).isEqualTo("Dữ liệu gửi lên không hợp lệ");
    assertThat(api().get("api/plans/" + code + "/versions", null).status()).isEqualTo(404);
  }

  @Test
  void malformedJsonIsAProblemNamingTheLine() {
    Api.Reply r = api().post("api/plans", "{\"format\": \"emulation-plan/1\",", "en");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.object().getJsonArray("errors").getJsonObject(0).getString("reason"))
        .contains("line");
  }

  @Test
  void listsPlansAPageAtATimeAndRejectsABadPageSize() {
    api().post("api/plans", freshPlan(freshCode()), null);

    JsonObject page = api().get("api/plans?page=0&size=1", null).object();
    assertThat(page.getJsonArray("items")).hasSize(1);
    assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(1);

    Api.Reply bad = api().get("api/plans?size=0", "en");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.object().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("size");
  }

  @Test
  void unknownPlansAndPathsAreProblemsToo() {
    Api.Reply plan = api().get("api/plans/no-such-plan/versions", "en");
    Api.Reply path = api().get("api/nothing-here", "en");

    assertThat(plan.status()).isEqualTo(404);
    assertThat(plan.object().getString("detail")).isEqualTo("No plan no-such-plan");
    assertThat(path.status()).isEqualTo(404);
    assertThat(path.contentType()).startsWith("application/problem+json");
    assertThat(path.body()).doesNotContain("Exception").doesNotContain("at vn.");
  }

  @Test
  void exportsTheLatestVersionAsAFile() {
    String code = freshCode();
    api().post("api/plans", freshPlan(code), null);

    Api.Reply export = api().get("api/plans/" + code + "/export", null);

    assertThat(export.status()).isEqualTo(200);
    assertThat(((JsonString) export.object().get("code")).getString()).isEqualTo(code);
  }
}
