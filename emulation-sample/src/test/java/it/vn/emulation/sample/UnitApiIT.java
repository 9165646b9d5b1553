package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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

/**
 * The unit endpoints end to end: opening, the tree on two days around a merger, closing, moving,
 * splitting, and every kind of bad input refused with its field while nothing is stored. Each test
 * builds its own province under fresh codes, since the database outlives the run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnitApiIT {

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private Api api() {
    return new Api(deployment);
  }

  private String code(String name) {
    return "it" + run + "-" + name;
  }

  private static JsonObjectBuilder unit(
      String code, String name, String level, String parent, String openedOn) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("code", code)
            .add("name", name)
            .add("level", level)
            .add("openedOn", openedOn);
    return parent == null ? b : b.add("parentCode", parent);
  }

  private void open(String code, String name, String level, String parent, String openedOn) {
    Api.Reply r =
        api().post("api/units", unit(code, name, level, parent, openedOn).build().toString(), null);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  /** A province with one city under it, opened in 2004. */
  private void province(String province, String city) {
    open(province, "Tỉnh Kiên Giang", "PROVINCE", null, "2004-01-01");
    open(city, "Thành phố Rạch Giá", "DISTRICT", province, "2004-01-01");
  }

  private JsonObject tree(String root, String date) {
    Api.Reply r = api().get("api/units/tree?root=" + root + "&date=" + date, null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object().getJsonArray("roots").getJsonObject(0);
  }

  private static List<String> childCodes(JsonObject node) {
    return node.getJsonArray("children").getValuesAs(JsonObject.class).stream()
        .map(c -> c.getString("code"))
        .toList();
  }

  private static List<String> fields(Api.Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    return r.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  private long count(String parent, String date) {
    Api.Reply r = api().get("api/units?parent=" + parent + "&date=" + date, null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object().getJsonNumber("total").longValue();
  }

  @Test
  void opensUnitsAndReadsThemBackWithTheirVietnameseNames() {
    String province = code("P");
    String city = code("C");
    String ward = code("W");
    province(province, city);

    Api.Reply created =
        api()
            .post(
                "api/units",
                unit(ward, "Phường Vĩnh Thanh Vân", "COMMUNE", city, "2010-01-01")
                    .build()
                    .toString(),
                null);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.contentType()).startsWith("application/json");
    assertThat(created.object().getString("name")).isEqualTo("Phường Vĩnh Thanh Vân");
    JsonObject top = tree(province, "2020-01-01");
    assertThat(top.getString("name")).isEqualTo("Tỉnh Kiên Giang");
    JsonObject cityNode = top.getJsonArray("children").getJsonObject(0);
    assertThat(cityNode.getString("code")).isEqualTo(city);
    assertThat(cityNode.getString("level")).isEqualTo("DISTRICT");
    JsonObject wardNode = cityNode.getJsonArray("children").getJsonObject(0);
    assertThat(wardNode.getString("name")).isEqualTo("Phường Vĩnh Thanh Vân");
    assertThat(wardNode.getString("parentCode")).isEqualTo(city);
    assertThat(childCodes(tree(city, "2009-12-31"))).isEmpty();

    JsonObject page =
        api().get("api/units?date=2020-01-01&level=COMMUNE&parent=" + city, null).object();
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(page.getJsonArray("items").getJsonObject(0).getString("code")).isEqualTo(ward);
    JsonObject history = api().get("api/units/" + ward, null).object();
    assertThat(history.getString("openedOn")).isEqualTo("2010-01-01");
    assertThat(history.getJsonArray("placements")).hasSize(1);
  }

  @Test
  void theTreeBeforeAMergerShowsTheSourcesAndAfterItTheSuccessorWithHistoryKept() {
    String province = code("P");
    String city = code("C");
    String a = code("A");
    String b = code("B");
    String merged = code("AB");
    province(province, city);
    open(a, "Phường Vĩnh Thanh Vân", "COMMUNE", city, "2010-01-01");
    open(b, "Phường Vĩnh Thanh", "COMMUNE", city, "2010-01-01");

    Api.Reply r =
        api()
            .post(
                "api/units/merge",
                Json.createObjectBuilder()
                    .add("sources", Json.createArrayBuilder().add(a).add(b))
                    .add(
                        "successor",
                        Json.createObjectBuilder()
                            .add("code", merged)
                            .add("name", "Phường Rạch Giá")
                            .add("level", "COMMUNE")
                            .add("parentCode", city))
                    .add("date", "2025-07-01")
                    .build()
                    .toString(),
                null);

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(
            r.object().getJsonArray("predecessors").getValuesAs(JsonValue.class).stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()))
        .containsExactly(a, b);
    assertThat(childCodes(tree(city, "2025-06-30"))).containsExactly(a, b);
    assertThat(childCodes(tree(city, "2025-07-01"))).containsExactly(merged);
    JsonObject source = api().get("api/units/" + a, null).object();
    assertThat(source.getString("closedOn")).isEqualTo("2025-07-01");
    assertThat(source.getJsonArray("successors").getString(0)).isEqualTo(merged);
    assertThat(source.getString("name")).isEqualTo("Phường Vĩnh Thanh Vân");
  }

  @Test
  void mergingCitiesMovesTheirWardsUnderTheNewCity() {
    String province = code("P");
    String c1 = code("C1");
    String c2 = code("C2");
    String w1 = code("W1");
    String w2 = code("W2");
    String c3 = code("C3");
    province(province, c1);
    open(c2, "Huyện Châu Thành", "DISTRICT", province, "2004-01-01");
    open(w1, "Phường An Hòa", "COMMUNE", c1, "2004-01-01");
    open(w2, "Xã Minh Lương", "COMMUNE", c2, "2004-01-01");

    Api.Reply r =
        api()
            .post(
                "api/units/merge",
                Json.createObjectBuilder()
                    .add("sources", Json.createArrayBuilder().add(c1).add(c2))
                    .add(
                        "successor",
                        Json.createObjectBuilder()
                            .add("code", c3)
                            .add("name", "Thành phố Rạch Giá mới")
                            .add("level", "DISTRICT")
                            .add("parentCode", province))
                    .add("date", "2024-01-01")
                    .build()
                    .toString(),
                null);

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(childCodes(tree(c3, "2024-01-01"))).containsExactly(w1, w2);
    assertThat(childCodes(tree(province, "2023-12-31"))).containsExactly(c1, c2);
    assertThat(api().get("api/units/" + w1, null).object().getJsonArray("placements")).hasSize(2);
  }

  @Test
  void closesRenamesMovesAndSplitsUnits() {
    String province = code("P");
    String city = code("C");
    String other = code("O");
    String ward = code("W");
    String split = code("S");
    province(province, city);
    open(other, "Huyện Châu Thành", "DISTRICT", province, "2004-01-01");
    open(ward, "Phường Vĩnh Lạc", "COMMUNE", city, "2004-01-01");
    open(split, "Phường Rạch Sỏi", "COMMUNE", city, "2004-01-01");

    Api.Reply moved =
        api()
            .post(
                "api/units/" + ward + "/move",
                Json.createObjectBuilder()
                    .add("from", "2020-01-01")
                    .add("name", "Phường Vĩnh Lạc Mới")
                    .add("parentCode", other)
                    .build()
                    .toString(),
                null);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(childCodes(tree(city, "2019-12-31"))).contains(ward);
    assertThat(
            tree(other, "2020-01-01").getJsonArray("children").getJsonObject(0).getString("name"))
        .isEqualTo("Phường Vĩnh Lạc Mới");

    Api.Reply closed =
        api().post("api/units/" + ward + "/close", "{\"date\": \"2022-01-01\"}", null);
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(childCodes(tree(other, "2022-01-01"))).isEmpty();

    Api.Reply parts =
        api()
            .post(
                "api/units/split",
                Json.createObjectBuilder()
                    .add("source", split)
                    .add("date", "2023-01-01")
                    .add(
                        "successors",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("code", split + "1")
                                    .add("name", "Phường Rạch Sỏi 1")
                                    .add("level", "COMMUNE")
                                    .add("parentCode", city))
                            .add(
                                Json.createObjectBuilder()
                                    .add("code", split + "2")
                                    .add("name", "Phường Rạch Sỏi 2")
                                    .add("level", "COMMUNE")
                                    .add("parentCode", city)))
                    .build()
                    .toString(),
                null);
    assertThat(parts.status()).as(parts.body()).isEqualTo(201);
    assertThat(parts.json().asJsonArray()).hasSize(2);
    assertThat(childCodes(tree(city, "2023-01-01"))).containsExactly(split + "1", split + "2");
    JsonArray successors =
        api().get("api/units/" + split, null).object().getJsonArray("successors");
    assertThat(successors.getString(0)).isEqualTo(split + "1");
  }

  @Test
  void aUnitWithUnitsUnderItCannotCloseAndNothingChanges() {
    String province = code("P");
    String city = code("C");
    province(province, city);

    List<String> fields =
        fields(api().post("api/units/" + province + "/close", "{\"date\": \"2020-01-01\"}", "en"));

    assertThat(fields).containsExactly("date");
    assertThat(api().get("api/units/" + province, null).object().containsKey("closedOn")).isFalse();
    assertThat(childCodes(tree(province, "2021-01-01"))).containsExactly(city);
  }

  @Test
  void everyProblemOfANewUnitIsReportedAtOnceAndNothingIsStored() {
    String province = code("P");
    String city = code("C");
    province(province, city);
    long before = count(city, "2030-01-01");

    Api.Reply r =
        api()
            .post(
                "api/units",
                unit(city, " ", "WARD", "nope-" + run, "2025-13-45").build().toString(),
                "en");

    assertThat(fields(r))
        .containsExactlyInAnyOrder("code", "name", "level", "parentCode", "openedOn");
    assertThat(r.object().getString("title")).isEqualTo("The input is not valid");
    assertThat(count(city, "2030-01-01")).isEqualTo(before);
    assertThat(api().get("api/units/" + city, null).object().getString("name"))
        .isEqualTo("Thành phố Rạch Giá");
  }

  @Test
  void aParentMustExistThatDayAndStandAboveAndTheDateIsRequired() {
    String province = code("P");
    String city = code("C");
    province(province, city);
    String w1 = code("W1");
    String w2 = code("W2");
    String w3 = code("W3");

    assertThat(
            fields(
                api()
                    .post(
                        "api/units",
                        unit(w1, "Phường An Bình", "COMMUNE", city, "2000-01-01")
                            .build()
                            .toString(),
                        null)))
        .containsExactly("parentCode");
    assertThat(
            fields(
                api()
                    .post(
                        "api/units",
                        unit(w2, "Phường An Bình", "PROVINCE", city, "2010-01-01")
                            .build()
                            .toString(),
                        null)))
        .containsExactly("parentCode");
    assertThat(
            fields(
                api()
                    .post(
                        "api/units",
                        Json.createObjectBuilder()
                            .add("code", w3)
                            .add("name", "Phường An Bình")
                            .add("level", "COMMUNE")
                            .add("parentCode", city)
                            .build()
                            .toString(),
                        null)))
        .containsExactly("openedOn");
    for (String w : List.of(w1, w2, w3)) {
      assertThat(api().get("api/units/" + w, null).status()).isEqualTo(404);
    }
  }

  @Test
  void malformedOrWronglyTypedBodiesAreProblemsNamingTheFieldAndStoreNothing() {
    String province = code("P");
    String city = code("C");
    province(province, city);
    long before = count(province, "2030-01-01");

    Api.Reply malformed = api().post("api/units", "{\"code\": \"" + code("X") + "\",", "en");
    Api.Reply wrongType =
        api()
            .post(
                "api/units",
                "{\"code\": {\"x\": 1}, \"name\": \"Xã\","
                    + " \"level\": \"DISTRICT\", \"parentCode\": \""
                    + province
                    + "\","
                    + " \"openedOn\": \"2020-01-01\"}",
                "en");
    Api.Reply nested =
        api()
            .post(
                "api/units/merge",
                "{\"sources\": [\""
                    + city
                    + "\"],"
                    + " \"successor\": {\"code\": {\"x\": 1}}, \"date\": \"2024-01-01\"}",
                "en");
    Api.Reply arrayForText =
        api()
            .post(
                "api/units/merge",
                "{\"sources\": [\""
                    + city
                    + "\"],"
                    + " \"successor\": {\"name\": [\"Phường\"]}, \"date\": \"2024-01-01\"}",
                "en");
    Api.Reply list = api().post("api/units/merge", "{\"sources\": \"" + city + "\"}", "en");
    Api.Reply empty = api().post("api/units", "", "en");

    assertThat(fields(malformed)).containsExactly("body");
    assertThat(malformed.object().getJsonArray("errors").getJsonObject(0).getString("reason"))
        .contains("line 1");
    assertThat(fields(wrongType)).containsExactly("code");
    assertThat(fields(nested)).containsExactly("successor.code");
    // the body reader names the very field where an array stands for a text (ADR 13)
    assertThat(fields(arrayForText)).containsExactly("successor.name");
    assertThat(fields(list)).containsExactly("sources");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.contentType()).startsWith("application/problem+json");
    assertThat(count(province, "2030-01-01")).isEqualTo(before);
    assertThat(api().get("api/units/" + code("X"), null).status()).isEqualTo(404);
  }

  @Test
  void aMergerOfOneUnitIsRefusedAndNothingChanges() {
    String province = code("P");
    String city = code("C");
    String ward = code("W");
    String merged = code("M");
    province(province, city);
    open(ward, "Phường Vĩnh Bảo", "COMMUNE", city, "2010-01-01");

    Api.Reply r =
        api()
            .post(
                "api/units/merge",
                Json.createObjectBuilder()
                    .add("sources", Json.createArrayBuilder().add(ward))
                    .add(
                        "successor",
                        Json.createObjectBuilder()
                            .add("code", merged)
                            .add("name", "Phường Vĩnh Thông")
                            .add("level", "COMMUNE")
                            .add("parentCode", ward))
                    .add("date", "2025-07-01")
                    .build()
                    .toString(),
                "en");

    assertThat(fields(r)).containsExactlyInAnyOrder("sources", "successor.parentCode");
    assertThat(api().get("api/units/" + merged, null).status()).isEqualTo(404);
    assertThat(api().get("api/units/" + ward, null).object().containsKey("closedOn")).isFalse();
    assertThat(childCodes(tree(city, "2025-07-01"))).containsExactly(ward);
  }

  @Test
  void badQueryParametersAreNamed() {
    assertThat(fields(api().get("api/units?date=2025-02-30", "en"))).containsExactly("date");
    assertThat(fields(api().get("api/units/tree?date=yesterday", "en"))).containsExactly("date");
    assertThat(fields(api().get("api/units?level=WARD&page=x&size=0", "en")))
        .containsExactlyInAnyOrder("level", "page", "size");
    assertThat(fields(api().get("api/units/tree?root=nope-" + run, "en"))).containsExactly("root");
    assertThat(api().get("api/units/nope-" + run, "en").status()).isEqualTo(404);
    assertThat(api().get("api/units/tree", null).status()).isEqualTo(200);
  }

  @Test
  void theOpenApiDocumentDescribesTheUnitAndParticipantEndpoints() {
    Api.Reply doc = api().get("/openapi", null);

    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.body())
        .contains("/api/units/tree")
        .contains("/api/units/merge")
        .contains("/api/units/{code}/move")
        .contains("/api/plans/{plan}/categories")
        .contains("/api/plans/{plan}/participants/{id}/evidence/{occasion}");
  }
}
