package vn.emulation.core.evaluation;

import java.util.List;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;
import vn.emulation.core.criteria.NormCriterion;

final class NormCheck extends Check {

  private final int slot;
  private final long norm;
  private final boolean normSet;
  private final String parameter;

  /** {@code norm} is {@code null} while Home Affairs has not issued it. */
  NormCheck(NormCriterion criterion, int slot, Long norm) {
    super(criterion);
    this.slot = slot;
    this.normSet = norm != null;
    this.norm = normSet ? norm : 0;
    this.parameter = criterion.normParameter();
  }

  @Override
  byte test(Evidence e) {
    long amount = e.amounts[slot];
    if (!normSet || amount == Evidence.UNKNOWN_AMOUNT) {
      return CriterionStatus.UNDECIDED_CODE;
    }
    return amount >= norm ? CriterionStatus.MET_CODE : CriterionStatus.NOT_MET_CODE;
  }

  @Override
  List<String> figures(Evidence e) {
    long amount = e.amounts[slot];
    return List.of(
        amount == Evidence.UNKNOWN_AMOUNT ? CriterionFacts.UNKNOWN : Long.toString(amount),
        normSet ? Long.toString(norm) : CriterionFacts.UNKNOWN);
  }

  @Override
  LocalizedText explain(CriterionFacts facts) {
    Long amount = facts.number(0);
    Long norm = facts.number(1);
    if (norm == null) {
      return Messages.text("evaluation.normNotBeenIssued", parameter);
    }
    if (amount == null) {
      return Messages.text(
          "evaluation.noContributionRecordedNorm", Formats.dongVi(norm), Formats.dongEn(norm));
    }
    return Messages.text(
        "evaluation.contributedNorm",
        Formats.dongVi(amount),
        Formats.dongVi(norm),
        Formats.dongEn(amount),
        Formats.dongEn(norm));
  }
}
