package vn.emulation.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;
import vn.emulation.core.criteria.TargetAttainmentCriterion;

final class AttainmentCheck extends Check {

  /** The letters of the attainments, by kind: met, not met, incomplete, no data. */
  private static final String MET = "M";

  private static final String NOT_MET = "N";
  private static final String INCOMPLETE = "I";
  private static final String NO_DATA = "U";

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
  List<String> figures(Evidence e) {
    StringBuilder each = new StringBuilder(slots.length);
    for (int slot : slots) {
      byte s = e.attainments[slot];
      each.append(
          s == CriterionStatus.MET_CODE
              ? MET
              : s == CriterionStatus.NOT_MET_CODE
                  ? NOT_MET
                  : s == Evidence.INCOMPLETE_ATTAINMENT ? INCOMPLETE : NO_DATA);
    }
    return List.of(
        minimum < 0 ? CriterionFacts.UNKNOWN : Integer.toString(minimum),
        Integer.toString(milestoneYear),
        each.toString());
  }

  @Override
  LocalizedText explain(CriterionFacts facts) {
    Long minimum = facts.number(0);
    if (minimum == null) {
      String p = minimumParameter;
      return Messages.text("evaluation.planNotSetHow", p);
    }
    long year = facts.number(1);
    String each = facts.figure(2);
    if (each.length() != codes.length) {
      throw facts.unreadable(codes.length + " targets' attainments expected: " + each);
    }
    List<String> met = new ArrayList<>();
    List<String> notMet = new ArrayList<>();
    List<String> incomplete = new ArrayList<>();
    List<String> noData = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      String s = each.substring(i, i + 1);
      (switch (s) {
            case MET -> met;
            case NOT_MET -> notMet;
            case INCOMPLETE -> incomplete;
            case NO_DATA -> noData;
            default -> throw facts.unreadable("no attainment letter: " + s);
          })
          .add(codes[i]);
    }
    String vi =
        Messages.text("evaluation.targetsMet", met.size(), codes.length, year, minimum).vi()
            + part(Messages.text("evaluation.targetsMet.met").vi(), met)
            + part(Messages.text("evaluation.targetsMet.notMet").vi(), notMet)
            + part(Messages.text("evaluation.targetsMet.incomplete").vi(), incomplete)
            + part(Messages.text("evaluation.targetsMet.noData").vi(), noData);
    String en =
        Messages.text("evaluation.targetsMet", met.size(), codes.length, year, minimum).en()
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
