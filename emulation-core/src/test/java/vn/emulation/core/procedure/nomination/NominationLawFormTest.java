package vn.emulation.core.procedure.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.TestPlans;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.law.TestLaw;
import vn.emulation.core.participant.ParticipantKind;

/** The law's form of a nomination is the plan's mapping where the plan names one (ADR 0044). */
class NominationLawFormTest {

  private static final AwardForm UNMAPPED =
      TestPlans.giayKhen("GK", Set.of(ParticipantKind.INDIVIDUAL), List.of("C1"));
  private static final AwardForm MAPPED = UNMAPPED.asLawForm(TestLaw.GIAY_KHEN);

  @Test
  void aMappedPlanFormGivesItsLawFormWhetherTheNominationNamesItOrNot() {
    ProblemCollector problems = new ProblemCollector();

    assertThat(Nomination.lawFormFor(MAPPED, null, problems)).isEqualTo(TestLaw.GIAY_KHEN);
    assertThat(Nomination.lawFormFor(MAPPED, TestLaw.GIAY_KHEN, problems))
        .isEqualTo(TestLaw.GIAY_KHEN);
    assertThat(problems.problems()).isEmpty();
  }

  @Test
  void anotherLawFormThanThePlansIsRefusedAtLawFormCode() {
    ProblemCollector problems = new ProblemCollector();

    assertThat(Nomination.lawFormFor(MAPPED, TestLaw.BK_TINH, problems)).isNull();

    assertThat(problems.problems()).extracting(Problem::path).containsExactly("lawFormCode");
    Problem p = problems.problems().get(0);
    assertThat(p.reason().vi()).contains("GK", TestLaw.GIAY_KHEN, TestLaw.BK_TINH);
    assertThat(p.reason().en()).contains("the law's form GIAY_KHEN");
  }

  @Test
  void anUnmappedPlanFormTakesTheNominationsLawFormAndRequiresOne() {
    ProblemCollector problems = new ProblemCollector();

    assertThat(Nomination.lawFormFor(UNMAPPED, TestLaw.BK_TINH, problems))
        .isEqualTo(TestLaw.BK_TINH);
    assertThat(problems.problems()).isEmpty();

    assertThat(Nomination.lawFormFor(UNMAPPED, null, problems)).isNull();
    assertThat(problems.problems()).extracting(Problem::path).containsExactly("lawFormCode");
    assertThat(problems.problems().get(0).reason().en()).contains("lawFormCode is required");
  }
}
