package vn.emulation.core.award;

import vn.emulation.core.common.LocalizedText;

/** Who grants an award form, from the city up to the State. */
public enum AwardLevel {
  CITY(LocalizedText.of("cấp thành phố", "city level")),
  PROVINCE(LocalizedText.of("cấp tỉnh", "province level")),
  GOVERNMENT(LocalizedText.of("cấp Chính phủ", "government level")),
  STATE(LocalizedText.of("cấp Nhà nước", "state level"));

  private final LocalizedText label;

  AwardLevel(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
