package vn.emulation.core.law;

import vn.emulation.core.common.LocalizedText;

/** The level that recognised an initiative (sáng kiến), lowest first. */
public enum InitiativeLevel {
  GRASSROOTS(LocalizedText.of("cấp cơ sở", "grassroots level")),
  PROVINCE(LocalizedText.of("cấp bộ, ban, ngành, tỉnh", "ministry or province level")),
  NATIONAL(LocalizedText.of("cấp toàn quốc", "national level"));

  private final LocalizedText label;

  InitiativeLevel(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }

  /** Whether this level is {@code other} or higher. */
  public boolean isAtLeast(InitiativeLevel other) {
    return ordinal() >= other.ordinal();
  }
}
