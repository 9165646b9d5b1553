package vn.emulation.core.award;

import vn.emulation.core.common.LocalizedText;

/** When awards are considered: every year, at the interim review, or at the final review. */
public enum OccasionType {
  ANNUAL(LocalizedText.of("Khen thưởng hàng năm", "Annual awards")),
  INTERIM(LocalizedText.of("Khen thưởng sơ kết", "Interim review awards")),
  FINAL(LocalizedText.of("Khen thưởng tổng kết", "Final review awards"));

  private final LocalizedText label;

  OccasionType(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
