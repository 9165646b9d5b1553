package vn.emulation.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;
import vn.emulation.core.criteria.AnyOfCriterion;

final class AnyOfCheck extends Check {

  private final Check[] alternatives;

  AnyOfCheck(AnyOfCriterion criterion, Check[] alternatives) {
    super(criterion);
    this.alternatives = alternatives;
  }

  @Override
  byte test(Evidence e) {
    boolean open = false;
    for (Check c : alternatives) {
      byte s = c.test(e);
      if (s == CriterionStatus.MET_CODE || s == CriterionStatus.NOT_APPLICABLE_CODE) {
        return CriterionStatus.MET_CODE;
      }
      open |= s == CriterionStatus.UNDECIDED_CODE;
    }
    return open ? CriterionStatus.UNDECIDED_CODE : CriterionStatus.NOT_MET_CODE;
  }

  @Override
  LocalizedText explain(Evidence e) {
    List<String> vi = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (Check c : alternatives) {
      CriterionStatus s = CriterionStatus.of(c.test(e));
      LocalizedText why = c.explain(e);
      vi.add(c.criterion.name().vi() + ": " + s.label().vi() + " (" + why.vi() + ")");
      en.add(c.criterion.name().en() + ": " + s.label().en() + " (" + why.en() + ")");
    }
    return Messages.text(
        "evaluation.anyOf.oneSuffices", String.join("; ", vi), String.join("; ", en));
  }
}
