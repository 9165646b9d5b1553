package vn.emulation.core.evaluation;

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
  LocalizedText explain(Evidence e) {
    long amount = e.amounts[slot];
    if (!normSet) {
      return Messages.text("evaluation.normNotBeenIssued", parameter);
    }
    if (amount == Evidence.UNKNOWN_AMOUNT) {
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
