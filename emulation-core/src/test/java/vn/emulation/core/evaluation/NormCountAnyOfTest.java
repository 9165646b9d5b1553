package vn.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.core.TestPlans.NORM;
import static vn.emulation.core.TestPlans.anyOf;
import static vn.emulation.core.TestPlans.count;
import static vn.emulation.core.TestPlans.declaration;
import static vn.emulation.core.TestPlans.enterprise;
import static vn.emulation.core.TestPlans.norm;
import static vn.emulation.core.TestPlans.official;
import static vn.emulation.core.TestPlans.verdict;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.TestPlans;
import vn.emulation.core.plan.Plan;

/** Contributions against the norm, counted achievements, and alternatives. */
class NormCountAnyOfTest {

  private static final long NORM_DONG = 100_000_000L;

  private static Plan normPlan() {
    return TestPlans.withParameter(
        TestPlans.withCriteria(norm("DONG-GOP", "dong-gop")), NORM, NORM_DONG);
  }

  private static CriterionStatus first(Plan plan, UnaryOperator<Evidence.Builder> facts) {
    return verdict(plan, enterprise(), facts).results().get(0).status();
  }

  @ParameterizedTest(name = "{0} đồng against a norm of 100 000 000 → {1}")
  @CsvSource({"150000000, MET", "100000000, MET", "99999999, NOT_MET", "0, NOT_MET"})
  void contributionMustReachTheNorm(long dong, CriterionStatus expected) {
    assertThat(first(normPlan(), e -> e.amount("dong-gop", dong))).isEqualTo(expected);
  }

  @Test
  void normNotYetIssuedLeavesTheCriterionUndecided() {
    Plan unset = TestPlans.withCriteria(norm("DONG-GOP", "dong-gop"));

    assertThat(first(unset, e -> e.amount("dong-gop", 999_000_000_000L)))
        .isEqualTo(CriterionStatus.UNDECIDED);
  }

  @Test
  void unknownContributionIsUndecided() {
    assertThat(first(normPlan(), e -> e)).isEqualTo(CriterionStatus.UNDECIDED);
  }

  @ParameterizedTest(name = "{0} initiatives, at least 2 → {1}")
  @CsvSource({"0, NOT_MET", "1, NOT_MET", "2, MET", "7, MET"})
  void countMustReachItsMinimum(int initiatives, CriterionStatus expected) {
    Plan plan = TestPlans.withCriteria(count("SANG-KIEN", "sang-kien", 2));

    assertThat(first(plan, e -> e.count("sang-kien", initiatives))).isEqualTo(expected);
  }

  @Test
  void unknownCountIsUndecided() {
    Plan plan = TestPlans.withCriteria(count("SANG-KIEN", "sang-kien", 2));

    assertThat(first(plan, e -> e)).isEqualTo(CriterionStatus.UNDECIDED);
  }

  /** 3.2.2 e: a recognised initiative, or effective measures put into practice. */
  private static Plan initiativeOrMeasures() {
    return TestPlans.withCriteria(
        anyOf("CA-NHAN", count("SANG-KIEN", "sang-kien", 1), declaration("GIAI-PHAP", false)));
  }

  @ParameterizedTest(name = "initiatives {0}, measures {1} → {2}")
  @CsvSource({
    "1, , MET",
    "1, NO, MET",
    "0, YES, MET",
    ", YES, MET",
    "0, NO, NOT_MET",
    "0, , UNDECIDED",
    ", NO, UNDECIDED",
    ", , UNDECIDED"
  })
  void anyOneAlternativeSuffices(Integer initiatives, Answer measures, CriterionStatus expected) {
    Verdict v =
        verdict(
            initiativeOrMeasures(),
            official(),
            e -> {
              if (initiatives != null) {
                e.count("sang-kien", initiatives);
              }
              if (measures != null) {
                e.answer("GIAI-PHAP", measures, null);
              }
              return e;
            });

    assertThat(v.results().get(0).status()).isEqualTo(expected);
  }
}
