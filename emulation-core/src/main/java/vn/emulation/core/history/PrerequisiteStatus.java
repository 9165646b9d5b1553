package vn.emulation.core.history;

import vn.emulation.core.common.LocalizedText;

/**
 * What a check found about a condition: met or not by the history, or left to the appraiser's
 * finding (a condition no history answers, or one that might be met by such a condition).
 */
public enum PrerequisiteStatus {
  MET(LocalizedText.of("Đạt", "Met")),
  NOT_MET(LocalizedText.of("Chưa đạt", "Not met")),
  FOR_APPRAISER(LocalizedText.of("Chờ cơ quan thẩm định kết luận", "For the appraiser to find"));

  private final LocalizedText label;

  PrerequisiteStatus(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
