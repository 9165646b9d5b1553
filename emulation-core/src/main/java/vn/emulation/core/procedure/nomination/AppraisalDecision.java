package vn.emulation.core.procedure.nomination;

import vn.emulation.core.evaluation.Outcome;

/** What Home Affairs concludes of a nomination it appraises (thẩm định, plan V.3.b and c). */
public enum AppraisalDecision {
  /** Meets the criteria: it goes on. */
  ELIGIBLE,
  /** Does not meet them; a reason is required. */
  NOT_ELIGIBLE,
  /** Needs correcting by the unit before it can be judged; a reason is required. */
  RETURN_FOR_CORRECTION;

  /**
   * Whether concluding this departs from a stored verdict of {@code outcome}, so that the appraiser
   * must record why: eligible where the verdict was not eligible or incomplete, not eligible where
   * it was eligible or incomplete. A return concludes nothing and so departs from nothing.
   */
  public boolean departsFrom(Outcome outcome) {
    return switch (this) {
      case ELIGIBLE -> outcome != Outcome.ELIGIBLE;
      case NOT_ELIGIBLE -> outcome != Outcome.NOT_ELIGIBLE;
      case RETURN_FOR_CORRECTION -> false;
    };
  }
}
