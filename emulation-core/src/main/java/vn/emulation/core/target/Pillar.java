package vn.emulation.core.target;

import vn.emulation.core.common.LocalizedText;

/** The three groups of digital-transformation targets (section II.2 of the plan). */
public enum Pillar {
  DIGITAL_GOVERNMENT(LocalizedText.of("Chính quyền số", "Digital government")),
  DIGITAL_ECONOMY(LocalizedText.of("Kinh tế số", "Digital economy")),
  DIGITAL_SOCIETY(LocalizedText.of("Xã hội số", "Digital society"));

  private final LocalizedText label;

  Pillar(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
