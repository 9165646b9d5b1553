package vn.emulation.jakarta.application.measurement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.Measurement;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.events.ApplicationEvents;
import vn.emulation.jakarta.application.events.ReportStored;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.MeasurementQuery;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.MeasurementReport;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.unit.UnitRepository;
import vn.emulation.jakarta.application.unit.UnitScope;
import vn.emulation.jakarta.application.unit.UnitScopes;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The reports of results (báo cáo kết quả) that units send for a plan, one value at a time, and the
 * list of what is stored. Everything is checked before anything is stored — every problem of a
 * request reported at once — and stored in one transaction, or not at all. A value for a key
 * already stored (indicator, unit, year, breakdown) is a correction and replaces it.
 */
@ApplicationScoped
public class MeasurementReports {

  /** The size of a page of values when the client names none. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  @Inject PlanCatalog plans;
  @Inject UnitRepository units;
  @Inject MeasurementRepository measurements;
  @Inject EmulationSettings settings;
  @Inject UnitScopes scopes;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject ApplicationEvents events;

  /** Stores one reported value; answers with it and whether it was new (else a correction). */
  @Transactional
  public Reported report(String planCode, MeasurementReport report) {
    return report(planCode, report, Precondition.none());
  }

  /**
   * Stores one reported value on condition that the stored figure of its key is still the version
   * the client read ({@code seen}; a key not stored yet is version 0): a correction made on a stale
   * read is refused rather than overwriting someone else's. The value replaced is kept as a
   * revision (the history of corrections).
   */
  @Transactional
  public Reported report(String planCode, MeasurementReport report, Precondition seen) {
    Caller caller = callers.writer();
    Plan plan = plans.acceptingChangesToday(planCode);
    Measurement m = MeasurementRules.check(plan, units.hierarchy(), report);
    if (!scopes.current().includes(m.unitCode())) {
      throw AccessDeniedException.outsideScope(m.unitCode());
    }
    Optional<StoredMeasurement> stored =
        measurements.find(planCode, m.indicatorCode(), m.unitCode(), m.year(), m.breakdown());
    MeasurementState before = stored.map(MeasurementState::of).orElse(null);
    seen.check(
        stored.map(s -> String.valueOf(s.version())).orElse("0"),
        AdapterMessages.text("measurement.theFigure", m.indicatorCode(), m.unitCode(), m.year()));
    boolean created = measurements.put(planCode, m, null, caller.user());
    Reported reported =
        new Reported(
            measurements
                .find(planCode, m.indicatorCode(), m.unitCode(), m.year(), m.breakdown())
                .orElseThrow(),
            created);
    audit.record(
        "measurement.report",
        AuditTargets.measurement(
            planCode, m.indicatorCode(), m.unitCode(), m.year(), m.breakdown()),
        before,
        MeasurementState.of(reported.measurement()));
    events.reportStored(
        new ReportStored(planCode, m.unitCode(), m.indicatorCode(), m.year(), created));
    return reported;
  }

  /** A page of a plan's stored values, by indicator, unit, year and breakdown. */
  public Page<StoredMeasurement> list(String planCode, MeasurementQuery q) {
    return list(planCode, q, Unread.none());
  }

  /**
   * A page of a plan's stored values; the problems of reading the query ({@code unread}) are
   * answered with those of the year, indicator and unit named.
   */
  public Page<StoredMeasurement> list(String planCode, MeasurementQuery q, Unread unread) {
    Plan plan = plans.inForceToday(planCode);
    ProblemCollector problems = new ProblemCollector();
    String unit = q.unit();
    String indicator = q.indicator();
    Integer year = MeasurementFilters.year(plan, q.year(), problems);
    if (indicator != null && plan.indicator(indicator).isEmpty()) {
      problems.add(
          "indicator", AdapterMessages.text("measurement.planNoIndicator", planCode, indicator));
    }
    UnitScope scope = scopes.current();
    if (unit != null && (units.find(unit).isEmpty() || !scope.includes(unit))) {
      problems.add("unit", AdapterMessages.text("participant.noUnitCode", unit));
    }
    unread.throwWith(problems, "measurement list", MeasurementQuery.FIELDS);
    return measurements.page(planCode, scope.filter(unit), indicator, year, q.page());
  }
}
