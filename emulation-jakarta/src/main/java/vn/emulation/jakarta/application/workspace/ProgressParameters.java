package vn.emulation.jakarta.application.workspace;

/**
 * What a client asked of a progress report, as typed: any of them may be absent (then a default
 * applies, see {@link ProgressQuestion}) or malformed (then a problem names it).
 *
 * @param unit the unit's code; by default the plan's whole city on the date
 * @param milestone the milestone year whose targets apply
 * @param year the year whose figures are used
 * @param date the day on which the hierarchy is taken, as YYYY-MM-DD
 */
public record ProgressParameters(String unit, String milestone, String year, String date) {

  /** Nothing asked: every default. */
  public static ProgressParameters defaults() {
    return new ProgressParameters(null, null, null, null);
  }
}
