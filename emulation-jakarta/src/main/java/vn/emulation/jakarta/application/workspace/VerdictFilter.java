package vn.emulation.jakarta.application.workspace;

import java.util.List;
import vn.emulation.core.evaluation.Outcome;

/**
 * Which participants a list of verdicts shows, read: those offered an award form and/or those with
 * an outcome (for that form, or for any form when none is named). Absent means all.
 *
 * @param awardForm the code of an award form of the occasion
 * @param outcome the outcome
 */
public record VerdictFilter(String awardForm, Outcome outcome) {

  /** The parameters of a list of verdicts, in the order their problems are named. */
  public static final List<String> FIELDS = List.of("page", "size", "awardForm", "outcome");

  public static VerdictFilter none() {
    return new VerdictFilter(null, null);
  }
}
