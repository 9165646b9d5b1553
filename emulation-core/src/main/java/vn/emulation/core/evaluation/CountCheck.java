package vn.emulation.core.evaluation;

import java.util.List;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;
import vn.emulation.core.criteria.CountCriterion;

final class CountCheck extends Check {

  private final int slot;
  private final int minimum;

  CountCheck(CountCriterion criterion, int slot) {
    super(criterion);
    this.slot = slot;
    this.minimum = criterion.minimum();
  }

  @Override
  byte test(Evidence e) {
    int count = e.counts[slot];
    if (count < 0) {
      return CriterionStatus.UNDECIDED_CODE;
    }
    return count >= minimum ? CriterionStatus.MET_CODE : CriterionStatus.NOT_MET_CODE;
  }

  @Override
  List<String> figures(Evidence e) {
    int count = e.counts[slot];
    return List.of(count < 0 ? CriterionFacts.UNKNOWN : Integer.toString(count), "" + minimum);
  }

  @Override
  LocalizedText explain(CriterionFacts facts) {
    Long count = facts.number(0);
    Long minimum = facts.number(1);
    if (count == null) {
      return Messages.text("evaluation.noFigureYetLeast", minimum);
    }
    return Messages.text("evaluation.recordedLeastRequired", count, minimum);
  }
}
