package vn.emulation.core.target;

import vn.emulation.core.common.LocalizedText;

/** Where a unit stands against a target. */
public enum AttainmentStatus {
  MET(LocalizedText.of("đạt", "met")),
  NOT_MET(LocalizedText.of("không đạt", "not met")),
  /**
   * Some of the units expected to report have not: the figure so far is not a fact, so it counts as
   * not met in summaries and as unknown in a verdict, never as met.
   */
  INCOMPLETE(LocalizedText.of("chưa đủ số liệu — chưa đạt", "incomplete — not met")),
  NO_DATA(LocalizedText.of("chưa có số liệu", "no data"));

  private final LocalizedText label;

  AttainmentStatus(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }

  /** Whether the status is a fact about the figure (met or not met on complete data). */
  public boolean isSettled() {
    return this == MET || this == NOT_MET;
  }

  /** Counted as not met in a summary: not met, or incomplete. */
  public boolean countsAsNotMet() {
    return this == NOT_MET || this == INCOMPLETE;
  }
}
