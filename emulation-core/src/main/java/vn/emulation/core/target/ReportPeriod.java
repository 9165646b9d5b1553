package vn.emulation.core.target;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.emulation.core.unit.OrgUnit;

/**
 * The days of a year a unit's report covers: the days of that year on which the unit existed, the
 * whole year for a unit that neither opened nor closed in it. A ward merged on 1 July 2025 reports
 * 1 January to 30 June 2025; its successor 1 July to 31 December. Immutable and thread-safe.
 *
 * @param from the first day covered
 * @param to the last day covered, not before {@code from}
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

  public ReportPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a report period cannot end " + to + " before " + from);
    }
  }

  /** The days of {@code year} on which {@code unit} existed; empty if it existed on none. */
  public static Optional<ReportPeriod> of(OrgUnit unit, int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate from = unit.openedOn().isAfter(first) ? unit.openedOn() : first;
    return unit.lastDayIn(year)
        .filter(to -> !to.isBefore(from))
        .map(to -> new ReportPeriod(from, to));
  }

  /** Whether the period runs to 31 December: the unit still existed at the end of the year. */
  public boolean reachesYearEnd() {
    return to.getMonthValue() == 12 && to.getDayOfMonth() == 31;
  }

  /** Whether the period is the whole calendar year. */
  public boolean wholeYear() {
    return from.getDayOfYear() == 1 && reachesYearEnd() && from.getYear() == to.getYear();
  }
}
