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
 * Lạc (30745) reaches for Rạch Sỏi (30754). Reads of the other ward answer exactly as for a unit or
 * record that does not exist; lists, searches and exports hold only the own ward; writes are
 * refused (403) and store nothing. The ward formed from both on 1 July 2025 keeps their records,
 * and not those of the wards that went to the other successor of the split city (ADR 0015); a ward
 * moved to another city leaves the old city's reach.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossUnitIT {

  static final String PLAN = "rach-gia-2022-2025";
  static final String OWN = "30745";
  static final String OTHER = "30754";
  static final String SUCCESSOR = "30790";

  /** Old Rạch Giá city: closed on 1 July 2025 naming both 30790 and 30793 its successors. */
  static final String SPLIT_CITY = "899";

  /** Xã Phi Thông, which went into 30793 Phường Vĩnh Thông, not into 30790. */
  static final String WENT_ELSEWHERE = "30763";

  /** 30790 and the nine wards that merged into it. */
  static final Set<String> RACH_GIA_LINEAGE =
      Set.of(
          SUCCESSOR, "30730", "30733", "30736", "30739", "30745", "30748", "30751", "30754",
          "30757");

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
    return api.request(
        "POST", path, token, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anotherWardsUnitRecordIsNotFoundExactlyLikeAnUnknownUnit() {
    for (String token : List.of(reporter, head)) {
      Api.Reply other = get("api/units/" + OTHER, token);
      Api.Reply unknown = get("api/units/no-such-unit", token);

      assertThat(other.status()).isEqualTo(404);
      assertThat(other.object().getString("title")).isEqualTo(unknown.object().getString("title"));
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
    Api.Reply put =
        api.request(
            "PUT",
            PARTICIPANTS + "/" + theirs + "/evidence/ANNUAL-2023",
            head,
            "application/json",
            "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(put.status()).isEqualTo(404);
    assertThat(get(PARTICIPANTS + "/" + theirs, admin).status()).isEqualTo(200);
  }

  @Test
  void registeringAParticipantInAnotherWardIsRefusedAndStoresNothing() {
    long before = get(PARTICIPANTS + "?unit=" + OTHER, admin).object().getInt("total");
    String category =
        get("api/plans/" + PLAN + "/participants/" + participantOf(OTHER), admin)
            .object()
            .getString("categoryCode");

    Api.Reply r =
        postJson(
            PARTICIPANTS,
            reporter,
            "{\"kind\":\"COLLECTIVE\",\"name\":"
                + "\"Tổ dân phố thử\",\"categoryCode\":\""
                + category
                + "\",\"unitCode\":\""
                + OTHER
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
    Api.Reply one =
        postJson(
            MEASUREMENTS,
            reporter,
            "{\"indicatorCode\":\"G2\",\"unitCode\":\""
                + OTHER
                + "\",\"year\":2023,\"numerator\":1,\"denominator\":2}");
    assertThat(one.status()).as(one.body()).isEqualTo(403);

    byte[] file =
        ("indicator,unit,year,breakdown,numerator,denominator,value\n"
                + "G2,"
                + OWN
                + ",2023,,7,9,\n"
                + "G2,"
                + OTHER
                + ",2023,,1,2,\n")
            .getBytes(StandardCharsets.UTF_8);
    Api.Reply upload =
        api.request(
            "POST", MEASUREMENTS + "/uploads?filename=lan-sang.csv", reporter, "text/csv", file);
    assertThat(upload.status()).as(upload.body()).isEqualTo(403);
    assertThat(upload.body()).contains(OTHER);
    assertThat(get(MEASUREMENTS + key, admin).body()).isEqualTo(before);
    assertThat(
            get(MEASUREMENTS + "/uploads/00000000-0000-0000-0000-000000000000", reporter).status())
        .isEqualTo(403);
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
    assertThat(
            items.getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonObject("participant").getString("unit"))
                .distinct())
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

  @Test
  void theWardFormedFromTheSplitCityReachesNoneOfTheOtherNewWardsRecords() {
    String rachGia = api.tokenOf("reporter.rachgia");
    String theirs = participantOf(WENT_ELSEWHERE);

    Api.Reply evidence = get(PARTICIPANTS + "/" + theirs + "/evidence/ANNUAL-2024", rachGia);
    Api.Reply unknown = get(PARTICIPANTS + "/no-such-participant/evidence/ANNUAL-2024", rachGia);
    assertThat(evidence.status()).as(evidence.body()).isEqualTo(404);
    assertThat(evidence.object().getString("title")).isEqualTo(unknown.object().getString("title"));
    assertThat(get(PARTICIPANTS + "/" + theirs, rachGia).status()).isEqualTo(404);
    assertThat(get("api/units/" + WENT_ELSEWHERE, rachGia).status()).isEqualTo(404);
    assertThat(get("api/units/" + SPLIT_CITY, rachGia).status()).isEqualTo(404);
    assertThat(get(VERDICTS + "/" + theirs, rachGia).status()).isEqualTo(404);

    Api.Reply put =
        api.request(
            "PUT",
            PARTICIPANTS + "/" + theirs + "/evidence/ANNUAL-2024",
            rachGia,
            "application/json",
            "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(put.status()).as(put.body()).isEqualTo(404);

    long before = get(PARTICIPANTS + "?unit=" + WENT_ELSEWHERE, admin).object().getInt("total");
    Api.Reply created =
        postJson(
            PARTICIPANTS,
            rachGia,
            "{\"kind\":\"COLLECTIVE\",\"name\":"
                + "\"Tổ dân phố thử\",\"categoryCode\":\"WARD_COMMITTEES\",\"unitCode\":\""
                + WENT_ELSEWHERE
                + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(403);
    assertThat(get(PARTICIPANTS + "?unit=" + WENT_ELSEWHERE, admin).object().getInt("total"))
        .isEqualTo(before);

    assertThat(get(MEASUREMENTS + "?unit=" + WENT_ELSEWHERE, rachGia).status()).isEqualTo(400);
    Api.Reply report =
        postJson(
            MEASUREMENTS,
            rachGia,
            "{\"indicatorCode\":\"G2\","
                + "\"unitCode\":\""
                + WENT_ELSEWHERE
                + "\",\"year\":2024,\"numerator\":1,"
                + "\"denominator\":2}");
    assertThat(report.status()).as(report.body()).isEqualTo(403);
    JsonObject figures = get(MEASUREMENTS + "?size=500", rachGia).object();
    assertThat(codes(figures.getJsonArray("items"), "unitCode")).isSubsetOf(RACH_GIA_LINEAGE);
  }

  @Test
  void theWardFormedFromTheSplitCityListsOnlyItsOwnLineage() {
    String rachGia = api.tokenOf("reporter.rachgia");

    JsonObject list = get(PARTICIPANTS + "?size=500", rachGia).object();
    Set<String> units = codes(list.getJsonArray("items"), "unitCode");

    assertThat(units)
        .isSubsetOf(RACH_GIA_LINEAGE)
        .contains(OWN, OTHER)
        .doesNotContain(WENT_ELSEWHERE, SPLIT_CITY, "30742", "30760", "30793");
    assertThat(list.getInt("total")).isEqualTo(list.getJsonArray("items").size());
    long lineageTotal =
        RACH_GIA_LINEAGE.stream()
            .mapToLong(u -> get(PARTICIPANTS + "?unit=" + u, admin).object().getInt("total"))
            .sum();
    assertThat(list.getInt("total")).isEqualTo(lineageTotal);
  }

  @Test
  void aMergedWardReachesTheRecordsOfTheWardsMergedIntoIt() {
    FreshCity c = FreshCity.create(deployment);
    String people = "api/plans/" + c.plan + "/participants";
    String merged = c.city + "-ab";
    String ofA =
        c.participant("a", "COLLECTIVE", "Ủy ban nhân dân phường Một", "WARD_COMMITTEES", c.wardA);
    created(
        "api/units/merge",
        "{\"sources\":[\""
            + c.wardA
            + "\",\""
            + c.wardB
            + "\"],"
            + "\"successor\":{\"code\":\""
            + merged
            + "\",\"name\":\"Phường Mới "
            + c.run
            + "\",\"level\":\"COMMUNE\",\"parentCode\":\""
            + c.city
            + "\"},"
            + "\"date\":\"2024-01-01\"}");

    String ofMerged = api.tokenOf("reporter.vinhlac", merged);
    String ofB = api.tokenOf("reporter.vinhlac", c.wardB);

    assertThat(get(people + "/" + ofA, ofMerged).status()).isEqualTo(200);
    assertThat(
            codes(get(people + "?size=500", ofMerged).object().getJsonArray("items"), "unitCode"))
        .containsExactly(c.wardA);
    assertThat(get(people + "/" + ofA, ofB).status()).isEqualTo(404);
    assertThat(get("api/units/" + merged, ofB).status()).isEqualTo(404);
  }

  @Test
  void aWardMovedToAnotherCityLeavesTheOldCitysReach() {
    FreshCity c = FreshCity.create(deployment);
    String people = "api/plans/" + c.plan + "/participants";
    String to = c.city + "-to";
    created(
        "api/units",
        "{\"code\":\""
            + to
            + "\",\"name\":\"Thành phố Mới "
            + c.run
            + "\",\"level\":\"DISTRICT\",\"openedOn\":\"2020-01-01\"}");
    String id =
        c.participant("a", "COLLECTIVE", "Ủy ban nhân dân phường Một", "WARD_COMMITTEES", c.wardA);
    String oldCity = api.tokenOf("reporter.vinhlac", c.city);
    String newCity = api.tokenOf("reporter.vinhlac", to);
    assertThat(get(people + "/" + id, oldCity).status()).isEqualTo(200);
    assertThat(get(people + "/" + id, newCity).status()).isEqualTo(404);

    Api.Reply moved =
        postJson(
            "api/units/" + c.wardA + "/move",
            admin,
            "{\"from\":"
                + "\"2024-01-01\",\"name\":\"Phường Một "
                + c.run
                + "\",\"parentCode\":\""
                + to
                + "\"}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);

    assertThat(get(people + "/" + id, oldCity).status()).isEqualTo(404);
    assertThat(get(people + "/" + id + "/evidence/ANNUAL-2022", oldCity).status()).isEqualTo(404);
    assertThat(get("api/units/" + c.wardA, oldCity).status()).isEqualTo(404);
    assertThat(get("api/units/" + c.wardB, oldCity).status()).isEqualTo(200);
    Api.Reply register =
        postJson(
            people,
            oldCity,
            "{\"kind\":\"COLLECTIVE\",\"name\":"
                + "\"Tổ dân phố thử\",\"categoryCode\":\"WARD_COMMITTEES\",\"unitCode\":\""
                + c.wardA
                + "\"}");
    assertThat(register.status()).as(register.body()).isEqualTo(403);
    assertThat(get(people + "/" + id, newCity).status()).isEqualTo(200);
  }

  private void created(String path, String json) {
    Api.Reply r = postJson(path, admin, json);
    assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(201);
  }

  private String participantOf(String unit) {
    Api.Reply r = get(PARTICIPANTS + "?size=1&unit=" + unit, admin);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object().getJsonArray("items").getJsonObject(0).getString("id");
  }

  private static Set<String> codes(JsonArray items, String field) {
    return Set.copyOf(
        items.getValuesAs(JsonObject.class).stream().map(o -> o.getString(field)).toList());
  }
}
