package vn.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emulation.core.TestPlans.declaration;
import static vn.emulation.core.TestPlans.registered;
import static vn.emulation.core.TestPlans.verdict;
import static vn.emulation.core.TestPlans.ward;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.TestPlans;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.plan.Plan;

/** A verdict kept as plain values: everything it said, and nothing worked out again. */
class VerdictRecordTest {

  private final Plan plan =
      TestPlans.withCriteria(declaration("CHAP-HANH", false), registered("KE-HOACH"));

  @Test
  void keepsTheOutcomeEveryResultWithItsWordingAndTheBlockers() {
    Verdict v =
        verdict(
            plan,
            ward(),
            e -> e.answer("CHAP-HANH", Answer.YES, "BC-01").registeredOn(LocalDate.of(2023, 3, 1)));

    VerdictRecord r = VerdictRecord.of(v);

    assertThat(r.participantId()).isEqualTo(v.participantId());
    assertThat(r.occasionCode()).isEqualTo(TestPlans.OCCASION);
    assertThat(r.awardFormCode()).isEqualTo(TestPlans.FORM);
    assertThat(r.awardFormName()).isEqualTo(v.awardForm().name());
    assertThat(r.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(r.results())
        .extracting(CriterionRecord::code, CriterionRecord::status)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("CHAP-HANH", CriterionStatus.MET),
            org.assertj.core.api.Assertions.tuple("KE-HOACH", CriterionStatus.NOT_MET));
    for (int i = 0; i < v.results().size(); i++) {
      CriterionResult live = v.results().get(i);
      assertThat(r.results().get(i).name()).isEqualTo(live.criterion().name());
      assertThat(r.results().get(i).explanation()).isEqualTo(live.explanation());
    }
    assertThat(r.blockers())
        .containsExactlyElementsOf(v.blockers().stream().map(b -> b.criterion().code()).toList())
        .containsExactly("KE-HOACH");
  }

  @Test
  void anEligibleVerdictHasNoBlockersAndTwoRecordsOfOneVerdictAreEqual() {
    Verdict v =
        verdict(
            plan,
            ward(),
            e ->
                e.answer("CHAP-HANH", Answer.YES, "BC-01").registeredOn(LocalDate.of(2023, 1, 20)));

    assertThat(VerdictRecord.of(v).outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(VerdictRecord.of(v).blockers()).isEmpty();
    assertThat(VerdictRecord.of(v)).isEqualTo(VerdictRecord.of(v));
  }

  @Test
  void aBlockerMustBeOneOfTheVerdictsCriteria() {
    CriterionRecord met =
        new CriterionRecord(
            "A", LocalizedText.of("a", "a"), CriterionStatus.MET, LocalizedText.of("x", "x"));

    assertThatThrownBy(
            () ->
                new VerdictRecord(
                    "p",
                    "O",
                    "F",
                    LocalizedText.of("f", "f"),
                    Outcome.NOT_ELIGIBLE,
                    List.of(met),
                    List.of("B")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blocker B");
  }
}
