package vn.emulation.core.procedure.received;

/** Where a nomination received from the level below stands at the receiving level. */
public enum ReceivedState {
  /**
   * Received with its dossier intact and signed by the proposing body; awaiting the receiving
   * level's appraisal.
   */
  RECEIVED
}
