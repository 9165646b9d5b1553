package vn.emulation.jakarta.application.measurement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.plan.Milestone;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.ReportingRule;
import vn.emulation.core.target.AttainmentStatus;
import vn.emulation.core.target.FigureScope;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Target;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.progress.ProgressReport;
import vn.emulation.jakarta.application.progress.ProgressService;
import vn.emulation.jakarta.application.progress.TargetProgress;
import vn.emulation.jakarta.application.unit.UnitRepository;
import vn.emulation.jakarta.application.unit.UnitScopes;
import vn.emulation.jakarta.application.upload.UnitYears;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The reporting desk's reads: a unit's sheet for a year — every indicator it may report at its
 * level (the rows of its template, the core's {@code ReportingRule}), the threshold of the target
 * that concerns it at the year's milestone, the figure stored so far with who and when, and the
 * unit's attainment with the year's figures — and the history of corrections of one figure. Scoped
 * like the other measurement reads: a unit's user reads their own unit (by default) and the units
 * below it, and is refused any other (403); city-wide staff name the unit.
 */
@ApplicationScoped
public class MeasurementSheets {

  /** The parameters of a sheet, in the order its problems are answered. */
  static final List<String> SHEET_FIELDS = List.of("unit", "year");

  /** The parameters of a history, likewise. */
  static final List<String> HISTORY_FIELDS = List.of("unit", "indicator", "year", "breakdown");

  /** More than any unit's figures of one year. */
  private static final int ALL = 100_000;

  @Inject PlanCatalog plans;
  @Inject UnitRepository units;
  @Inject MeasurementRepository measurements;
  @Inject UnitScopes scopes;
  @Inject Callers callers;

  /** This year, in Vietnam: the default year of a sheet. */
  @Inject Clock clock;

  /**
   * A unit's sheet for a year: by default the caller's own unit and this year; the problems of
   * reading the query ({@code unread}) are answered with those of the unit and year named.
   */
  public ReportingSheet sheet(String planCode, String unit, Integer year, Unread unread) {
    Plan plan = plans.inForceToday(planCode);
    ProblemCollector problems = new ProblemCollector();
    String code = unitAsked(unit, problems);
    Integer asked = MeasurementFilters.year(plan, year, problems);
    YearPeriod period = plan.identity().period();
    int theYear =
        asked != null
            ? asked
            : Math.max(period.first(), Math.min(period.last(), LocalDate.now(clock).getYear()));
    OrgHierarchy hierarchy = units.hierarchy();
    OrgUnit found = code == null ? null : existing(hierarchy, code, theYear, problems);
    unread.throwWith(problems, "measurement sheet", SHEET_FIELDS);
    LocalDate date = found.lastDayIn(theYear).orElseThrow();
    int milestone = milestoneOf(plan, theYear);
    ReportingRule reporting = ReportingRule.of(plan);
    Map<String, List<StoredMeasurement>> stored =
        measurements
            .page(planCode, List.of(code), null, theYear, new PageRequest(0, ALL))
            .items()
            .stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.measurement().indicatorCode(), TreeMap::new, Collectors.toList()));
    ProgressReport progress =
        new ProgressService(
                plan,
                hierarchy,
                measurements.within(planCode, FigureScope.of(plan.targets(), milestone, theYear)))
            .progress(milestone, code, theYear, date);
    List<ReportingSheet.Line> rows = new ArrayList<>();
    for (Indicator indicator : reporting.reportableAt(found.level())) {
      Optional<Target> target =
          plan.target(indicator.code(), milestone)
              .filter(t -> reporting.concerns(t, found.level()));
      AttainmentStatus status =
          target
              .flatMap(t -> progress.row(indicator.code()))
              .map(TargetProgress::status)
              .orElse(null);
      Target concerned = target.orElse(null);
      List<StoredMeasurement> figures =
          new ArrayList<>(stored.getOrDefault(indicator.code(), List.of()));
      figures.sort(Comparator.comparing(s -> s.measurement().breakdown()));
      if (figures.isEmpty() || !figures.get(0).measurement().breakdown().isEmpty()) {
        rows.add(new ReportingSheet.Line(indicator, "", concerned, null, status));
      }
      for (StoredMeasurement s : figures) {
        rows.add(
            new ReportingSheet.Line(indicator, s.measurement().breakdown(), concerned, s, status));
      }
    }
    return new ReportingSheet(
        planCode,
        code,
        found.nameOn(date).orElse(code),
        theYear,
        period.first(),
        period.last(),
        milestone,
        rows);
  }

  /**
   * The stored value of a figure and every value it replaced, newest first; the problems of reading
   * the query ({@code unread}) are answered with those of the parameters named.
   */
  public FigureHistory history(
      String planCode,
      String unit,
      String indicator,
      Integer year,
      String breakdown,
      Unread unread) {
    Plan plan = plans.inForceToday(planCode);
    ProblemCollector problems = new ProblemCollector();
    String code = unitAsked(unit, problems);
    if (indicator == null) {
      problems.add("indicator", AdapterMessages.text("measurement.indicatorCodeRequired"));
    } else if (plan.indicator(indicator).isEmpty()) {
      problems.add(
          "indicator", AdapterMessages.text("measurement.planNoIndicator", planCode, indicator));
    }
    Integer theYear = MeasurementFilters.year(plan, year, problems);
    if (year == null && !unread.take(new ProblemCollector(), "year")) {
      problems.add(
          "year", AdapterMessages.text("measurement.yearRequiredWithin", plan.identity().period()));
    }
    if (code != null && units.find(code).isEmpty()) {
      problems.add("unit", AdapterMessages.text("participant.noUnitCode", code));
    }
    unread.throwWith(problems, "measurement history", HISTORY_FIELDS);
    String key = breakdown == null ? "" : breakdown.strip();
    return new FigureHistory(
        indicator,
        code,
        theYear,
        key,
        measurements.find(planCode, indicator, code, theYear, key).orElse(null),
        measurements.superseded(planCode, indicator, code, theYear, key));
  }

  /**
   * The unit a request names, or a unit's user's own; refuses a unit outside the caller's scope.
   */
  private String unitAsked(String unit, ProblemCollector problems) {
    Caller caller = callers.current();
    String asked = unit;
    if (asked == null && caller.unitScoped()) {
      asked = caller.unitCode();
    }
    if (asked == null) {
      problems.add("unit", AdapterMessages.text("measurement.unitCodeRequired"));
      return null;
    }
    if (!scopes.of(caller).includes(asked)) {
      throw AccessDeniedException.outsideScope(asked);
    }
    return asked;
  }

  private static OrgUnit existing(
      OrgHierarchy hierarchy, String code, int year, ProblemCollector problems) {
    Optional<OrgUnit> found = hierarchy.find(code);
    if (found.isEmpty()) {
      problems.add("unit", AdapterMessages.text("participant.noUnitCode", code));
      return null;
    }
    if (!found.get().years().contains(year)) {
      YearPeriod years = found.get().years();
      problems.add(
          "unit",
          AdapterMessages.text(
              "upload.unitDidNotExist",
              code,
              year,
              UnitYears.describe(years, true),
              UnitYears.describe(years, false)));
      return null;
    }
    return found.get();
  }

  /** The first milestone at or after the year; the last one for a year after every milestone. */
  static int milestoneOf(Plan plan, int year) {
    List<Integer> years = plan.milestones().stream().map(Milestone::year).sorted().toList();
    return years.stream().filter(y -> y >= year).findFirst().orElse(years.get(years.size() - 1));
  }
}
