package vn.emulation.core.evaluation;

import vn.emulation.core.common.LocalizedText;

/** The verdict on one award form for one participant. */
public enum Outcome {
  /** Every criterion is met (or does not apply). */
  ELIGIBLE(LocalizedText.of("Đủ tiêu chuẩn", "Eligible")),
  /** At least one criterion is not met, whatever the missing evidence would say. */
  NOT_ELIGIBLE(LocalizedText.of("Không đủ tiêu chuẩn", "Not eligible")),
  /** No criterion fails, but evidence that could change the outcome is missing. */
  INCOMPLETE(LocalizedText.of("Chưa đủ hồ sơ để kết luận", "Incomplete: evidence missing"));

  private final LocalizedText label;

  Outcome(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
