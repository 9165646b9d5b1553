package vn.emulation.jakarta.application.measurement;

import java.util.List;
import java.util.Objects;
import vn.emulation.core.target.AttainmentStatus;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Target;

/**
 * What a unit reports for a year, as {@link MeasurementSheets} decides it: the edge shows it.
 * Immutable.
 *
 * @param planCode the plan
 * @param unitCode the unit
 * @param unitName its name at the end of its part of the year
 * @param year the year the figures describe
 * @param firstYear the plan period's first year (the years a desk offers)
 * @param lastYear the plan period's last year
 * @param milestoneYear the milestone whose thresholds the lines hold: the first at or after the
 *     year (the last one after the last milestone)
 * @param lines a line per indicator the unit may report at its level, in the plan's order, and one
 *     more per stored breakdown
 */
public record ReportingSheet(
    String planCode,
    String unitCode,
    String unitName,
    int year,
    int firstYear,
    int lastYear,
    int milestoneYear,
    List<Line> lines) {

  public ReportingSheet {
    lines = List.copyOf(lines);
  }

  /**
   * An indicator on the sheet.
   *
   * @param indicator the indicator
   * @param breakdown the breakdown, empty for the overall figure
   * @param target the target that concerns the unit at the milestone, or {@code null} for none
   * @param stored the figure stored so far, or {@code null} for none
   * @param status the unit's attainment of the target with the year's figures, or {@code null}
   *     without a target
   */
  public record Line(
      Indicator indicator,
      String breakdown,
      Target target,
      StoredMeasurement stored,
      AttainmentStatus status) {

    public Line {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(breakdown, "breakdown");
    }
  }
}
