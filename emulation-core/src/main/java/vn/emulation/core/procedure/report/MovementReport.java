package vn.emulation.core.procedure.report;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.TextRules;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.procedure.CaseLog;
import vn.emulation.core.procedure.Lifecycle;
import vn.emulation.core.procedure.Reasons;

/**
 * A unit's yearly report on the movement (plan VI.1: "hàng năm báo cáo tình hình tổ chức thực hiện
 * phong trào thi đua về Phòng Nội vụ"): the unit's head sends the year's figures, by reference to
 * the stored measurements, and a narrative; Home Affairs approves it or returns it with a reason.
 * An approved report is locked: nothing changes it until Home Affairs reopens it, which is a
 * recorded act with its reason. Immutable and thread-safe: each command answers a new report, one
 * version higher.
 */
public final class MovementReport {

  public static final String AMEND = "amend";
  public static final String SUBMIT = "submit";
  public static final String APPROVE = "approve";
  public static final String RETURN = "return";
  public static final String REOPEN = "reopen";

  /** The longest narrative kept, in characters. */
  public static final int MAX_NARRATIVE = 100_000;

  /** The table of a report's commands (ADR 0036). */
  public static final Lifecycle<ReportState> LIFECYCLE =
      Lifecycle.of("report", ReportState.class)
          .allow(ReportState.DRAFT, AMEND, ReportState.DRAFT)
          .allow(ReportState.DRAFT, SUBMIT, ReportState.SUBMITTED)
          .allow(ReportState.SUBMITTED, APPROVE, ReportState.APPROVED)
          .allow(ReportState.SUBMITTED, RETURN, ReportState.RETURNED)
          .allow(ReportState.RETURNED, AMEND, ReportState.RETURNED)
          .allow(ReportState.RETURNED, SUBMIT, ReportState.SUBMITTED)
          .allow(ReportState.APPROVED, REOPEN, ReportState.REOPENED)
          .allow(ReportState.REOPENED, AMEND, ReportState.REOPENED)
          .allow(ReportState.REOPENED, SUBMIT, ReportState.SUBMITTED)
          .build();

  private final String id;
  private final String planCode;
  private final String unitCode;
  private final int year;
  private final List<FigureReference> figures;
  private final String narrative;
  private final String openedBy;
  private final Instant openedAt;
  private final CaseLog<ReportState> log;

  private MovementReport(
      String id,
      String planCode,
      String unitCode,
      int year,
      List<FigureReference> figures,
      String narrative,
      String openedBy,
      Instant openedAt,
      CaseLog<ReportState> log) {
    this.id = id;
    this.planCode = planCode;
    this.unitCode = unitCode;
    this.year = year;
    this.figures = List.copyOf(figures);
    this.narrative = narrative;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
    this.log = log;
  }

