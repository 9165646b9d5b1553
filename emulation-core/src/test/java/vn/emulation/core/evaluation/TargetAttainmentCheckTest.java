package vn.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.core.TestPlans.INDICATORS;
import static vn.emulation.core.TestPlans.SOME;
import static vn.emulation.core.TestPlans.attainment;
import static vn.emulation.core.TestPlans.verdict;
import static vn.emulation.core.TestPlans.ward;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.TestPlans;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.AttainmentStatus;

/** "Some of the specific targets met" (3.2.2 b): at least k of the listed targets. */
class TargetAttainmentCheckTest {

  /** The first {@code met} indicators met, the next {@code notMet} not met, the rest no data. */
  private static Map<String, AttainmentStatus> statuses(int met, int notMet, int noData) {
    Map<String, AttainmentStatus> byIndicator = new LinkedHashMap<>();
    for (int i = 0; i < met + notMet + noData; i++) {
      byIndicator.put(
          INDICATORS.get(i),
          i < met
              ? AttainmentStatus.MET
              : i < met + notMet ? AttainmentStatus.NOT_MET : AttainmentStatus.NO_DATA);
    }
    return byIndicator;
  }

  private static CriterionStatus status(Plan plan, Map<String, AttainmentStatus> statuses) {
    return verdict(plan, ward(), e -> e.attainments(statuses)).results().get(0).status();
  }

  @ParameterizedTest(name = "k = 3: {0} met, {1} not met, {2} no data → {3}")
  @CsvSource({
    "3, 3, 0, MET",
    "6, 0, 0, MET",
    "3, 0, 3, MET", // k met: the missing figures cannot change it
    "2, 4, 0, NOT_MET",
    "0, 4, 2, NOT_MET", // 0 + 2 open can no longer reach 3
    "1, 4, 1, NOT_MET",
    "2, 3, 1, UNDECIDED", // one more could still make 3
    "0, 3, 3, UNDECIDED",
    "0, 0, 6, UNDECIDED",
    "0, 0, 0, UNDECIDED" // nothing given is no data
  })
  void atLeastKTargetsMet(int met, int notMet, int noData, CriterionStatus expected) {
    Plan plan = TestPlans.withCriteria(attainment("MUC-TIEU", 3, null, INDICATORS));

    assertThat(status(plan, statuses(met, notMet, noData))).isEqualTo(expected);
  }

  @Test
  void kFromAnUnsetParameterLeavesTheCriterionUndecided() {
    Plan plan = TestPlans.withCriteria(attainment("MUC-TIEU", null, SOME, INDICATORS));

    assertThat(status(plan, statuses(6, 0, 0))).isEqualTo(CriterionStatus.UNDECIDED);
  }

  @ParameterizedTest(name = "k = {0}: {1} met, {2} not met → {3}")
  @CsvSource({"2, 2, 4, MET", "4, 3, 3, NOT_MET", "4, 3, 2, UNDECIDED"})
  void kFromAParameterOnceSet(long k, int met, int notMet, CriterionStatus expected) {
    Plan unset = TestPlans.withCriteria(attainment("MUC-TIEU", null, SOME, INDICATORS));
    Plan plan = TestPlans.withParameter(unset, SOME, k);

    assertThat(status(plan, statuses(met, notMet, 6 - met - notMet))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "all: {0} met, {1} not met, {2} no data → {3}")
  @CsvSource({"6, 0, 0, MET", "5, 1, 0, NOT_MET", "5, 0, 1, UNDECIDED", "0, 1, 5, NOT_MET"})
  void everyTargetWhenNeitherNumberNorParameterIsGiven(
      int met, int notMet, int noData, CriterionStatus expected) {
    Plan plan = TestPlans.withCriteria(attainment("CQS", null, null, INDICATORS));

    assertThat(status(plan, statuses(met, notMet, noData))).isEqualTo(expected);
  }

  @Test
  void onlyTheListedIndicatorsCount() {
    Plan plan =
        TestPlans.withCriteria(attainment("CQS", null, null, java.util.List.of("G1", "G3")));

    Map<String, AttainmentStatus> statuses = new LinkedHashMap<>();
    statuses.put("G1", AttainmentStatus.MET);
    statuses.put("G3", AttainmentStatus.MET);
    statuses.put("S1", AttainmentStatus.NOT_MET);

    assertThat(status(plan, statuses)).isEqualTo(CriterionStatus.MET);
  }

  @Test
  void anIncompleteFigureIsUnknownNeverMet() {
    Plan plan = TestPlans.withCriteria(attainment("MUC-TIEU", 3, null, INDICATORS));
    Map<String, AttainmentStatus> statuses = statuses(2, 0, 0);
    statuses.put(INDICATORS.get(2), AttainmentStatus.INCOMPLETE);

    var result = verdict(plan, ward(), e -> e.attainments(statuses)).results().get(0);

    assertThat(result.status()).isEqualTo(CriterionStatus.UNDECIDED);
    assertThat(result.explanation().en())
        .contains("incomplete (units yet to report): " + INDICATORS.get(2));
    assertThat(result.explanation().vi()).contains("chưa đủ số liệu");
  }

  @Test
  void anIncompleteFigureCannotSaveACriterionAlreadyLost() {
    Plan plan = TestPlans.withCriteria(attainment("MUC-TIEU", 3, null, INDICATORS));
    Map<String, AttainmentStatus> statuses = statuses(0, 5, 0);
    statuses.put(INDICATORS.get(5), AttainmentStatus.INCOMPLETE);

    assertThat(status(plan, statuses)).isEqualTo(CriterionStatus.NOT_MET);
  }
}
