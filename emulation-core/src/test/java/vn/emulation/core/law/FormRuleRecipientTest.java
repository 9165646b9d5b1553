package vn.emulation.core.law;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;

/** A form is refused to a recipient the law does not give it to (Law art. 19, 20). */
class FormRuleRecipientTest {

  private static final LawRuleSet LAW = TestLaw.ruleSet();

  @Test
  void anIndividualForACollectiveOnlyTitleIsRefusedNamingWhomItIsFor() {
    FormRule collectiveOnly = LAW.formOn(TestLaw.TLDXS, TestLaw.REFORM);
    ProblemCollector problems = new ProblemCollector();

    collectiveOnly.checkIsFor(Recipient.INDIVIDUAL, problems, "participantId");

    assertThat(problems.problems()).extracting(Problem::path).containsExactly("participantId");
    Problem p = problems.problems().get(0);
    assertThat(p.reason().vi()).contains("chỉ dành cho Tập thể", "không dành cho Cá nhân");
    assertThat(p.reason().vi()).contains(collectiveOnly.basis().provision());
    assertThat(p.reason().en()).contains("only for Collective", "not for Individual");
  }

  @Test
  void aHouseholdForATitleOnlyForIndividualsIsRefusedAndAnIndividualPasses() {
    FormRule individualsOnly = LAW.formOn(TestLaw.LDTT, TestLaw.REFORM);
    ProblemCollector problems = new ProblemCollector();

    individualsOnly.checkIsFor(Recipient.INDIVIDUAL, problems, "participantId");
    assertThat(problems.problems()).isEmpty();

    individualsOnly.checkIsFor(Recipient.HOUSEHOLD, problems, "participantId");
    assertThat(problems.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason().en()).contains("not for Household"));
  }

  @Test
  void aFormForEveryKindRefusesNone() {
    FormRule giayKhen = LAW.formOn(TestLaw.GIAY_KHEN, TestLaw.REFORM);
    ProblemCollector problems = new ProblemCollector();

    for (Recipient r : Recipient.values()) {
      giayKhen.checkIsFor(r, problems, "participantId");
    }

    assertThat(problems.problems()).isEmpty();
  }
}
