package vn.emulation.core.participant;

import vn.emulation.core.common.LocalizedText;

/** Collective (tập thể) or individual (cá nhân). */
public enum ParticipantKind {
  COLLECTIVE(LocalizedText.of("Tập thể", "Collective")),
  INDIVIDUAL(LocalizedText.of("Cá nhân", "Individual"));

  private final LocalizedText label;

  ParticipantKind(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
