package vn.emulation.core.procedure.report;

/** Where a yearly movement report stands. */
public enum ReportState {
  /** Being written by the unit. */
  DRAFT,
  /** Sent to Home Affairs by the unit's head. */
  SUBMITTED,
  /** Approved by Home Affairs: locked, it changes only once reopened. */
  APPROVED,
  /** Returned by Home Affairs with a reason, for the unit to correct and send again. */
  RETURNED,
  /** An approved report reopened by Home Affairs, with the reason, for the unit to correct. */
  REOPENED
}
