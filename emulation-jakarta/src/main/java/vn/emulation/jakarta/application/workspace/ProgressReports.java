package vn.emulation.jakarta.application.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.FigureScope;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.audit.FactsRevision;
import vn.emulation.jakarta.application.measurement.MeasurementRepository;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.plan.PlanUnits;
import vn.emulation.jakarta.application.progress.ProgressReport;
import vn.emulation.jakarta.application.progress.ProgressService;
import vn.emulation.jakarta.application.progress.UnitRank;
import vn.emulation.jakarta.application.unit.UnitRepository;

/**
 * Where a unit and the units under it stand against a plan's targets: its report, a page of its
 * children's, their ranking, and the open-data rows. Each call reads the plan version in force on
 * the question's date (ADR 0022), the hierarchy and the reports the question reads (the core's
 * {@link FigureScope}: its year, overall figures and the breakdowns of targets met in each), and
 * keeps what it worked out against the revision of the stored facts ({@link FactsRevision}, ADR
 * 0034): asked again before anything is written, it answers what it kept.
 *
 * <p>Read only. Each call is one transaction so that the plan, the units and the reports are read
 * as one consistent picture even while an upload is being stored. An unknown plan is "not found";
 * problems with the question are invalid input naming each parameter, all at once, with those the
 * edge met reading it ({@link Unread}).
 */
@ApplicationScoped
@Transactional
public class ProgressReports {

  @Inject PlanCatalog catalog;
  @Inject UnitRepository units;
  @Inject MeasurementRepository measurements;
  @Inject PlanUnits planUnits;
  @Inject FactsRevision revisions;

  /** Where "today" comes from (in Vietnam); the defaults of a progress question depend on it. */
  @Inject Clock clock;

  /** The report of the unit asked for (the plan's whole city by default). */
  public ProgressReport progress(String planCode, ProgressParameters asked, Unread unread) {
    ProblemCollector problems = new ProblemCollector();
    ProgressReport report = report(planCode, asked, unread, problems);
    unread.throwWith(problems, "progress query", ProgressParameters.FIELDS);
    return report;
  }

  /** One page of the reports of the units directly under the unit asked for, by code. */
  public UnitPage<ProgressReport> drillDown(
      String planCode, ProgressParameters asked, PageRequest page, Unread unread) {
    ProgressReport report = progress(planCode, asked, unread);
    return new UnitPage<>(report, Page.slice(report.children(), page));
  }

  /** One page of the ranking of the units directly under the unit asked for, best first. */
  public UnitPage<UnitRank> ranking(
      String planCode, ProgressParameters asked, PageRequest page, Unread unread) {
    ProgressReport report = progress(planCode, asked, unread);
    return new UnitPage<>(report, Page.slice(report.ranking(), page));
  }

  /** The open-data rows: the unit asked for, then the units directly under it. */
  public List<ProgressReport> openData(String planCode, ProgressParameters asked, Unread unread) {
    return progress(planCode, asked, unread).withChildren();
  }

  /**
   * A unit's trend against a milestone: its report for each year from the plan's first to the year
   * asked (the milestone's by default), never past this year, each against the milestone's
   * thresholds; a year the unit did not exist in has no report. The questions the dashboard asks
   * for its trend, one per year, answered in one transaction so that the years are one picture.
   */
  public Trend trend(String planCode, ProgressParameters asked, Unread unread) {
    ProgressReport last = progress(planCode, asked, unread);
    Plan plan = catalog.inForceOn(planCode, last.date());
    int first = plan.identity().period().first();
    int through =
        Math.min(Math.min(last.year(), last.milestoneYear()), LocalDate.now(clock).getYear());
    List<ProgressReport> years = new ArrayList<>();
    for (int year = first; year <= through; year++) {
      if (year == last.year()) {
        years.add(last);
        continue;
      }
      ProblemCollector problems = new ProblemCollector();
      ProgressReport report =
          report(
              planCode,
              new ProgressParameters(last.unitCode(), last.milestoneYear(), year, null),
              Unread.none(),
              problems);
      if (report != null && problems.isEmpty()) {
        years.add(report);
      }
    }
    return new Trend(last, plan, first, through, List.copyOf(years));
  }

  /**
   * A unit's reports year by year.
   *
   * @param asked the report of the question as asked
   * @param plan the plan version in force on its day
   * @param firstYear the first year asked (the plan's first)
   * @param lastYear the last year asked
   * @param years the reports of the years the unit existed in, oldest first
   */
  public record Trend(
      ProgressReport asked, Plan plan, int firstYear, int lastYear, List<ProgressReport> years) {}

  private ProgressReport report(
      String planCode, ProgressParameters asked, Unread unread, ProblemCollector problems) {
    // the revision first, then the facts: what is kept under it is at least as new (ADR 0034)
    FactsRevision.Revision revision = revisions.read();
    LocalDate today = LocalDate.now(clock);
    Plan plan = inForceOn(revision, planCode, today);
    OrgHierarchy hierarchy = revision.answer("hierarchy", "", units::hierarchy);
    Supplier<Set<String>> planUnitCodes =
        () ->
            revision.answer(
                "plan units", planCode, () -> planUnits.codes(planCode, revision.seq()));
    ProblemCollector first = new ProblemCollector();
    var question =
        ProgressQuestion.resolve(plan, hierarchy, planUnitCodes, asked, unread, today, first);
    if (question.isPresent() && first.isEmpty()) {
      // the question's day may fall under another version: ask that version the same question
      Plan onTheDay = inForceOn(revision, planCode, question.get().date());
      if (onTheDay.identity().version() != plan.identity().version()) {
        plan = onTheDay;
        first = new ProblemCollector();
        question =
            ProgressQuestion.resolve(plan, hierarchy, planUnitCodes, asked, unread, today, first);
      }
    }
    problems.addAll(first.problems());
    if (question.isEmpty() || !problems.isEmpty()) {
      return null;
    }
    ProgressQuestion q = question.get();
    Plan judging = plan;
    // a report answers from the plan version, the hierarchy, and the reports of its scope only;
    // kept, it keeps its children once worked out
    return revision.answer(
        "progress",
        List.of(
            planCode,
            judging.identity().version(),
            q.milestoneYear(),
            q.unitCode(),
            q.year(),
            q.date()),
        () -> {
          // the reports of the units the asked unit's figure can be made of, not the plan's all
          FigureScope scope =
              FigureScope.of(judging.targets(), q.milestoneYear(), q.year())
                  .forUnit(hierarchy, q.unitCode(), q.date());
          return new ProgressService(judging, hierarchy, measurements.within(planCode, scope))
              .progress(q.milestoneYear(), q.unitCode(), q.year(), q.date());
        });
  }

  private Plan inForceOn(FactsRevision.Revision revision, String planCode, LocalDate day) {
    return revision.answer(
        "plan in force", List.of(planCode, day), () -> catalog.inForceOn(planCode, day));
  }
}
