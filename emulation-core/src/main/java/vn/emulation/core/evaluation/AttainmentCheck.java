package vn.emulation.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;
import vn.emulation.core.criteria.TargetAttainmentCriterion;

final class AttainmentCheck extends Check {

  private final int[] slots;
  private final String[] codes;
  private final int minimum;
  private final int milestoneYear;
  private final String minimumParameter;

  /** {@code minimum} is -1 while the plan parameter giving it has no value. */
  AttainmentCheck(
      TargetAttainmentCriterion criterion, int[] slots, int minimum, int milestoneYear) {
    super(criterion);
    this.slots = slots;
    this.codes = criterion.indicatorCodes().toArray(String[]::new);
    this.minimum = minimum;
    this.milestoneYear = milestoneYear;
    this.minimumParameter = criterion.minimumMetParameter();
  }

  @Override
  byte test(Evidence e) {
    if (minimum < 0) {
      return CriterionStatus.UNDECIDED_CODE;
    }
    int met = 0;
    int open = 0;
    byte[] a = e.attainments;
    for (int slot : slots) {
      byte s = a[slot];
      if (s == CriterionStatus.MET_CODE) {
        met++;
      } else if (s == CriterionStatus.UNDECIDED_CODE || s == Evidence.INCOMPLETE_ATTAINMENT) {
        open++; // a partial figure could still go either way: unknown, never met
      }
    }
    if (met >= minimum) {
      return CriterionStatus.MET_CODE;
    }
    return met + open < minimum ? CriterionStatus.NOT_MET_CODE : CriterionStatus.UNDECIDED_CODE;
  }

  @Override
  LocalizedText explain(Evidence e) {
    if (minimum < 0) {
      String p = minimumParameter;
      return Messages.text("evaluation.planNotSetHow", p);
    }
    List<String> met = new ArrayList<>();
    List<String> notMet = new ArrayList<>();
    List<String> incomplete = new ArrayList<>();
    List<String> noData = new ArrayList<>();
    for (int i = 0; i < slots.length; i++) {
      byte s = e.attainments[slots[i]];
      (s == CriterionStatus.MET_CODE
              ? met
              : s == CriterionStatus.NOT_MET_CODE
                  ? notMet
                  : s == Evidence.INCOMPLETE_ATTAINMENT ? incomplete : noData)
          .add(codes[i]);
    }
    String vi =
        Messages.text("evaluation.targetsMet", met.size(), slots.length, milestoneYear, minimum)
                .vi()
            + part(Messages.text("evaluation.targetsMet.met").vi(), met)
            + part(Messages.text("evaluation.targetsMet.notMet").vi(), notMet)
            + part(Messages.text("evaluation.targetsMet.incomplete").vi(), incomplete)
            + part(Messages.text("evaluation.targetsMet.noData").vi(), noData);
    String en =
        Messages.text("evaluation.targetsMet", met.size(), slots.length, milestoneYear, minimum)
                .en()
            + part(Messages.text("evaluation.targetsMet.met").en(), met)
            + part(Messages.text("evaluation.targetsMet.notMet").en(), notMet)
            + part(Messages.text("evaluation.targetsMet.incomplete").en(), incomplete)
            + part(Messages.text("evaluation.targetsMet.noData").en(), noData);
    return LocalizedText.of(vi, en);
  }

  private static String part(String label, List<String> codes) {
    return codes.isEmpty() ? "" : label + String.join(", ", codes);
  }
}
