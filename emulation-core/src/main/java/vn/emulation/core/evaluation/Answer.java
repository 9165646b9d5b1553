package vn.emulation.core.evaluation;

/** A participant's answer to a declaration criterion. */
public enum Answer {
  YES,
  NO,
  /** The condition does not concern this participant; accepted only where the plan allows it. */
  NOT_APPLICABLE
}
