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

  /**
   * Whether a unit of this level stands above one of {@code other}: a province above a district, a
   * district above a commune. The declaration order of the constants is that order; this is the one
   * place that reads it.
   */
  public boolean isAbove(UnitLevel other) {
    return compareTo(other) < 0;
  }

  /** Whether a unit of this level stands below one of {@code other}. */
  public boolean isBelow(UnitLevel other) {
    return compareTo(other) > 0;
  }

  /** Whether this level is {@code other} or below it. */
  public boolean isAtOrBelow(UnitLevel other) {
    return compareTo(other) >= 0;
  }
}