  /**
   * A report opened as a draft, for {@code year} within the plan's period.
   *
   * @param narrative the text so far; may be blank in a draft
   * @param actor who opened it
   * @param at when
   * @throws vn.emulation.core.common.InvalidInputException listing every problem, at {@code id},
   *     {@code planCode}, {@code unitCode}, {@code year}, {@code figures[i]…}, {@code narrative}
   */
  public static MovementReport open(
      String id,
      String planCode,
      String unitCode,
      int year,
      YearPeriod planPeriod,
      List<FigureReference> figures,
      String narrative,
      String actor,
      Instant at) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    ProblemCollector problems = new ProblemCollector();
    TextRules.checkCode(problems, "id", id);
    if (!TextRules.isPlanCode(planCode)) {
      problems.add(
          "planCode", Messages.text("procedure.report.planCode", String.valueOf(planCode)));
    }
    TextRules.checkCode(problems, "unitCode", unitCode);
    if (!planPeriod.contains(year)) {
      problems.add("year", Messages.text("procedure.report.yearOutsidePlan", year, planPeriod));
    }
    checkContent(problems, figures, narrative);
    problems.throwIfAny("report");
    return new MovementReport(
        id,
        planCode,
        unitCode,
        year,
        figures,
        narrative == null ? "" : narrative,
        actor,
        at,
        CaseLog.opened(ReportState.DRAFT));
  }

  /**
   * A report as it was stored: its fields and its log exactly as an earlier command left them. The
   * log is held to the table ({@link Lifecycle#restored}), so that a stored case no command could
   * have made is refused rather than continued.
   *
   * @throws IllegalArgumentException when the log is not one the commands could have made
   */
  public static MovementReport restore(
      String id,
      String planCode,
      String unitCode,
      int year,
      List<FigureReference> figures,
      String narrative,
      String openedBy,
      Instant openedAt,
      CaseLog<ReportState> log) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(openedBy, "openedBy");
    Objects.requireNonNull(openedAt, "openedAt");
    return new MovementReport(
        id,
        planCode,
        unitCode,
        year,
        figures,
        narrative == null ? "" : narrative,
        openedBy,
        openedAt,
        LIFECYCLE.restored(id, ReportState.DRAFT, log));
  }

  private static void checkContent(
      ProblemCollector problems, List<FigureReference> figures, String narrative) {
    Objects.requireNonNull(figures, "figures");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < figures.size(); i++) {
      FigureReference f = figures.get(i);
      String path = "figures[" + i + "]";
      TextRules.checkCode(problems, path + ".indicatorCode", f.indicatorCode());
      TextRules.checkCode(problems, path + ".measurementId", f.measurementId());
      if (f.measurementVersion() < 1) {
        problems.add(
            path + ".measurementVersion",
            Messages.text("procedure.report.measurementVersion", f.measurementVersion()));
      }
      if (!seen.add(f.indicatorCode())) {
        problems.add(
            path + ".indicatorCode",
            Messages.text("procedure.report.indicatorTwice", f.indicatorCode()));
      }
    }
    if (narrative != null && narrative.length() > MAX_NARRATIVE) {
      problems.add(
          "narrative",
          Messages.text("procedure.report.narrativeTooLong", MAX_NARRATIVE, narrative.length()));
    } else if (narrative != null) {
      TextRules.checkText(problems, "narrative", narrative);
    }
  }

  /**
   * The report with its figures and narrative replaced, while the unit holds it (draft, returned,
   * reopened). An approved report is locked: amending it is refused.
   *
   * @throws vn.emulation.core.procedure.CommandRefusedException when submitted or approved
   * @throws vn.emulation.core.common.InvalidInputException listing every problem
   */
  public MovementReport amend(
      List<FigureReference> newFigures, String newNarrative, String actor, Instant at) {
    log.require(LIFECYCLE, AMEND);
    ProblemCollector problems = new ProblemCollector();
    checkContent(problems, newFigures, newNarrative);
    problems.throwIfAny("report");
    return with(
        newFigures,
        newNarrative == null ? "" : newNarrative,
        log.after(LIFECYCLE, AMEND, actor, at, null));
  }

  /**
   * The report sent by the unit's head: it needs at least one figure and a narrative.
   *
   * @throws vn.emulation.core.procedure.CommandRefusedException when the unit does not hold it
   * @throws vn.emulation.core.common.InvalidInputException listing what is missing
   */
  public MovementReport submit(String actor, Instant at) {
    log.require(LIFECYCLE, SUBMIT);
    ProblemCollector problems = new ProblemCollector();
    if (figures.isEmpty()) {
      problems.add("figures", Messages.text("procedure.report.noFigures", year));
    }
    if (narrative.isBlank()) {
      problems.add("narrative", Messages.text("procedure.report.noNarrative"));
    }
    problems.throwIfAny("report");
    return with(figures, narrative, log.after(LIFECYCLE, SUBMIT, actor, at, null));
  }

  /**
   * The report approved by Home Affairs, and so locked.
   *
   * @throws vn.emulation.core.procedure.CommandRefusedException when not submitted
   */
  public MovementReport approve(String actor, Instant at, String note) {
    log.require(LIFECYCLE, APPROVE);
    ProblemCollector problems = new ProblemCollector();
    Reasons.optional(problems, "reason", note);
    problems.throwIfAny("report");
    return with(figures, narrative, log.after(LIFECYCLE, APPROVE, actor, at, Reasons.kept(note)));
  }

  /**
   * The report returned by Home Affairs, with the reason, which is required.
   *
   * @throws vn.emulation.core.procedure.CommandRefusedException when not submitted
   * @throws vn.emulation.core.common.InvalidInputException at {@code reason}
   */
  public MovementReport returnForCorrection(String actor, Instant at, String reason) {
    log.require(LIFECYCLE, RETURN);
    ProblemCollector problems = new ProblemCollector();
    Reasons.require(problems, "reason", RETURN, reason);
    problems.throwIfAny("report");
    return with(figures, narrative, log.after(LIFECYCLE, RETURN, actor, at, Reasons.kept(reason)));
  }

  /**
   * The approved report reopened by Home Affairs, with the reason, which is required: the one way
   * to unlock it, and in its history for good.
   *
   * @throws vn.emulation.core.procedure.CommandRefusedException when not approved
   * @throws vn.emulation.core.common.InvalidInputException at {@code reason}
   */
  public MovementReport reopen(String actor, Instant at, String reason) {
    log.require(LIFECYCLE, REOPEN);
    ProblemCollector problems = new ProblemCollector();
    Reasons.require(problems, "reason", REOPEN, reason);
    problems.throwIfAny("report");
    return with(figures, narrative, log.after(LIFECYCLE, REOPEN, actor, at, Reasons.kept(reason)));
  }

  private MovementReport with(List<FigureReference> f, String n, CaseLog<ReportState> next) {
    return new MovementReport(id, planCode, unitCode, year, f, n, openedBy, openedAt, next);
  }

  /** Whether it is approved, so that nothing but a reopening changes it. */
  public boolean isLocked() {
    return log.state() == ReportState.APPROVED;
  }

  public String id() {
    return id;
  }

  public String planCode() {
    return planCode;
  }

  public String unitCode() {
    return unitCode;
  }

  public int year() {
    return year;
  }

  public List<FigureReference> figures() {
    return figures;
  }

  /** The narrative; empty while none is written. */
  public String narrative() {
    return narrative;
  }

  public String openedBy() {
    return openedBy;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public ReportState state() {
    return log.state();
  }

  /** 1 when opened, one more for each command: the adapter's condition for storing it. */
  public long version() {
    return log.version();
  }

  public CaseLog<ReportState> log() {
    return log;
  }

  public List<String> allowedCommands() {
    return LIFECYCLE.allowedIn(log.state());
  }
}
