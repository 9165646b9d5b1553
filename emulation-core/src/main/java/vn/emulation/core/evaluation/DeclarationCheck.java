package vn.emulation.core.evaluation;

import java.util.List;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;
import vn.emulation.core.criteria.DeclarationCriterion;

final class DeclarationCheck extends Check {

  private final int slot;
  private final boolean mayNotApply;

  DeclarationCheck(DeclarationCriterion criterion, int slot) {
    super(criterion);
    this.slot = slot;
    this.mayNotApply = criterion.mayNotApply();
  }

  @Override
  byte test(Evidence e) {
    byte answer = e.answers[slot];
    if (answer == CriterionStatus.NOT_APPLICABLE_CODE && !mayNotApply) {
      return CriterionStatus.NOT_MET_CODE;
    }
    return answer;
  }

  @Override
  List<String> figures(Evidence e) {
    String answer = letter(e.answers[slot]);
    String ref = e.references[slot];
    return ref == null ? List.of(answer) : List.of(answer, ref);
  }

  @Override
  LocalizedText explain(CriterionFacts facts) {
    byte answer = code(facts, facts.figure(0));
    String ref = facts.figures().size() > 1 ? facts.figure(1) : null;
    String vi = ref == null ? "" : Messages.text("evaluation.evidenceReference", ref).vi();
    String en = ref == null ? "" : Messages.text("evaluation.evidenceReference", ref).en();
    return switch (answer) {
      case CriterionStatus.MET_CODE -> Messages.text("evaluation.confirmed", vi, en);
      case CriterionStatus.NOT_MET_CODE -> Messages.text("evaluation.declaredNotMet", vi, en);
      case CriterionStatus.NOT_APPLICABLE_CODE ->
          mayNotApply
              ? Messages.text("evaluation.doesNotApplyParticipant", vi, en)
              : Messages.text("evaluation.declaredNotApplicableBut", vi, en);
      default -> Messages.text("evaluation.noDeclarationEvidenceYet");
    };
  }
}
