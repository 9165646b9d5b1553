package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The progress endpoints end to end: the demo city's figures for the 2023 milestone, checked for
 * what must hold whatever the generated figures are; then a fresh plan and city whose figures are
 * known, for exact values, drill-down, ranking and defaults; and every kind of bad parameter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgressApiIT {

  private static final String DEMO = "api/plans/rach-gia-2022-2025/progress";
  private static final String CITY_2023 = "unit=899&milestone=2023";

  /** Figures the city reports itself, and E2, whose figure is its lowest sector's. */
  private static final Set<String> NOT_SUMMED = Set.of("G4", "E1", "E2", "E3", "E6");

  private static final Set<String> STATUSES = Set.of("MET", "NOT_MET", "INCOMPLETE", "NO_DATA");

  private static FreshCity world;

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private Api api() {
    return new Api(deployment);
  }

  /** A fresh plan and city with the figures of {@link FreshCity#reportSampleFigures()}. */
  private FreshCity world() {
    if (world == null) {
      FreshCity w = FreshCity.create(deployment);
      w.reportSampleFigures();
      world = w;
    }
    return world;
  }

  private JsonObject ok(String path) {
    Api.Reply r = api().get(path, "en");
    assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
    return r.object();
  }

  private static List<JsonObject> objects(JsonObject o, String key) {
    return o.getJsonArray(key).getValuesAs(JsonObject.class);
  }

  private static List<String> fields(Api.Reply problem) {
    return objects(problem.object(), "errors").stream().map(e -> e.getString("field")).toList();
  }

  private static Map<String, JsonObject> byIndicator(JsonObject report) {
    return objects(report, "rows").stream()
        .collect(Collectors.toMap(r -> r.getString("indicator"), Function.identity()));
  }

  @Test
  void theCityReportHoldsEveryTargetOfTheMilestoneWithConsistentFigures() {
    JsonObject city = ok(DEMO + "?" + CITY_2023);

    assertThat(city.getInt("milestone")).isEqualTo(2023);
    assertThat(city.getInt("year")).isEqualTo(2023);
    assertThat(city.getString("date")).isEqualTo("2023-12-31");
    assertThat(city.getJsonObject("unit").getString("name")).isEqualTo("Thành phố Rạch Giá");
    assertThat(city.getJsonObject("unit").getString("level")).isEqualTo("DISTRICT");
    List<JsonObject> rows = objects(city, "rows");
    assertThat(rows)
        .hasSize(27)
        .allSatisfy(
            row -> {
              assertThat(row.getString("status")).isIn(STATUSES);
              JsonObject coverage = row.getJsonObject("coverage");
              assertThat(coverage.getInt("reported")).isBetween(0, coverage.getInt("expected"));
              // units missing make a figure incomplete, never met, and are named
              boolean complete = coverage.getInt("reported") == coverage.getInt("expected");
              assertThat(coverage.getJsonArray("missing").size())
                  .isEqualTo(coverage.getInt("expected") - coverage.getInt("reported"));
              if (!complete && !row.getString("status").equals("NO_DATA")) {
                assertThat(row.getString("status")).isEqualTo("INCOMPLETE");
              }
              assertThat(row.getJsonObject("name").getString("vi")).isNotBlank();
              assertThat(row.getJsonObject("name").getString("en")).isNotBlank();
              if (row.getString("status").equals("NO_DATA")) {
                assertThat(row.isNull("value")).isTrue();
                assertThat(row.isNull("gap")).isTrue();
              } else {
                assertThat(row.getJsonNumber("gap").bigDecimalValue())
                    .isEqualByComparingTo(
                        row.getJsonNumber("value")
                            .bigDecimalValue()
                            .subtract(row.getJsonNumber("threshold").bigDecimalValue()));
              }
            });
    JsonObject summary = city.getJsonObject("summary");
    assertThat(summary.getInt("met") + summary.getInt("notMet") + summary.getInt("noData"))
        .isEqualTo(27)
        .isEqualTo(summary.getInt("targets"));
    assertThat(summary.getJsonObject("coverage").getInt("expected"))
        .isEqualTo(
            rows.stream().mapToInt(r -> r.getJsonObject("coverage").getInt("expected")).sum());
  }

  @Test
  void aCityShareIsTheRatioOfItsWardsSummedCounts() {
    JsonObject city = ok(DEMO + "?" + CITY_2023);
    JsonObject children = ok(DEMO + "/children?" + CITY_2023 + "&size=50");
    List<Map<String, JsonObject>> wards =
        objects(children, "items").stream().map(ProgressApiIT::byIndicator).toList();
    int checked = 0;

    for (JsonObject row : objects(city, "rows")) {
      String code = row.getString("indicator");
      if (NOT_SUMMED.contains(code)
          || row.isNull("numerator")
          || row.getJsonObject("coverage").getInt("expected") < 2) {
        continue;
      }
      long numerator = 0;
      long denominator = 0;
      for (Map<String, JsonObject> ward : wards) {
        JsonObject w = ward.get(code);
        if (w != null && !w.isNull("numerator")) {
          numerator += w.getJsonNumber("numerator").longValue();
          denominator += w.getJsonNumber("denominator").longValue();
        }
      }
      assertThat(row.getJsonNumber("numerator").longValue()).as(code).isEqualTo(numerator);
      assertThat(row.getJsonNumber("denominator").longValue()).as(code).isEqualTo(denominator);
      assertThat(row.getJsonNumber("value").bigDecimalValue())
          .as(code)
          .isEqualByComparingTo(
              BigDecimal.valueOf(numerator * 100)
                  .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_EVEN));
      checked++;
    }
    assertThat(checked).as("shares aggregated from the wards").isGreaterThan(10);
  }

  @Test
  void drillDownPagesThroughTheWardsByCode() {
    JsonObject first = ok(DEMO + "/children?" + CITY_2023 + "&size=5");
    // the twelve wards of the demo, and any unit another test opened under the city
    int total = first.getInt("total");
    int pages = (total + 4) / 5;
    List<String> codes = new ArrayList<>();
    for (int page = 0; page < pages; page++) {
      objects(ok(DEMO + "/children?" + CITY_2023 + "&size=5&page=" + page), "items")
          .forEach(c -> codes.add(c.getJsonObject("unit").getString("code")));
    }

    assertThat(first.getJsonObject("parent").getJsonObject("unit").getString("code"))
        .isEqualTo("899");
    assertThat(total).isGreaterThanOrEqualTo(12);
    assertThat(objects(first, "items"))
        .hasSize(5)
        .allSatisfy(
            ward -> {
              assertThat(ward.getJsonObject("unit").getString("level")).isEqualTo("COMMUNE");
              // G7 is the city's alone; G4, E1, E2, E3, E6 the city reports and nothing sums up
              assertThat(objects(ward, "rows")).hasSize(21);
            });
    assertThat(codes)
        .hasSize(total)
        .doesNotHaveDuplicates()
        .isSorted()
        .contains("30730", "30733", "30760", "30763");
    assertThat(ok(DEMO + "/children?" + CITY_2023 + "&size=5&page=" + pages).getJsonArray("items"))
        .isEmpty();
  }

  @Test
  void theRankingPutsMostTargetsMetFirstAndTiesShareARank() {
    JsonObject ranking = ok(DEMO + "/ranking?" + CITY_2023 + "&size=50");
    List<JsonObject> ranks = objects(ranking, "items");

    assertThat(ranks).hasSize(ranking.getInt("total")).hasSizeGreaterThanOrEqualTo(12);
    assertThat(ranks.get(0).getInt("rank")).isEqualTo(1);
    for (int i = 1; i < ranks.size(); i++) {
      int met = ranks.get(i).getJsonObject("summary").getInt("met");
      int before = ranks.get(i - 1).getJsonObject("summary").getInt("met");
      assertThat(met).isLessThanOrEqualTo(before);
      if (met < before) {
        assertThat(ranks.get(i).getInt("rank")).isEqualTo(i + 1);
      } else {
        assertThat(ranks.get(i).getInt("rank")).isBetween(ranks.get(i - 1).getInt("rank"), i + 1);
      }
    }
    assertThat(ok(DEMO + "/ranking?" + CITY_2023 + "&size=3&page=1").getJsonArray("items"))
        .hasSize(3);
  }

  @Test
  void aYearAloneGivesTheNextMilestoneAndTheEndOfThatYear() {
    JsonObject report = ok(DEMO + "?unit=899&year=2022");
    JsonObject dated = ok(DEMO + "?unit=30730&milestone=2025&year=2024&date=2024-06-30");

    assertThat(report.getInt("milestone")).isEqualTo(2023);
    assertThat(report.getInt("year")).isEqualTo(2022);
    assertThat(report.getString("date")).isEqualTo("2022-12-31");
    assertThat(dated.getInt("milestone")).isEqualTo(2025);
    assertThat(dated.getString("date")).isEqualTo("2024-06-30");
    assertThat(dated.getJsonObject("unit").getString("name")).isEqualTo("Phường Vĩnh Thanh Vân");
  }

  @Test
  void theCityFigureIsTheRatioOfItsWardsSummedCountsNotTheMeanOfTheirShares() {
    FreshCity w = world();
    // no unit named: the plan's whole city, the smallest unit above every unit that reported
    JsonObject city = ok("api/plans/" + w.plan + "/progress?milestone=2023");
    Map<String, JsonObject> rows = byIndicator(city);

    assertThat(city.getJsonObject("unit").getString("code")).isEqualTo(w.city);
    assertThat(city.getJsonObject("unit").getString("name")).isEqualTo("Thành phố Thử " + w.run);
    assertRow(rows.get("G2"), "MET", "83.64", "23.64", 920L, 1100L, 2, 2);
    assertThat(rows.get("G2").getString("comparator")).isEqualTo("AT_LEAST");
    assertThat(rows.get("G2").getString("symbol")).isEqualTo("≥");
    assertThat(rows.get("G2").getJsonNumber("threshold").intValue()).isEqualTo(60);
    assertThat(rows.get("G2").getString("pillar")).isEqualTo("DIGITAL_GOVERNMENT");
    assertRow(rows.get("G8"), "NOT_MET", "77.27", "-2.73", 85L, 110L, 2, 2);
    assertRow(rows.get("G7"), "MET", "100.00", "0.00", 50L, 50L, 1, 1);
    // ward B has not reported G1: 100 % from one ward of two is not yet a fact
    assertRow(rows.get("G1"), "INCOMPLETE", "100.00", "0.00", 40L, 40L, 1, 2);
    assertThat(rows.get("G1").getJsonObject("coverage").getJsonArray("missing").getString(0))
        .isEqualTo(w.wardB);
    assertRow(rows.get("E1"), "MET", "25.50", "5.50", null, null, 1, 1);
    assertThat(rows.get("S1").getString("status")).isEqualTo("NO_DATA");
    JsonObject summary = city.getJsonObject("summary");
    assertThat(
            List.of(
                summary.getInt("targets"),
                summary.getInt("met"),
                summary.getInt("notMet"),
                summary.getInt("noData")))
        .containsExactly(27, 3, 2, 22);
    assertThat(summary.getInt("incomplete")).isEqualTo(1);
  }

  private static void assertRow(
      JsonObject row,
      String status,
      String value,
      String gap,
      Long numerator,
      Long denominator,
      int reported,
      int expected) {
    String code = row.getString("indicator");
    assertThat(row.getString("status")).as(code).isEqualTo(status);
    assertThat(row.getJsonNumber("value").bigDecimalValue()).as(code).isEqualByComparingTo(value);
    assertThat(row.getJsonNumber("gap").bigDecimalValue()).as(code).isEqualByComparingTo(gap);
    if (numerator == null) {
      assertThat(row.isNull("numerator") && row.isNull("denominator")).as(code).isTrue();
    } else {
      assertThat(row.getJsonNumber("numerator").longValue()).as(code).isEqualTo(numerator);
      assertThat(row.getJsonNumber("denominator").longValue()).as(code).isEqualTo(denominator);
    }
    assertThat(row.getJsonObject("coverage").getInt("reported")).as(code).isEqualTo(reported);
    assertThat(row.getJsonObject("coverage").getInt("expected")).as(code).isEqualTo(expected);
  }

  @Test
  void drillingDownShowsEachWardsOwnCounts() {
    FreshCity w = world();
    JsonObject children = ok("api/plans/" + w.plan + "/progress/children?milestone=2023");
    List<JsonObject> wards = objects(children, "items");

    assertThat(children.getJsonObject("parent").getJsonObject("summary").getInt("met"))
        .isEqualTo(3);
    assertThat(wards)
        .extracting(c -> c.getJsonObject("unit").getString("code"))
        .containsExactly(w.wardA, w.wardB);
    assertRow(byIndicator(wards.get(0)).get("G2"), "MET", "90.00", "30.00", 900L, 1000L, 1, 1);
    assertRow(byIndicator(wards.get(0)).get("G8"), "MET", "80.00", "0.00", 80L, 100L, 1, 1);
    assertRow(byIndicator(wards.get(1)).get("G2"), "NOT_MET", "20.00", "-40.00", 20L, 100L, 1, 1);
    assertRow(byIndicator(wards.get(1)).get("G8"), "NOT_MET", "50.00", "-30.00", 5L, 10L, 1, 1);
    assertThat(byIndicator(wards.get(1)).get("G1").getString("status")).isEqualTo("NO_DATA");
    assertThat(byIndicator(wards.get(0))).doesNotContainKey("G7");
  }

  @Test
  void theWardMeetingMoreTargetsRanksFirst() {
    FreshCity w = world();
    List<JsonObject> ranks =
        objects(ok("api/plans/" + w.plan + "/progress/ranking?milestone=2023"), "items");

    assertThat(ranks)
        .extracting(
            r -> r.getInt("rank"),
            r -> r.getJsonObject("unit").getString("code"),
            r -> r.getJsonObject("summary").getInt("met"),
            r -> r.getJsonObject("summary").getInt("notMet"))
        .containsExactly(tuple(1, w.wardA, 3, 0), tuple(2, w.wardB, 0, 2));
  }

  @Test
  void everyBadParameterIsNamedAtOnceInEitherLanguage() {
    String bad = "?unit=nowhere&milestone=2024&year=2030&date=2023-02-30";
    Api.Reply en = api().get(DEMO + bad, "en");
    Api.Reply vi = api().get(DEMO + bad, null);

    assertThat(en.status()).isEqualTo(400);
    assertThat(en.contentType()).startsWith("application/problem+json");
    assertThat(fields(en)).containsExactly("milestone", "year", "date", "unit");
    assertThat(objects(en.object(), "errors"))
        .extracting(e -> e.getString("reason"))
        .containsExactly(
            "The plan has no milestone 2024; its milestones: 2023, 2025",
            "Year 2030 lies outside the plan's period 2022–2025",
            "Not a valid date: \"2023-02-30\" (expected YYYY-MM-DD)",
            "No unit nowhere");
    assertThat(vi.object().getString("title")).isEqualTo("Dữ liệu gửi lên không hợp lệ");
    assertThat(objects(vi.object(), "errors"))
        .extracting(e -> e.getString("reason"))
        .contains("Kế hoạch không có mốc 2024; các mốc: 2023, 2025", "Không có đơn vị nowhere");
  }

  @Test
  void malformedNumbersAreNamedNotTreatedAsAMissingPage() {
    Api.Reply r = api().get(DEMO + "?milestone=twenty&year=2O23", "en");
    Api.Reply page = api().get(DEMO + "/children?unit=899&year=1999&size=0", "en");
    Api.Reply ranking = api().get(DEMO + "/ranking?" + CITY_2023 + "&page=-1", "en");

    assertThat(r.status()).isEqualTo(400);
    assertThat(fields(r)).containsExactly("milestone", "year");
    assertThat(objects(r.object(), "errors").get(0).getString("reason"))
        .isEqualTo("Must be a whole number, was \"twenty\"");
    assertThat(page.status()).isEqualTo(400);
    assertThat(fields(page)).containsExactlyInAnyOrder("size", "year");
    assertThat(fields(ranking)).containsExactly("page");
  }

  @Test
  void withoutPartsTheRowsAreTheSameFiguresWithoutTheReportsBehindThem() {
    FreshCity w = world();
    String city = "api/plans/" + w.plan + "/progress?unit=" + w.city + "&milestone=2023";
    JsonObject full = ok(city);
    JsonObject bare = ok(city + "&parts=false");
    JsonObject asDefault = ok(city + "&parts=true");

    assertThat(asDefault).isEqualTo(full);
    assertThat(objects(full, "rows"))
        .anySatisfy(r -> assertThat(r.getJsonArray("parts")).isNotEmpty());
    assertThat(objects(bare, "rows"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.isNull("parts")).as(r.toString()).isTrue());
    // every figure as with its parts: only the parts are left out
    assertThat(objects(bare, "rows"))
        .map(r -> r.getString("indicator") + " " + r.get("value") + " " + r.getString("status"))
        .containsExactlyElementsOf(
            objects(full, "rows").stream()
                .map(
                    r ->
                        r.getString("indicator")
                            + " "
                            + r.get("value")
                            + " "
                            + r.getString("status"))
                .toList());
    assertThat(bare.getJsonObject("summary")).isEqualTo(full.getJsonObject("summary"));

    JsonObject children =
        ok(
            "api/plans/"
                + w.plan
                + "/progress/children?unit="
                + w.city
                + "&milestone=2023&parts=false");
    assertThat(objects(children, "items"))
        .isNotEmpty()
        .allSatisfy(
            c ->
                assertThat(objects(c, "rows"))
                    .allSatisfy(r -> assertThat(r.isNull("parts")).isTrue()));
  }

  @Test
  void partsIsTrueOrFalseAndNamedWithTheOtherProblems() {
    Api.Reply r = api().get(DEMO + "?milestone=twenty&parts=no", "en");
    Api.Reply vi = api().get(DEMO + "/children?parts=TRUE", null);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(fields(r)).containsExactly("milestone", "parts");
    assertThat(objects(r.object(), "errors").get(1).getString("reason"))
        .isEqualTo("Must be true or false, was \"no\"");
    assertThat(vi.status()).isEqualTo(400);
    assertThat(fields(vi)).containsExactly("parts");
    assertThat(objects(vi.object(), "errors").get(0).getString("reason"))
        .isEqualTo("Phải là true hoặc false, đang là \"TRUE\"");
  }

  @Test
  void aUnitAskedForOnADayBeforeItOpenedIsNamed() {
    FreshCity w = world();
    Api.Reply r =
        api()
            .get(
                "api/plans/"
                    + w.plan
                    + "/progress?unit="
                    + w.wardA
                    + "&milestone=2023&year=2022&date=2019-06-30",
                "en");

    assertThat(r.status()).isEqualTo(400);
    assertThat(fields(r)).containsExactly("unit");
    assertThat(objects(r.object(), "errors").get(0).getString("reason"))
        .isEqualTo("Unit " + w.wardA + " did not exist on 2019-06-30");
  }

  @Test
  void anUnknownPlanIsNotFound() {
    Api.Reply en = api().get("api/plans/no-such-plan/progress", "en");
    Api.Reply vi = api().get("api/plans/no-such-plan/progress/ranking", null);

    assertThat(en.status()).isEqualTo(404);
    assertThat(en.contentType()).startsWith("application/problem+json");
    assertThat(en.object().getString("detail")).isEqualTo("No plan no-such-plan");
    assertThat(vi.status()).isEqualTo(404);
    assertThat(vi.object().getString("detail")).isEqualTo("Không có kế hoạch no-such-plan");
  }

  @Test
  void progressEvaluationAndOpenDataAreDocumentedInOpenApi() {
    Api.Reply doc = api().get("/openapi?format=JSON", null);

    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.body())
        .contains(
            "/plans/{plan}/progress\"",
            "/plans/{plan}/progress/children",
            "/plans/{plan}/progress/ranking",
            "/plans/{plan}/occasions/{occasion}/verdicts\"",
            "/plans/{plan}/occasions/{occasion}/verdicts/{participant}",
            "/plans/{plan}/occasions/{occasion}/summary",
            "/open-data/{plan}/progress.csv",
            "/open-data/{plan}/progress.json");
  }
}
