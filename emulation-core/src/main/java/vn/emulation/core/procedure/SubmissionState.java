package vn.emulation.core.procedure;

/** Where a submission (tờ trình) stands. */
public enum SubmissionState {
  /** Before the office: forms within its authority await their decisions. */
  SUBMITTED,
  /** Every form within its authority is decided; the others went up as proposals. */
  CLOSED,
  /** Sent back to Home Affairs with a reason, before any decision. */
  RETURNED
}
