package vn.emulation.jakarta.application.events;

import java.util.Objects;

/**
 * One value reported and stored. Immutable.
 *
 * @param planCode the plan
 * @param unitCode the unit it is for
 * @param indicatorCode the indicator
 * @param year the year it reports
 * @param created whether it was new, rather than a correction of a stored value
 */
public record ReportStored(
    String planCode, String unitCode, String indicatorCode, int year, boolean created) {

  public ReportStored {
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(indicatorCode, "indicatorCode");
  }
}
