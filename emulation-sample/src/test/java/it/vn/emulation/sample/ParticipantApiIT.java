package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The participant endpoints end to end: registering, listing with filters and pages, the plan's
 * categories, evidence stored and read back, and bad input refused with every problem while nothing
 * is stored. The tests run on their own copy of the Rạch Giá plan and their own unit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParticipantApiIT {

  /** One copy of the plan for the whole class, imported on first use. */
  private static final String PLAN = "it-p-" + UUID.randomUUID().toString().substring(0, 8);

  private static boolean imported;

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private Api api() {
    return new Api(deployment);
  }

  private String plan() {
    if (!imported) {
      String file = Api.rachGiaPlan().replace("\"rach-gia-2022-2025\"", "\"" + PLAN + "\"");
      Api.Reply r = api().post("api/plans", file, null);
      assertThat(r.status()).as(r.body()).isIn(200, 201);
      imported = true;
    }
    return PLAN;
  }

  private String participants() {
    return "api/plans/" + plan() + "/participants";
  }

  /** A ward of its own for this test, named as in the demo city. */
  private String ward() {
    String code = "itp" + run;
    Api.Reply r =
        api()
            .post(
                "api/units",
                Json.createObjectBuilder()
                    .add("code", code)
                    .add("name", "Phường Vĩnh Thanh Vân")
                    .add("level", "COMMUNE")
                    .add("openedOn", "2004-01-01")
                    .build()
                    .toString(),
                null);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return code;
  }

  private static JsonObjectBuilder participant(
      String id, String kind, String name, String category, String unit) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("kind", kind)
            .add("name", name)
            .add("categoryCode", category)
            .add("unitCode", unit);
    return id == null ? b : b.add("id", id);
  }

  private JsonObject create(JsonObjectBuilder body) {
    Api.Reply r = api().post(participants(), body.build().toString(), null);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.object();
  }

  private long total(String query) {
    Api.Reply r = api().get(participants() + query, null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object().getJsonNumber("total").longValue();
  }

  private static List<String> fields(Api.Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    return r.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  private Api.Reply put(String path, String json) {
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(deployment.toString().replaceAll("/?$", "/")).resolve(path))
                      .header("Content-Type", "application/json")
                      .header("Accept-Language", "en")
                      .header("Authorization", Api.bearer(URI.create(deployment.toString())))
                      .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Api.Reply(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void registersParticipantsAndReadsTheirVietnameseNamesBackExactly() {
    String ward = ward();

    JsonObject committee =
        create(
            participant(
                "itp-" + run,
                "COLLECTIVE",
                "Ủy ban nhân dân Phường Vĩnh Thanh Vân",
                "WARD_COMMITTEES",
                ward));
    JsonObject official =
        create(participant(null, "INDIVIDUAL", "Nguyễn Thị Hồng Linh", "OFFICIALS", ward));

    assertThat(committee.getString("id")).isEqualTo("itp-" + run);
    assertThat(official.getString("id")).isNotBlank();
    JsonObject back = api().get(participants() + "/" + official.getString("id"), null).object();
    assertThat(back.getString("name")).isEqualTo("Nguyễn Thị Hồng Linh");
    assertThat(back.getString("kind")).isEqualTo("INDIVIDUAL");
    assertThat(back.getString("unitCode")).isEqualTo(ward);
    assertThat(api().get(participants() + "/itp-" + run, null).object().getString("name"))
        .isEqualTo("Ủy ban nhân dân Phường Vĩnh Thanh Vân");
  }

  @Test
  void listsParticipantsByCategoryAndUnitAPageAtATime() {
    String ward = ward();
    create(participant(null, "INDIVIDUAL", "Nguyễn Thị Hồng Linh", "OFFICIALS", ward));
    create(participant(null, "INDIVIDUAL", "Trần Văn Bình", "OFFICIALS", ward));
    create(participant(null, "COLLECTIVE", "Trường Tiểu học Vĩnh Thanh Vân", "SCHOOLS", ward));

    assertThat(total("?unit=" + ward)).isEqualTo(3);
    assertThat(total("?unit=" + ward + "&category=OFFICIALS")).isEqualTo(2);
    JsonObject page = api().get(participants() + "?unit=" + ward + "&size=2&page=1", null).object();
    assertThat(page.getJsonArray("items")).hasSize(1);
    assertThat(page.getInt("page")).isEqualTo(1);
    JsonObject first = api().get(participants() + "?unit=" + ward + "&size=1", null).object();
    assertThat(first.getJsonArray("items").getJsonObject(0).getString("name"))
        .isEqualTo("Nguyễn Thị Hồng Linh");
    assertThat(
            fields(
                api().get(participants() + "?category=NOPE&unit=nope-" + run + "&size=-1", "en")))
        .containsExactlyInAnyOrder("category", "unit", "size");
  }

  @Test
  void aWrongCategoryKindOrUnitIsRefusedWithEveryProblemAndNothingStored() {
    String ward = ward();
    create(participant("itq-" + run, "COLLECTIVE", "Phòng Nội vụ", "CITY_OFFICES", ward));
    long before = total("?unit=" + ward);

    Api.Reply wrongKind =
        api()
            .post(
                participants(),
                participant(null, "INDIVIDUAL", "", "SCHOOLS", "nope-" + run).build().toString(),
                "en");
    Api.Reply unknown =
        api()
            .post(
                participants(),
                participant("itq-" + run, "GROUP", "Hộ gia đình ông Lê Văn Tám", "NOPE", ward)
                    .build()
                    .toString(),
                "en");
    Api.Reply badId =
        api()
            .post(
                participants(),
                participant("có dấu", "COLLECTIVE", "Hợp tác xã Rạch Sỏi", "COOPERATIVES", ward)
                    .build()
                    .toString(),
                "en");
    Api.Reply wrongType = api().post(participants(), "{\"name\": {\"family\": \"Nguyễn\"}}", "en");

    assertThat(fields(wrongKind)).containsExactlyInAnyOrder("name", "categoryCode", "unitCode");
    assertThat(wrongKind.body()).contains("individual");
    assertThat(fields(unknown)).containsExactlyInAnyOrder("id", "kind", "categoryCode");
    assertThat(fields(badId)).containsExactly("id");
    assertThat(fields(wrongType)).containsExactly("name");
    assertThat(total("?unit=" + ward)).isEqualTo(before);
    assertThat(api().get(participants() + "/itq-" + run, null).object().getString("name"))
        .isEqualTo("Phòng Nội vụ");
  }

  @Test
  void listsThePlansCategories() {
    JsonObject page = api().get("api/plans/" + plan() + "/categories", null).object();

    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(15);
    JsonObject first = page.getJsonArray("items").getJsonObject(0);
    assertThat(first.getString("code")).isEqualTo("CITY_OFFICES");
    assertThat(first.getString("kind")).isEqualTo("COLLECTIVE");
    assertThat(first.getJsonObject("name").getString("vi"))
        .isEqualTo("Các phòng, ban, ngành của thành phố");
    assertThat(api().get("api/plans/no-such-plan-" + run + "/categories", null).status())
        .isEqualTo(404);
  }

  @Test
  void storesEvidenceAndReadsItBack() {
    String ward = ward();
    String id =
        create(participant(null, "INDIVIDUAL", "Nguyễn Thị Hồng Linh", "OFFICIALS", ward))
            .getString("id");
    String path = participants() + "/" + id + "/evidence/ANNUAL-2024";

    Api.Reply stored =
        put(
            path,
            "{\"answers\": {\"GEN-POLICY\": {\"answer\": \"YES\","
                + " \"reference\": \"Quyết định số 123/QĐ-UBND\"}, \"E-OFFICIALS-MEASURES\":"
                + " {\"answer\": \"NO\"}, \"GEN-UNITY\": {\"answer\": \"NOT_APPLICABLE\"}},"
                + " \"counts\": {\"recognisedInitiatives\": 2}, \"amounts\": {\"contributionVnd\":"
                + " 5000000}, \"registeredOn\": \"2022-03-15\"}");

    assertThat(stored.status()).as(stored.body()).isEqualTo(200);
    JsonObject facts = api().get(path, null).object();
    assertThat(facts.getJsonObject("answers").getJsonObject("GEN-POLICY").getString("reference"))
        .isEqualTo("Quyết định số 123/QĐ-UBND");
    assertThat(
            facts
                .getJsonObject("answers")
                .getJsonObject("E-OFFICIALS-MEASURES")
                .getString("answer"))
        .isEqualTo("NO");
    assertThat(facts.getJsonObject("counts").getInt("recognisedInitiatives")).isEqualTo(2);
    assertThat(facts.getJsonObject("amounts").getJsonNumber("contributionVnd").longValue())
        .isEqualTo(5_000_000L);
    assertThat(facts.getString("registeredOn")).isEqualTo("2022-03-15");
    assertThat(
            api()
                .get(participants() + "/" + id + "/evidence/ANNUAL-2023", null)
                .object()
                .getJsonObject("answers"))
        .isEmpty();
  }

  @Test
  void evidenceTheCriteriaDoNotUseIsRefusedAndNothingStored() {
    String ward = ward();
    String id =
        create(participant(null, "INDIVIDUAL", "Nguyễn Thị Hồng Linh", "OFFICIALS", ward))
            .getString("id");
    String path = participants() + "/" + id + "/evidence/ANNUAL-2024";
    put(path, "{\"counts\": {\"recognisedInitiatives\": 1}}");

    Api.Reply bad =
        put(
            path,
            "{\"answers\": {\"A-GUIDANCE\": {\"answer\": \"YES\"},"
                + " \"E-OFFICIALS\": {\"answer\": \"YES\"}, \"GEN-POLICY\": {\"answer\": \"MAYBE\"},"
                + " \"GEN-TASKS\": {\"answer\": \"NOT_APPLICABLE\"}},"
                + " \"counts\": {\"contributionVnd\": 1, \"recognisedInitiatives\": -1},"
                + " \"amounts\": {\"nope\": 1}, \"registeredOn\": \"2022-02-30\"}");
    Api.Reply wrongType = put(path, "{\"counts\": \"many\"}");
    // a body is read first, its types exactly: a fraction is refused before any rule of the plan
    Api.Reply fraction = put(path, "{\"counts\": {\"recognisedInitiatives\": 1.5}}");
    Api.Reply noOccasion = put(participants() + "/" + id + "/evidence/NOPE", "{}");

    assertThat(fields(bad))
        .containsExactlyInAnyOrder(
            "answers.A-GUIDANCE",
            "answers.E-OFFICIALS",
            "answers.GEN-POLICY.answer",
            "answers.GEN-TASKS.answer",
            "counts.contributionVnd",
            "counts.recognisedInitiatives",
            "amounts.nope",
            "registeredOn");
    assertThat(fields(wrongType)).containsExactly("counts");
    assertThat(fields(fraction)).containsExactly("counts.recognisedInitiatives");
    assertThat(fraction.body()).contains("1.5");
    assertThat(noOccasion.status()).isEqualTo(404);
    JsonObject facts = api().get(path, null).object();
    assertThat(facts.getJsonObject("answers")).isEmpty();
    assertThat(facts.getJsonObject("counts").getInt("recognisedInitiatives")).isEqualTo(1);
    assertThat(facts.containsKey("registeredOn") && !facts.isNull("registeredOn")).isFalse();
  }
}
