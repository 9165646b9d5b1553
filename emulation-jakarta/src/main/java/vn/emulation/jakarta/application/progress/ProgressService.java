package vn.emulation.jakarta.application.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.MeasurementSet;
import vn.emulation.core.unit.OrgHierarchy;

/**
 * Progress of a plan's targets, for a unit, its children and their ranking, from one plan version,
 * one hierarchy and the measurements known. Figures are aggregated by the core: a city's share is
 * the ratio of its wards' summed counts, never the mean of their percentages. Immutable and
 * thread-safe.
 */
public final class ProgressService {

  private final Plan plan;
  private final OrgHierarchy hierarchy;
  private final MeasurementSet measurements;

  public ProgressService(Plan plan, OrgHierarchy hierarchy, MeasurementSet measurements) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.hierarchy = Objects.requireNonNull(hierarchy, "hierarchy");
    this.measurements = Objects.requireNonNull(measurements, "measurements");
  }

  /**
   * Where {@code unitCode} stands against the targets of {@code milestoneYear}, with the figures of
   * {@code year}, in the hierarchy as it stood on {@code date}.
   *
   * @throws vn.emulation.core.plan.UnknownPlanElementException if the plan has no such milestone
   * @throws vn.emulation.core.unit.UnknownUnitException if the unit is unknown or absent that day
   */
  public ProgressReport progress(int milestoneYear, String unitCode, int year, LocalDate date) {
    return ProgressReport.of(plan, hierarchy, measurements, milestoneYear, unitCode, year, date);
  }

  /** The reports of the units directly under {@code unitCode} on {@code date}, by code. */
  public List<ProgressReport> drillDown(
      int milestoneYear, String unitCode, int year, LocalDate date) {
    return progress(milestoneYear, unitCode, year, date).children();
  }

  /** The units directly under {@code unitCode} on {@code date}, ranked (ties share a rank). */
  public List<UnitRank> ranking(int milestoneYear, String unitCode, int year, LocalDate date) {
    return progress(milestoneYear, unitCode, year, date).ranking();
  }

  public Plan plan() {
    return plan;
  }
}
