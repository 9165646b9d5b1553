package vn.emulation.core.evaluation;

import vn.emulation.core.common.LocalizedText;
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
  LocalizedText explain(Evidence e) {
    String ref = e.references[slot];
    String vi = ref == null ? "" : " (minh chứng: " + ref + ")";
    String en = ref == null ? "" : " (evidence: " + ref + ")";
    return switch (e.answers[slot]) {
      case CriterionStatus.MET_CODE -> LocalizedText.of("Đã xác nhận" + vi, "Confirmed" + en);
      case CriterionStatus.NOT_MET_CODE ->
          LocalizedText.of("Được khai là không đáp ứng" + vi, "Declared as not met" + en);
      case CriterionStatus.NOT_APPLICABLE_CODE ->
          mayNotApply
              ? LocalizedText.of(
                  "Không áp dụng đối với đối tượng này" + vi,
                  "Does not apply to this participant" + en)
              : LocalizedText.of(
                  "Khai \"không áp dụng\" nhưng tiêu chuẩn này bắt buộc" + vi,
                  "Declared \"not applicable\" but this criterion is mandatory" + en);
      default ->
          LocalizedText.of("Chưa có khai báo và minh chứng", "No declaration or evidence yet");
    };
  }
}
