package vn.emulation.core.procedure.notice;

/** What a notice tells. */
public enum NoticeKind {
  /** A case was sent to Home Affairs (a registration, a report …): Home Affairs has work. */
  SUBMITTED,
  /** A case was returned to its unit for correction, with the reason. */
  RETURNED,
  /** A case was accepted or approved: its result. */
  ACCEPTED,
  /** An approved case was opened again by Home Affairs, with the reason. */
  REOPENED,
  /** A deadline of the plan comes near and the unit has not yet done what it asks. */
  DEADLINE_APPROACHING
}
