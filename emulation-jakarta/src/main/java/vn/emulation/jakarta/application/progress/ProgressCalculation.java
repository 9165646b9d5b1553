package vn.emulation.jakarta.application.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.emulation.core.plan.Milestone;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.ReportingRule;
import vn.emulation.core.plan.UnknownPlanElementException;
import vn.emulation.core.target.AttainmentCalculator;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.MeasurementSet;
import vn.emulation.core.target.Target;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnknownUnitException;

/**
 * One question — a milestone, the figures of a year, the hierarchy on a date — asked of any unit:
 * makes the {@link ProgressReport}s, whose children it makes on demand. Immutable.
 */
final class ProgressCalculation {

  private final Plan plan;
  private final OrgHierarchy hierarchy;
  private final AttainmentCalculator calculator;
  private final int milestoneYear;
  private final int year;
  private final LocalDate date;
  private final List<Target> targets;
  private final ReportingRule reporting;

  ProgressCalculation(
      Plan plan,
      OrgHierarchy hierarchy,
      MeasurementSet measurements,
      int milestoneYear,
      int year,
      LocalDate date) {
    if (plan.milestones().stream().map(Milestone::year).noneMatch(y -> y == milestoneYear)) {
      throw new UnknownPlanElementException(
          plan.code(), "milestone", String.valueOf(milestoneYear));
    }
    this.plan = plan;
    this.hierarchy = hierarchy;
    this.calculator = new AttainmentCalculator(hierarchy, measurements);
    this.milestoneYear = milestoneYear;
    this.year = year;
    this.date = java.util.Objects.requireNonNull(date, "date");
    this.targets = plan.targets().stream().filter(t -> t.milestoneYear() == milestoneYear).toList();
    this.reporting = ReportingRule.of(plan);
  }

  ProgressReport report(String unitCode) {
    OrgUnit unit = hierarchy.get(unitCode);
    String name =
        unit.nameOn(date)
            .orElseThrow(() -> new UnknownUnitException(unitCode, "does not exist on " + date));
    List<TargetProgress> rows = new ArrayList<>();
    for (Target target : targets) {
      if (reporting.concerns(target, unit.level())) {
        Indicator indicator = plan.indicator(target.indicatorCode()).orElseThrow();
        rows.add(
            TargetProgress.of(
                indicator, calculator.attainment(target, indicator, unitCode, year, date)));
      }
    }
    return new ProgressReport(
        plan.code(),
        milestoneYear,
        year,
        date,
        unitCode,
        name,
        unit.level(),
        rows,
        () -> children(unitCode));
  }

  private List<ProgressReport> children(String unitCode) {
    return hierarchy.childrenOn(unitCode, date).stream().map(c -> report(c.code())).toList();
  }
}
