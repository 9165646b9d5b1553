package vn.emulation.core.target;

import vn.emulation.core.common.LocalizedText;

/** Where a unit stands against a target. */
public enum AttainmentStatus {
  MET(LocalizedText.of("đạt", "met")),
  NOT_MET(LocalizedText.of("không đạt", "not met")),
  NO_DATA(LocalizedText.of("chưa có số liệu", "no data"));

  private final LocalizedText label;

  AttainmentStatus(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
