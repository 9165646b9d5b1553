package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A ward's users against another ward's data, on every unit-scoped resource: the reporter of Vĩnh
 * Lạc (30745) reaches for Rạch Sỏi (30754). Reads of the other ward answer exactly as for a unit
 * or record that does not exist; lists, searches and exports hold only the own ward; writes are
 * refused (403) and store nothing. The ward formed from both on 1 July 2025 keeps their records.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossUnitIT {

  static final String PLAN = "rach-gia-2022-2025";
  static final String OWN = "30745";
  static final String OTHER = "30754";
  static final String SUCCESSOR = "30790";
  static final String MEASUREMENTS = "api/plans/" + PLAN + "/measurements";
  static final String PARTICIPANTS = "api/plans/" + PLAN + "/participants";
  static final String VERDICTS = "api/plans/" + PLAN + "/occasions/ANNUAL-2023/verdicts";

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private Api api;
  private String reporter;
  private String head;
  private String admin;

  @BeforeEach
  void signIn() {
    api = new Api(deployment);
    reporter = api.tokenOf("reporter.vinhlac");
    head = api.tokenOf("head.vinhlac");
    admin = api.tokenOf("admin");
  }

  private Api.Reply get(String path, String token) {
    return api.call("GET", path, token, null);
  }

  private Api.Reply postJson(String path, String token, String json) {
    return api.request("POST", path, token, "application/json",
        json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anotherWardsUnitRecordIsNotFoundExactlyLikeAnUnknownUnit() {
    for (String token : List.of(reporter, head)) {
      Api.Reply other = get("api/units/" + OTHER, token);
      Api.Reply unknown = get("api/units/no-such-unit", token);

      assertThat(other.status()).isEqualTo(404);
      assertThat(other.object().getString("title"))
          .isEqualTo(unknown.object().getString("title"));
      assertThat(other.body()).doesNotContain("Rạch Sỏi");
    }
    assertThat(get("api/units/" + OTHER, admin).status()).isEqualTo(200);
    assertThat(get("api/units/" + OWN, reporter).status()).isEqualTo(200);
  }

  @Test
  void theUnitListAndTreeHoldOnlyTheOwnWard() {
    JsonObject list = get("api/units?size=500&date=2024-06-30", reporter).object();
    assertThat(codes(list.getJsonArray("items"), "code")).containsExactly(OWN);
    assertThat(list.getInt("total")).isEqualTo(1);

    JsonObject tree = get("api/units/tree?date=2024-06-30", reporter).object();
    assertThat(codes(tree.getJsonArray("roots"), "code")).containsExactly(OWN);

    assertThat(get("api/units?parent=" + OTHER, reporter).status()).isEqualTo(400);
    assertThat(get("api/units/tree?root=" + OTHER, reporter).status()).isEqualTo(400);
    assertThat(get("api/units?size=500&date=2024-06-30", admin).object().getInt("total"))
        .isGreaterThan(10);
  }

  @Test
  void participantsOfAnotherWardAreNeitherListedNorFound() {
    JsonObject mine = get(PARTICIPANTS + "?size=500", reporter).object();
    assertThat(mine.getInt("total")).isPositive();
    assertThat(codes(mine.getJsonArray("items"), "unitCode")).containsOnly(OWN);

    assertThat(get(PARTICIPANTS + "?unit=" + OTHER, reporter).status()).isEqualTo(400);

    String theirs = participantOf(OTHER);
    assertThat(get(PARTICIPANTS + "/" + theirs, reporter).status()).isEqualTo(404);
    assertThat(get(PARTICIPANTS + "/" + theirs + "/evidence/ANNUAL-2023", reporter).status())
        .isEqualTo(404);
    Api.Reply put = api.request("PUT", PARTICIPANTS + "/" + theirs + "/evidence/ANNUAL-2023",
        head, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(put.status()).isEqualTo(404);
    assertThat(get(PARTICIPANTS + "/" + theirs, admin).status()).isEqualTo(200);
  }

  @Test
  void registeringAParticipantInAnotherWardIsRefusedAndStoresNothing() {
    long before = get(PARTICIPANTS + "?unit=" + OTHER, admin).object().getInt("total");
    String category = get("api/plans/" + PLAN + "/participants/" + participantOf(OTHER), admin)
        .object().getString("categoryCode");

    Api.Reply r = postJson(PARTICIPANTS, reporter, "{\"kind\":\"COLLECTIVE\",\"name\":"
        + "\"Tổ dân phố thử\",\"categoryCode\":\"" + category + "\",\"unitCode\":\"" + OTHER
        + "\"}");

    assertThat(r.status()).as(r.body()).isEqualTo(403);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(get(PARTICIPANTS + "?unit=" + OTHER, admin).object().getInt("total"))
        .isEqualTo(before);
  }

  @Test
  void figuresOfAnotherWardCanBeNeitherReadNorWritten() {
    JsonObject mine = get(MEASUREMENTS + "?size=500", reporter).object();
    assertThat(mine.getInt("total")).isPositive();
    assertThat(codes(mine.getJsonArray("items"), "unitCode")).containsOnly(OWN);
    assertThat(get(MEASUREMENTS + "?unit=" + OTHER, reporter).status()).isEqualTo(400);

    String key = "?unit=" + OTHER + "&indicator=G2&year=2023";
    String before = get(MEASUREMENTS + key, admin).body();
    Api.Reply one = postJson(MEASUREMENTS, reporter, "{\"indicatorCode\":\"G2\",\"unitCode\":\""
        + OTHER + "\",\"year\":2023,\"numerator\":1,\"denominator\":2}");
    assertThat(one.status()).as(one.body()).isEqualTo(403);

    byte[] file = ("indicator,unit,year,breakdown,numerator,denominator,value\n"
        + "G2," + OWN + ",2023,,7,9,\n"
        + "G2," + OTHER + ",2023,,1,2,\n").getBytes(StandardCharsets.UTF_8);
    Api.Reply upload = api.request("POST", MEASUREMENTS + "/uploads?filename=lan-sang.csv",
        reporter, "text/csv", file);
    assertThat(upload.status()).as(upload.body()).isEqualTo(403);
    assertThat(upload.body()).contains(OTHER);
    assertThat(get(MEASUREMENTS + key, admin).body()).isEqualTo(before);
    assertThat(get(MEASUREMENTS + "/uploads/00000000-0000-0000-0000-000000000000", reporter)
        .status()).isEqualTo(403);
  }

  @Test
  void theTemplateIsTheOwnWardsAndAnotherWardsIsRefused() {
    Api.Reply own = get(MEASUREMENTS + "/template.csv?year=2023", reporter);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.body()).contains(OWN).doesNotContain(OTHER);
    assertThat(get(MEASUREMENTS + "/template.csv?year=2023&unit=" + OTHER, reporter).status())
        .isEqualTo(403);
  }

  @Test
  void verdictsListAndCountOnlyTheOwnWardsParticipants() {
    JsonObject mine = get(VERDICTS + "?size=500", reporter).object();
    JsonArray items = mine.getJsonArray("items");
    assertThat(items).isNotEmpty();
    assertThat(items.getValuesAs(JsonObject.class).stream()
        .map(i -> i.getJsonObject("participant").getString("unit")).distinct())
        .containsExactly(OWN);
    assertThat(mine.getInt("total")).isEqualTo(items.size());

    assertThat(get(VERDICTS + "/" + participantOf(OTHER), reporter).status()).isEqualTo(404);
    assertThat(get(VERDICTS + "/" + participantOf(OWN), reporter).status()).isEqualTo(200);
  }

  @Test
  void theWardFormedIn2025KeepsTheRecordsOfTheWardsItReplaced() {
    String successor = api.tokenOf("reporter.rachgia");

    assertThat(get("api/units/" + OWN, successor).status()).isEqualTo(200);
    assertThat(get(PARTICIPANTS + "/" + participantOf(OWN), successor).status()).isEqualTo(200);
    assertThat(get("api/units/" + SUCCESSOR, reporter).status()).isEqualTo(404);
  }

  private String participantOf(String unit) {
    Api.Reply r = get(PARTICIPANTS + "?size=1&unit=" + unit, admin);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object().getJsonArray("items").getJsonObject(0).getString("id");
  }

  private static Set<String> codes(JsonArray items, String field) {
    return Set.copyOf(items.getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString(field)).toList());
  }
}
