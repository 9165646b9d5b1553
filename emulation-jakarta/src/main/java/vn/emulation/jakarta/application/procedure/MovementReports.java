package vn.emulation.jakarta.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.procedure.report.FigureReference;
import vn.emulation.core.procedure.report.MovementReport;
import vn.emulation.core.procedure.report.ReportState;
import vn.emulation.jakarta.application.ConflictException;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.measurement.MeasurementRepository;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.procedure.ReportCommands.AmendReport;
import vn.emulation.jakarta.application.procedure.ReportCommands.OpenReport;
import vn.emulation.jakarta.application.procedure.ReportCommands.ReportAnswer;
import vn.emulation.jakarta.application.procedure.ReportCommands.ReportQuery;
import vn.emulation.jakarta.application.unit.UnitScope;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * A unit's yearly movement report (step 2 of the procedure, plan VI.1; ADR 0036, 0038) through the
 * core's commands and the generic case flow ({@link CaseFlow}): the unit's head or its reporter
 * opens, amends and submits the unit's report for a year, its figures references to the unit's
 * stored measurements of that year at the version read; Home Affairs (officer, admin) approves it —
 * and so locks it — returns it with a reason, or reopens an approved one with a reason. One report
 * a unit and year in a plan.
 */
@ApplicationScoped
public class MovementReports {

  /** A report as the generic case flow sees it. */
  static final CaseKind<MovementReport> KIND =
      new CaseKind<>(
          MovementReport.LIFECYCLE.kind(),
          "report.what",
          MovementReport::id,
          MovementReport::planCode,
          MovementReport::unitCode,
          MovementReport::version,
          ReportAuditState::of,
          AuditTargets::report);

  /** Who writes and sends a unit's report: its head or its reporter, for their own unit. */
  static final WhoMayAct THE_UNIT = WhoMayAct.unitRoles(Role.UNIT_HEAD, Role.REPORTER);

  @Inject ReportRepository reports;
  @Inject MeasurementRepository measurements;
  @Inject PlanCatalog plans;
  @Inject CaseFlows flows;

  private CaseFlow<MovementReport> flow() {
    return flows.of(KIND, reports);
  }

  /**
   * Opens a draft report of the caller's unit for a year of the plan.
   *
   * @throws vn.emulation.jakarta.application.access.AccessDeniedException for another unit, or a
   *     caller who is not the unit's head or reporter
   * @throws ConflictException when the unit already has a report for that year
   * @throws InvalidInputException listing every problem of the command
   */
  @Transactional
  public Tagged<MovementReport> open(String planCode, OpenReport cmd) {
    CaseFlow<MovementReport> flow = flow();
    Plan plan = flow.openingOn(planCode);
    ProblemCollector problems = new ProblemCollector();
    if (cmd.unitCode() == null && !cmd.unread().take(problems, "unitCode")) {
      problems.add("unitCode", AdapterMessages.text("report.unitRequired"));
    }
    if (cmd.unitCode() != null) {
      flow.mayOpen(THE_UNIT, cmd.unitCode(), KIND.what(cmd.unitCode() + "/" + cmd.year()));
    }
    if (cmd.year() == null && !cmd.unread().take(problems, "year")) {
      problems.add("year", AdapterMessages.text("report.yearRequired"));
    }
    List<FigureReference> figures =
        ReportFigures.resolve(
            problems,
            cmd.unread(),
            measurements,
            planCode,
            cmd.unitCode(),
            cmd.year(),
            cmd.figures());
    cmd.unread().take(problems, "narrative");
    MovementReport opened = null;
    try {
      if (cmd.unitCode() != null && cmd.year() != null) {
        opened =
            MovementReport.open(
                UUID.randomUUID().toString(),
                planCode,
                cmd.unitCode(),
                cmd.year(),
                plan.identity().period(),
                figures,
                cmd.narrative(),
                flow.actor(),
                flow.now());
      }
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    problems.throwIfAny("report");
    List<MovementReport> same = reports.list(planCode, null, List.of(cmd.unitCode()), cmd.year());
    if (!same.isEmpty()) {
      throw new ConflictException(
          AdapterMessages.text(
              "report.alreadyOpened", cmd.unitCode(), cmd.year(), same.get(0).id()));
    }
    return flow.open(opened);
  }

  /** Replaces the figures and narrative of a report the unit holds (draft, returned, reopened). */
  @Transactional
  public Tagged<MovementReport> amend(
      String planCode, String id, AmendReport cmd, Precondition seen) {
    CaseFlow<MovementReport> flow = flow();
    return flow.change(
        planCode,
        id,
        seen,
        THE_UNIT,
        MovementReport.AMEND,
        r -> {
          r.log().require(MovementReport.LIFECYCLE, MovementReport.AMEND);
          ProblemCollector problems = new ProblemCollector();
          List<FigureReference> figures =
              ReportFigures.resolve(
                  problems,
                  cmd.unread(),
                  measurements,
                  planCode,
                  r.unitCode(),
                  r.year(),
                  cmd.figures());
          cmd.unread().take(problems, "narrative");
          return CaseFlow.withProblems(
              problems,
              "report",
              () -> r.amend(figures, cmd.narrative(), flow.actor(), flow.now()));
        });
  }

  /** The unit's head or reporter sends the report to Home Affairs. */
  @Transactional
  public Tagged<MovementReport> submit(String planCode, String id, Precondition seen) {
    CaseFlow<MovementReport> flow = flow();
    return flow.change(
        planCode,
        id,
        seen,
        THE_UNIT,
        MovementReport.SUBMIT,
        r -> r.submit(flow.actor(), flow.now()));
  }

  /** Home Affairs approves the report sent, which locks it. */
  @Transactional
  public Tagged<MovementReport> approve(
      String planCode, String id, ReportAnswer answer, Precondition seen) {
    CaseFlow<MovementReport> flow = flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.HOME_AFFAIRS,
        MovementReport.APPROVE,
        r -> answered(answer, () -> r.approve(flow.actor(), flow.now(), answer.reason())));
  }

