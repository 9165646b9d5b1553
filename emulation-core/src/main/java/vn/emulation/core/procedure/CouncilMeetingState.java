package vn.emulation.core.procedure;

/** Where a council meeting stands. */
public enum CouncilMeetingState {
  /** Met, attendance recorded. */
  CONVENED,
  /** The quorum reached, members vote per nominee. */
  VOTING,
  /** Votes counted; the minutes hold the results. */
  CLOSED,
  /** Adjourned without a vote (no quorum, or another reason recorded). */
  ADJOURNED
}
