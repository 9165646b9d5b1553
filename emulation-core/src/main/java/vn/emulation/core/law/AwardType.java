package vn.emulation.core.law;

import vn.emulation.core.common.LocalizedText;

/** The types of commendation (Law art. 8), which an award received records. */
public enum AwardType {
  MERIT(LocalizedText.of("Khen thưởng công trạng", "For merit")),
  SUDDEN(LocalizedText.of("Khen thưởng đột xuất", "For a sudden achievement")),
  MOVEMENT(LocalizedText.of("Khen thưởng theo phong trào thi đua", "In an emulation movement")),
  THEMATIC(LocalizedText.of("Khen thưởng theo chuyên đề", "In a thematic movement")),
  SERVICE(LocalizedText.of("Khen thưởng quá trình cống hiến", "For long service")),
  SENIORITY(LocalizedText.of("Khen thưởng theo niên hạn", "For years of service")),
  FOREIGN(LocalizedText.of("Khen thưởng đối ngoại", "For foreign relations"));

  private final LocalizedText label;

  AwardType(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
