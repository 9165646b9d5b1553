package vn.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emulation.core.TestPlans.COLLECTIVE_ONLY_FORM;
import static vn.emulation.core.TestPlans.FORM;
import static vn.emulation.core.TestPlans.INDICATORS;
import static vn.emulation.core.TestPlans.OCCASION;
import static vn.emulation.core.TestPlans.OFFICE;
import static vn.emulation.core.TestPlans.WARD;
import static vn.emulation.core.TestPlans.attainment;
import static vn.emulation.core.TestPlans.declaration;
import static vn.emulation.core.TestPlans.registered;
import static vn.emulation.core.TestPlans.verdict;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.TestPlans;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.participant.Collective;
import vn.emulation.core.participant.Individual;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.UnknownPlanElementException;
import vn.emulation.core.target.AttainmentStatus;

/** How criterion results add up to an outcome, and who is offered what. */
class OutcomeCombinationTest {

  /** Two general declarations, one of them optional, and a plan registered on time. */
  private static final Plan PLAN =
      TestPlans.withCriteria(
          declaration("CHAP-HANH", false), declaration("DANG-BO", true), registered("KE-HOACH"));

  @ParameterizedTest(name = "{0}, {1}, registered {2} → {3}")
  @CsvSource({
    "YES, YES, 2023-01-10, ELIGIBLE",
    "YES, NOT_APPLICABLE, 2023-01-10, ELIGIBLE",
    "NO, , , NOT_ELIGIBLE", // not met wins over the undecided others
    ", , 2023-03-01, NOT_ELIGIBLE",
    "YES, , 2023-01-10, INCOMPLETE",
    ", YES, 2023-01-10, INCOMPLETE",
    "YES, YES, , INCOMPLETE",
    ", , , INCOMPLETE"
  })
  void combinesTheResults(Answer policy, Answer party, LocalDate registeredOn, Outcome expected) {
    Verdict v =
        verdict(
            PLAN,
            TestPlans.ward(),
            e -> {
              if (policy != null) {
                e.answer("CHAP-HANH", policy, null);
              }
              if (party != null) {
                e.answer("DANG-BO", party, null);
              }
              return registeredOn == null ? e : e.registeredOn(registeredOn);
            });

    assertThat(v.outcome()).isEqualTo(expected);
  }

  @Test
  void formsOnlyForCollectivesAreNotOfferedToIndividuals() {
    Evaluator evaluator = Evaluator.of(PLAN);
    Evidence none = evaluator.evidence().build();

    Evaluation official = evaluator.evaluate(TestPlans.official(), OCCASION, none);
    Evaluation ward = evaluator.evaluate(TestPlans.ward(), OCCASION, none);

    assertThat(official.awardForms()).extracting(AwardForm::code).containsExactly(FORM);
    assertThat(official.outcome(COLLECTIVE_ONLY_FORM)).isEmpty();
    assertThat(official.verdict(COLLECTIVE_ONLY_FORM)).isEmpty();
    assertThat(ward.awardForms())
        .extracting(AwardForm::code)
        .containsExactly(FORM, COLLECTIVE_ONLY_FORM);
  }

  @Test
  void specificCriteriaApplyOnlyToTheirCategories() {
    Plan plan =
        TestPlans.withCriteria(
            declaration("CHAP-HANH", false),
            attainment("MUC-TIEU-PHUONG", null, null, INDICATORS, WARD),
            attainment("CQS", null, null, INDICATORS.subList(0, 4), OFFICE));

    Verdict ward = verdict(plan, TestPlans.ward(), e -> e);
    Verdict office = verdict(plan, TestPlans.office(), e -> e);
    Verdict official = verdict(plan, TestPlans.official(), e -> e);

    assertThat(ward.results())
        .extracting(r -> r.criterion().code())
        .containsExactly("CHAP-HANH", "MUC-TIEU-PHUONG");
    assertThat(office.results())
        .extracting(r -> r.criterion().code())
        .containsExactly("CHAP-HANH", "CQS");
    assertThat(official.results())
        .extracting(r -> r.criterion().code())
        .containsExactly("CHAP-HANH");
  }

  @Test
  void listsTheEligibleForms() {
    Evaluator evaluator =
        Evaluator.of(
            TestPlans.withCriteria(declaration("CHAP-HANH", false), registered("KE-HOACH")));
    Evidence evidence = evaluator.evidence().answer("CHAP-HANH", Answer.YES, null).build();

    Evaluation e = evaluator.evaluate(TestPlans.ward(), OCCASION, evidence);

    assertThat(e.outcome(FORM)).hasValue(Outcome.INCOMPLETE);
    assertThat(e.outcome(COLLECTIVE_ONLY_FORM)).hasValue(Outcome.ELIGIBLE);
    assertThat(e.eligibleForms()).extracting(AwardForm::code).containsExactly(COLLECTIVE_ONLY_FORM);
    assertThat(e.occasionCode()).isEqualTo(OCCASION);
    assertThat(e.participant()).isEqualTo(TestPlans.ward());
  }

  @Test
  void unknownOccasionIsReported() {
    Evaluator evaluator = Evaluator.of(PLAN);

    assertThatThrownBy(
            () ->
                evaluator.evaluate(TestPlans.ward(), "TONG-KET-2030", evaluator.evidence().build()))
        .isInstanceOfSatisfying(
            UnknownPlanElementException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("occasion");
              assertThat(e.code()).isEqualTo("TONG-KET-2030");
              assertThat(e).hasMessageContaining("rach-gia-2022-2025");
            });
  }

  @Test
  void unknownCategoryIsReported() {
    Evaluator evaluator = Evaluator.of(PLAN);
    Individual scientist = new Individual("nk-1", "Trần Thị B", "NHA-KHOA-HOC", "RG");

    assertThatThrownBy(() -> evaluator.evaluate(scientist, OCCASION, evaluator.evidence().build()))
        .isInstanceOfSatisfying(
            UnknownPlanElementException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("category");
              assertThat(e.code()).isEqualTo("NHA-KHOA-HOC");
            });
  }

  @Test
  void evidenceWithUnknownKeysListsEveryBadKeyAtOnce() {
    Evaluator evaluator = Evaluator.of(PLAN);

    assertThatThrownBy(
            () ->
                evaluator
                    .evidence()
                    .answer("CHAP-HANH", Answer.YES, null)
                    .answer("KHONG-CO", Answer.YES, null)
                    .count("sang-kien", 2)
                    .amount("dong-gop", 5_000_000)
                    .attainment("Z9", AttainmentStatus.MET)
                    .build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(Problem::path)
                  .containsExactly(
                      "declarations.KHONG-CO",
                      "counts.sang-kien",
                      "amounts.dong-gop",
                      "attainments.Z9");
              assertThat(e).hasMessageContaining("4 problem(s)");
            });
  }

  @Test
  void negativeFiguresAreRejectedWithTheirValue() {
    Evaluator evaluator =
        Evaluator.of(
            TestPlans.withCriteria(
                TestPlans.count("SANG-KIEN", "sang-kien", 1),
                TestPlans.norm("DONG-GOP", "dong-gop")));

    assertThatThrownBy(
            () -> evaluator.evidence().count("sang-kien", -1).amount("dong-gop", -5).build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.reason().en())
                    .containsExactly(
                        "A count cannot be negative: -1", "An amount cannot be negative: -5"));
  }

  @Test
  void refusesEvidenceLaidOutForAnotherEvaluator() {
    Evidence foreign = Evaluator.of(PLAN).evidence().build();
    Collective ward = TestPlans.ward();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Evaluator.of(PLAN).evaluate(ward, OCCASION, foreign));
  }
}
