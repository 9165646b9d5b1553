package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
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
 * Figures across a merger inside a year, as a user sees them through the API: ward A and ward B
 * report January to June 2025, merge on 1 July into ward C, which reports July to December. G2 (a
 * flow) adds the halves; S4 (a stock) takes ward C's state and shows the earlier ones. The 2025
 * rounds judge ward C, not the wards that closed before them. And numbers read as people read them:
 * a gap of 0 against "&gt; 90" says how many more dossiers were needed, 99.999 against "= 100" is
 * not shown as 100.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReorganisedFiguresIT {

  private static FreshCity world;
  private static String wardC;

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private FreshCity world() {
    if (world == null) {
      FreshCity w = FreshCity.create(deployment);
      String c = w.city + "-c";
      w.report("G2", w.wardA, 2025, 400, 500);
      w.report("G2", w.wardB, 2025, 100, 500);
      w.report("S4", w.wardA, 2025, 450, 500);
      w.report("S4", w.wardB, 2025, 300, 500);
      Api.Reply merged = w.api().post("api/units/merge", w.mergerOfTheWards(c, "2025-07-01"), "en");
      assertThat(merged.status()).as(merged.body()).isEqualTo(201);
      w.report("G2", c, 2025, 450, 500);
      w.report("S4", c, 2025, 960, 1000);
      // for the numbers: ward C did not exist in 2023, so ward A's 2023 figures carry G10 and G1
      w.report("G10", w.wardA, 2023, 90, 100);
      w.report("G1", w.wardA, 2023, 99_999, 100_000);
      w.report("E1", w.city, 2024, "90");
      wardC = c;
      world = w;
    }
    return world;
  }

  private JsonObject ok(String path) {
    Api.Reply r = world().api().get(path, "en");
    assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
    return r.object();
  }

  private static Map<String, JsonObject> rows(JsonObject report) {
    return report.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(r -> r.getString("indicator"), Function.identity()));
  }

  private static List<JsonObject> parts(JsonObject row, String use) {
    return row.getJsonArray("parts").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("use").equals(use))
        .toList();
  }

  @Test
  void aFlowAddsThePartsOfTheYearBeforeAndAfterTheMerger() {
    FreshCity w = world();
    JsonObject g2 =
        rows(ok(
                "api/plans/"
                    + w.plan
                    + "/progress?unit="
                    + wardC
                    + "&milestone=2025&year=2025&date=2025-12-31"))
            .get("G2");

    // 400 + 100 of 1000 before July, 450 of 500 after: 950 of 1500
    assertThat(g2.getJsonNumber("numerator").longValue()).isEqualTo(950);
    assertThat(g2.getJsonNumber("denominator").longValue()).isEqualTo(1500);
    assertThat(g2.getJsonObject("coverage").getInt("reported")).isEqualTo(3);
    assertThat(parts(g2, "COUNTED")).hasSize(3);
    JsonObject half =
        parts(g2, "COUNTED").stream()
            .filter(p -> p.getString("unit").equals(w.wardA))
            .findFirst()
            .orElseThrow();
    assertThat(half.getString("from")).isEqualTo("2025-01-01");
    assertThat(half.getString("to")).isEqualTo("2025-06-30");
  }

  @Test
  void theCityTotalKeepsThePredecessorsHalfOfAFlow() {
    FreshCity w = world();
    JsonObject g2 =
        rows(ok(
                "api/plans/"
                    + w.plan
                    + "/progress?unit="
                    + w.city
                    + "&milestone=2025&year=2025&date=2025-12-31"))
            .get("G2");

    assertThat(g2.getJsonNumber("numerator").longValue()).isEqualTo(950);
    assertThat(g2.getJsonNumber("denominator").longValue()).isEqualTo(1500);
  }

  @Test
  void aStockTakesTheLatestStateAndShowsTheEarlierOnes() {
    FreshCity w = world();
    JsonObject s4 =
        rows(ok(
                "api/plans/"
                    + w.plan
                    + "/progress?unit="
                    + wardC
                    + "&milestone=2025&year=2025&date=2025-12-31"))
            .get("S4");

    assertThat(s4.getJsonNumber("numerator").longValue()).isEqualTo(960);
    assertThat(s4.getJsonNumber("denominator").longValue()).isEqualTo(1000);
    assertThat(s4.getString("status")).isEqualTo("MET");
    assertThat(parts(s4, "EARLIER_STATE"))
        .extracting(p -> p.getString("unit"))
        .containsExactlyInAnyOrder(w.wardA, w.wardB);
    assertThat(parts(s4, "EARLIER_STATE").get(0).getJsonObject("reason").getString("en"))
        .contains("earlier state");
  }

  @Test
  void theRoundsOf2025JudgeTheSuccessorNotTheWardsThatClosedBeforeThem() {
    FreshCity w = world();
    String closed =
        w.participant("old", "COLLECTIVE", "UBND phường Một", "WARD_COMMITTEES", w.wardA);
    String successor =
        w.participant("new", "COLLECTIVE", "UBND phường Ba", "WARD_COMMITTEES", wardC);
    String occasions = "api/plans/" + w.plan + "/occasions/";

    Api.Reply refused = w.api().get(occasions + "ANNUAL-2025/verdicts/" + closed, "en");
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.object().getString("detail"))
        .contains(w.wardA)
        .contains(wardC)
        .contains("2025-07-01");
    Api.Reply vi = w.api().get(occasions + "ANNUAL-2025/verdicts/" + closed, "vi");
    assertThat(vi.object().getString("detail")).contains("đơn vị kế thừa");
    assertThat(w.api().get(occasions + "ANNUAL-2025/verdicts/" + successor, "en").status())
        .isEqualTo(200);
    List<String> judged =
        ok(occasions + "ANNUAL-2025/verdicts?size=500")
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(i -> i.getJsonObject("participant").getString("id"))
            .toList();
    assertThat(judged).contains(successor).doesNotContain(closed);
    // the ward existed while the 2024 round was held: judged then, its successor not yet
    assertThat(w.api().get(occasions + "ANNUAL-2024/verdicts/" + closed, "en").status())
        .isEqualTo(200);
    assertThat(w.api().get(occasions + "ANNUAL-2024/verdicts/" + successor, "en").status())
        .isEqualTo(409);
  }

  @Test
  void aGapOfZeroAgainstAStrictThresholdSaysHowManyMoreWereNeeded() {
    FreshCity w = world();
    Map<String, JsonObject> rows =
        rows(
            ok(
                "api/plans/"
                    + w.plan
                    + "/progress?unit="
                    + w.wardA
                    + "&milestone=2023&year=2023&date=2023-12-31"));

    JsonObject g10 = rows.get("G10"); // 90 of 100 against "> 90"
    assertThat(g10.getString("status")).isEqualTo("NOT_MET");
    assertThat(g10.getJsonNumber("gap").bigDecimalValue()).isEqualByComparingTo("0");
    assertThat(g10.getJsonNumber("shortfall").longValue()).isEqualTo(1);
    JsonObject g1 = rows.get("G1"); // 99,999 of 100,000 against "= 100"
    assertThat(g1.getString("status")).isEqualTo("NOT_MET");
    assertThat(g1.get("value").toString()).isEqualTo("99.999");
    assertThat(g1.get("gap").toString()).isEqualTo("-0.001");
    assertThat(g1.getJsonNumber("shortfall").longValue()).isEqualTo(1);
  }

  /** A JSON number token written with an exponent, such as {@code 9E+1} or {@code 1.5e-3}. */
  private static final String EXPONENT = "[:,\\[]\\s*-?[0-9]+(\\.[0-9]+)?[eE][+-]?[0-9]";

  @Test
  void numbersAreWrittenAsPlainDecimalsNeverWithAnExponent() {
    FreshCity w = world();
    Api.Reply list =
        w.api().get("api/plans/" + w.plan + "/measurements?unit=" + w.city + "&year=2024", "en");

    assertThat(list.status()).as(list.body()).isEqualTo(200);
    // a JSON number follows ':', ',' or '['; a code such as "it00e06a0c" is a string, not a number
    assertThat(list.body()).doesNotContainPattern(EXPONENT);
    assertThat(list.body()).contains("90");
    Api.Reply progress =
        w.api()
            .get(
                "api/plans/"
                    + w.plan
                    + "/progress?unit="
                    + w.city
                    + "&milestone=2025&year=2024&date=2024-12-31",
                "en");
    assertThat(progress.body()).doesNotContainPattern(EXPONENT);
  }
}
