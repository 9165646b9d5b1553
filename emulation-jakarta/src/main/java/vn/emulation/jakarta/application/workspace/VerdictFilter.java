package vn.emulation.jakarta.application.workspace;

/**
 * Which participants a list of verdicts shows, as typed: those offered an award form and/or those
 * with an outcome (for that form, or for any form when none is named). Absent means all.
 *
 * @param awardForm the code of an award form of the occasion
 * @param outcome ELIGIBLE, NOT_ELIGIBLE or INCOMPLETE (any case)
 */
public record VerdictFilter(String awardForm, String outcome) {

  public static VerdictFilter none() {
    return new VerdictFilter(null, null);
  }
}