  /** Home Affairs returns the report sent, with the reason, for the unit to correct. */
  @Transactional
  public Tagged<MovementReport> returnForCorrection(
      String planCode, String id, ReportAnswer answer, Precondition seen) {
    CaseFlow<MovementReport> flow = flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.HOME_AFFAIRS,
        MovementReport.RETURN,
        r ->
            answered(
                answer, () -> r.returnForCorrection(flow.actor(), flow.now(), answer.reason())));
  }

  /** Home Affairs reopens an approved report, with the reason: the one way to unlock it. */
  @Transactional
  public Tagged<MovementReport> reopen(
      String planCode, String id, ReportAnswer answer, Precondition seen) {
    CaseFlow<MovementReport> flow = flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.HOME_AFFAIRS,
        MovementReport.REOPEN,
        r -> answered(answer, () -> r.reopen(flow.actor(), flow.now(), answer.reason())));
  }

  /** One report, as a caller who may see its unit reads it (another unit's is 404). */
  public Tagged<MovementReport> find(String planCode, String id) {
    return flow().find(planCode, id);
  }

  /** The plan's reports the caller may see, filtered by state, unit and year, a page of them. */
  public Page<MovementReport> list(String planCode, ReportQuery q) {
    plans.inForceToday(planCode);
    ProblemCollector problems = new ProblemCollector();
    q.unread().take(problems, "state");
    q.unread().take(problems, "unit");
    q.unread().take(problems, "year");
    q.unread().take(problems, "page");
    q.unread().take(problems, "size");
    if (q.state() != null
        && Arrays.stream(ReportState.values()).noneMatch(s -> s.name().equals(q.state()))) {
      problems.add(
          "state",
          AdapterMessages.text(
              "report.stateUnknown", q.state(), Arrays.toString(ReportState.values())));
    }
    UnitScope scope = flow().scope();
    if (q.unit() != null && !scope.includes(q.unit())) {
      problems.add("unit", AdapterMessages.text("report.unitOutsideScope", q.unit()));
    }
    problems.throwIfAny("query");
    List<MovementReport> all =
        reports.list(
            planCode,
            q.state() == null ? null : ReportState.valueOf(q.state()),
            scope.filter(q.unit()),
            q.year());
    return Page.slice(all, q.page());
  }

  private static MovementReport answered(
      ReportAnswer answer, java.util.function.Supplier<MovementReport> act) {
    ProblemCollector problems = new ProblemCollector();
    answer.unread().take(problems, "reason");
    return CaseFlow.withProblems(problems, "report", act);
  }
}
