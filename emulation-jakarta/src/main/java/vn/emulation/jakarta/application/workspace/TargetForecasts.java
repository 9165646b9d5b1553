package vn.emulation.jakarta.application.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.AttainmentStatus;
import vn.emulation.core.target.Forecast;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.UnitOfMeasure;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.progress.ProgressReport;
import vn.emulation.jakarta.application.progress.TargetProgress;

/**
 * The forecast and early warning of a unit's targets (issue 11): for the unit asked for and each
 * unit directly under it, the yearly figures from the plan's first year up to the year asked for
 * (the milestone's by default), each target projected to its milestone by the core's {@link
 * Forecast}, and the units at risk of missing a target. A year's figure enters only when it is
 * complete (met or not met): an incomplete figure is not a fact yet. A year in which the unit did
 * not exist (the API refuses the question) has no figure.
 */
@ApplicationScoped
public class TargetForecasts {

  @Inject ProgressReports reports;
  @Inject PlanCatalog catalog;

  /**
   * One target of one unit.
   *
   * @param unitCode the unit
   * @param unitName its name on the milestone's report
   * @param target the target's figure in the report asked for
   * @param forecast its forecast
   */
  public record TargetForecast(
      String unitCode, String unitName, TargetProgress target, Forecast forecast) {}

  /**
   * The answer.
   *
   * @param report the unit's report for the milestone, as progress answers it
   * @param throughYear the last year whose figures were used
   * @param targets the unit's own targets, in the plan's order
   * @param atRisk the targets of the units directly under it that are at risk or off track
   */
  public record Outlook(
      ProgressReport report,
      int throughYear,
      List<TargetForecast> targets,
      List<TargetForecast> atRisk) {}

  /** The outlook asked for; the problems the edge met reading the question are answered first. */
  public Outlook forecast(String planCode, ProgressParameters asked, Unread unread) {
    ProgressReport report = reports.progress(planCode, asked, unread);
    int milestone = report.milestoneYear();
    int through = Math.min(report.year(), milestone);
    Plan plan = catalog.inForceToday(planCode);
    int first = plan.identity().period().first();
    // unit code → indicator → yearly points
    Map<String, Map<String, List<Forecast.Point>>> points = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Map<String, TargetProgress>> latest = new LinkedHashMap<>();
    for (int year = first; year <= through; year++) {
      ProgressParameters ofYear = new ProgressParameters(report.unitCode(), milestone, year, null);
      ProgressReport r;
      try {
        r = reports.progress(planCode, ofYear, Unread.none());
      } catch (InvalidInputException e) {
        continue; // the unit did not exist that year
      }
      List<ProgressReport> units = new ArrayList<>();
      units.add(r);
      units.addAll(r.children());
      for (ProgressReport u : units) {
        names.put(u.unitCode(), u.unitName());
        for (TargetProgress t : u.rows()) {
          latest
              .computeIfAbsent(u.unitCode(), k -> new LinkedHashMap<>())
              .put(t.indicatorCode(), t);
          if (t.value() != null
              && (t.status() == AttainmentStatus.MET || t.status() == AttainmentStatus.NOT_MET)) {
            points
                .computeIfAbsent(u.unitCode(), k -> new LinkedHashMap<>())
                .computeIfAbsent(t.indicatorCode(), k -> new ArrayList<>())
                .add(new Forecast.Point(year, t.value()));
          }
        }
      }
    }
    List<TargetForecast> own = new ArrayList<>();
    for (TargetProgress t : report.rows()) {
      own.add(forecastOf(plan, report.unitCode(), report.unitName(), t, points, milestone));
    }
    List<TargetForecast> atRisk = new ArrayList<>();
    for (ProgressReport child : report.children()) {
      for (TargetProgress t :
          latest.getOrDefault(child.unitCode(), Map.of()).values().stream().toList()) {
        TargetForecast f =
            forecastOf(plan, child.unitCode(), names.get(child.unitCode()), t, points, milestone);
        if (f.forecast().atRisk()) {
          atRisk.add(f);
        }
      }
    }
    return new Outlook(report, through, own, atRisk);
  }

  private static TargetForecast forecastOf(
      Plan plan,
      String unit,
      String name,
      TargetProgress t,
      Map<String, Map<String, List<Forecast.Point>>> points,
      int milestone) {
    UnitOfMeasure measure =
        plan.indicator(t.indicatorCode()).map(Indicator::unit).orElse(UnitOfMeasure.COUNT);
    List<Forecast.Point> yearly =
        points.getOrDefault(unit, Map.of()).getOrDefault(t.indicatorCode(), List.of());
    return new TargetForecast(
        unit, name, t, Forecast.of(yearly, milestone, t.comparator(), t.threshold(), measure));
  }
}
