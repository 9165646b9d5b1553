package vn.emulation.jakarta.application.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.MeasurementSet;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.UnitLevel;

/**
 * Where one unit stands against the targets of a milestone, with the figures of a year, in the
 * hierarchy as it stood on a date: one {@link TargetProgress} per target that applies at the unit's
 * level, in the plan's order, and the {@link ProgressSummary} of them.
 *
 * <p>The children (one level of drill-down) are the same reports for the units under this one on
 * the same date; they are worked out the first time {@link #children()} or {@link #ranking()} is
 * asked for, then kept. Immutable and thread-safe.
 */
public final class ProgressReport {

  private final String planCode;
  private final int milestoneYear;
  private final int year;
  private final LocalDate date;
  private final String unitCode;
  private final String unitName;
  private final UnitLevel level;
  private final List<TargetProgress> rows;
  private final ProgressSummary summary;
  private final Supplier<List<ProgressReport>> childSource;
  private volatile List<ProgressReport> children;

  ProgressReport(
      String planCode,
      int milestoneYear,
      int year,
      LocalDate date,
      String unitCode,
      String unitName,
      UnitLevel level,
      List<TargetProgress> rows,
      Supplier<List<ProgressReport>> childSource) {
    this.planCode = Objects.requireNonNull(planCode, "planCode");
    this.milestoneYear = milestoneYear;
    this.year = year;
    this.date = Objects.requireNonNull(date, "date");
    this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
    this.unitName = Objects.requireNonNull(unitName, "unitName");
    this.level = Objects.requireNonNull(level, "level");
    this.rows = List.copyOf(rows);
    this.summary = ProgressSummary.of(this.rows);
    this.childSource = Objects.requireNonNull(childSource, "childSource");
  }

  /**
   * The report of {@code unitCode} against the targets of {@code milestoneYear}, with the figures
   * of {@code year}, in the hierarchy as it stood on {@code date}.
   *
   * @throws vn.emulation.core.plan.UnknownPlanElementException if the plan has no such milestone
   * @throws vn.emulation.core.unit.UnknownUnitException if the unit is unknown or absent that day
   */
  public static ProgressReport of(
      Plan plan,
      OrgHierarchy hierarchy,
      MeasurementSet measurements,
      int milestoneYear,
      String unitCode,
      int year,
      LocalDate date) {
    return new ProgressCalculation(plan, hierarchy, measurements, milestoneYear, year, date)
        .report(unitCode);
  }

  public String planCode() {
    return planCode;
  }

  public int milestoneYear() {
    return milestoneYear;
  }

  /** The year whose figures the report uses. */
  public int year() {
    return year;
  }

  /** The date of the hierarchy: names and children as they stood then. */
  public LocalDate date() {
    return date;
  }

  public String unitCode() {
    return unitCode;
  }

  /** The unit's name as it stood on {@link #date()}. */
  public String unitName() {
    return unitName;
  }

  public UnitLevel level() {
    return level;
  }

  /** One line per target that applies at the unit's level, in the plan's order. */
  public List<TargetProgress> rows() {
    return rows;
  }

  /** The line for {@code indicatorCode}, empty when its target does not apply here. */
  public Optional<TargetProgress> row(String indicatorCode) {
    return rows.stream().filter(r -> r.indicatorCode().equals(indicatorCode)).findFirst();
  }

  public ProgressSummary summary() {
    return summary;
  }

  /** The reports of the units directly under this one on {@link #date()}, by code. */
  public List<ProgressReport> children() {
    List<ProgressReport> result = children;
    if (result == null) {
      synchronized (this) {
        result = children;
        if (result == null) {
          result = List.copyOf(childSource.get());
          children = result;
        }
      }
    }
    return result;
  }

  /** The children ranked: most targets met, then most coverage; ties share a rank. */
  public List<UnitRank> ranking() {
    return UnitRank.of(children());
  }

  /** This report followed by its children's: the rows an open-data file for this unit holds. */
  public List<ProgressReport> withChildren() {
    List<ProgressReport> all = new ArrayList<>();
    all.add(this);
    all.addAll(children());
    return List.copyOf(all);
  }

  @Override
  public String toString() {
    return "ProgressReport["
        + unitCode
        + " "
        + milestoneYear
        + "/"
        + year
        + " on "
        + date
        + ": "
        + summary.met()
        + " met, "
        + summary.notMet()
        + " not met, "
        + summary.noData()
        + " no data]";
  }
}
