package vn.emulation.jakarta.application.workspace;

import java.time.LocalDate;
import java.util.List;

/**
 * What a client asked of a progress report, read: any of them may be absent, and then a default
 * applies (see {@link ProgressQuestion}).
 *
 * @param unit the unit's code; by default the plan's whole city on the date
 * @param milestone the milestone year whose targets apply
 * @param year the year whose figures are used
 * @param date the day on which the hierarchy is taken
 */
public record ProgressParameters(String unit, Integer milestone, Integer year, LocalDate date) {

  /** The parameters of a progress question, in the order their problems are named. */
  static final List<String> FIELDS = List.of("page", "size", "milestone", "year", "date", "unit");

  /** Nothing asked: every default. */
  public static ProgressParameters defaults() {
    return new ProgressParameters(null, null, null, null);
  }
}
