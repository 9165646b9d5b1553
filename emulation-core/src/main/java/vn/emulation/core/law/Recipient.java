package vn.emulation.core.law;

import vn.emulation.core.common.LocalizedText;

/** Whom the law gives an award form to: individuals, collectives, households (Law art. 19, 20). */
public enum Recipient {
  INDIVIDUAL(LocalizedText.of("Cá nhân", "Individual")),
  COLLECTIVE(LocalizedText.of("Tập thể", "Collective")),
  HOUSEHOLD(LocalizedText.of("Hộ gia đình", "Household"));

  private final LocalizedText label;

  Recipient(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
