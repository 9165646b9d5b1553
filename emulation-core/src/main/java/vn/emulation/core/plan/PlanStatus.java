package vn.emulation.core.plan;

/** Where a plan version is in its life. */
public enum PlanStatus {
  /** Being prepared; not yet issued. */
  DRAFT,
  /** Issued and in force. */
  IN_FORCE,
  /** Replaced by a later version after an amendment decided by the Chairman. */
  SUPERSEDED,
  /** The movement ended with its final review. */
  CLOSED
}
