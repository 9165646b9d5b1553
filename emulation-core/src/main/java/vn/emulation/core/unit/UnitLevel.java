package vn.emulation.core.unit;

import vn.emulation.core.common.LocalizedText;

/**
 * The level of an administrative unit. A city under a province (such as Rạch Giá before July 2025)
 * is at district level; wards, communes and townships are at commune level.
 */
public enum UnitLevel {
  PROVINCE(LocalizedText.of("cấp tỉnh", "province level")),
  DISTRICT(LocalizedText.of("cấp huyện (thành phố thuộc tỉnh)", "district or city level")),
  COMMUNE(LocalizedText.of("cấp xã (phường, xã)", "ward or commune level"));

  private final LocalizedText label;

  UnitLevel(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
