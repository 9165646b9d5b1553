package vn.emulation.core.procedure.registration;

/** Where a registration stands. */
public enum RegistrationState {
  /** Being prepared by the unit; Home Affairs has not received it. */
  DRAFT,
  /** Sent to Home Affairs, awaiting its answer. */
  SUBMITTED,
  /** Accepted by Home Affairs: the unit takes part in the movement with its own plan. */
  ACCEPTED,
  /** Returned by Home Affairs with a reason, for the unit to correct and send again. */
  RETURNED
}
