package vn.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.core.TestPlans.declaration;
import static vn.emulation.core.TestPlans.registered;
import static vn.emulation.core.TestPlans.verdict;
import static vn.emulation.core.TestPlans.ward;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.TestPlans;
import vn.emulation.core.plan.Plan;

/** Declarations backed by evidence, and the emulation plan registered by the deadline. */
class DeclarationAndRegistrationTest {

  @ParameterizedTest(name = "may not apply: {0}, answer {1} → {2}, {3}")
  @CsvSource({
    "false, YES, MET, ELIGIBLE",
    "false, NO, NOT_MET, NOT_ELIGIBLE",
    "false, NOT_APPLICABLE, NOT_MET, NOT_ELIGIBLE",
    "true, YES, MET, ELIGIBLE",
    "true, NO, NOT_MET, NOT_ELIGIBLE",
    "true, NOT_APPLICABLE, NOT_APPLICABLE, ELIGIBLE"
  })
  void declarationFollowsTheAnswer(
      boolean mayNotApply, Answer answer, CriterionStatus status, Outcome outcome) {
    Plan plan = TestPlans.withCriteria(declaration("DANG-BO", mayNotApply));

    Verdict v = verdict(plan, ward(), e -> e.answer("DANG-BO", answer, "NQ-05/2023"));

    assertThat(v.results()).singleElement().extracting(CriterionResult::status).isEqualTo(status);
    assertThat(v.outcome()).isEqualTo(outcome);
  }

  @ParameterizedTest
  @CsvSource({"true", "false"})
  void unansweredDeclarationIsUndecided(boolean mayNotApply) {
    Plan plan = TestPlans.withCriteria(declaration("DANG-BO", mayNotApply));

    Verdict v = verdict(plan, ward(), e -> e);

    assertThat(v.results().get(0).status()).isEqualTo(CriterionStatus.UNDECIDED);
    assertThat(v.outcome()).isEqualTo(Outcome.INCOMPLETE);
  }

  @Test
  void evidenceKeepsTheReferenceGivenWithTheAnswer() {
    Evaluator evaluator = Evaluator.of(TestPlans.withCriteria(declaration("CHAP-HANH", false)));

    Evidence evidence =
        evaluator.evidence().answer("CHAP-HANH", Answer.YES, "Biên bản họp số 12").build();

    assertThat(evidence.reference("CHAP-HANH")).hasValue("Biên bản họp số 12");
    assertThat(evidence.reference("KHAC")).isEmpty();
  }

  @ParameterizedTest(name = "registered on {0} → {1}")
  @CsvSource({
    "2022-12-20, MET",
    "2023-01-30, MET",
    "2023-01-31, MET", // the due day itself is on time
    "2023-02-01, NOT_MET",
    "2023-06-15, NOT_MET"
  })
  void registrationMustNotBeLate(LocalDate registeredOn, CriterionStatus status) {
    Plan plan = TestPlans.withCriteria(registered("KE-HOACH"));

    Verdict v = verdict(plan, ward(), e -> e.registeredOn(registeredOn));

    assertThat(v.results().get(0).status()).isEqualTo(status);
  }

  @Test
  void notRegisteredIsNotMet() {
    Plan plan = TestPlans.withCriteria(registered("KE-HOACH"));

    Verdict v = verdict(plan, ward(), Evidence.Builder::notRegistered);

    assertThat(v.results().get(0).status()).isEqualTo(CriterionStatus.NOT_MET);
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
  }

  @Test
  void unknownRegistrationIsUndecided() {
    Plan plan = TestPlans.withCriteria(registered("KE-HOACH"));

    Verdict v = verdict(plan, ward(), e -> e);

    assertThat(v.results().get(0).status()).isEqualTo(CriterionStatus.UNDECIDED);
    assertThat(v.outcome()).isEqualTo(Outcome.INCOMPLETE);
  }
}
