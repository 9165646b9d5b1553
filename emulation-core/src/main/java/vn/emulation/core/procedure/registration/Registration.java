package vn.emulation.core.procedure.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.TextRules;
import vn.emulation.core.procedure.ActDay;
import vn.emulation.core.procedure.CaseLog;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.core.procedure.Lifecycle;
import vn.emulation.core.procedure.Reasons;

/**
 * A unit's registration for an emulation movement (đăng ký thi đua, plan IV.4 and V.3.a): the unit
 * registers itself and its participants for a plan, or one occasion of it, with its own emulation
 * plan attached, by the plan's deadline; Home Affairs accepts it or returns it with a reason, and a
 * returned registration is corrected and sent again.
 *
 * <p>A registration first sent after the deadline is <em>marked late</em>, not refused: the plan
 * sets a month for it ("hoàn thành trong tháng 01 năm 2023") and no consequence, charges Home
 * Affairs with urging the units that lag (VI.2: "hướng dẫn, kiểm tra, theo dõi, đôn đốc"), and
 * emulation is voluntary (Law art. 5.1); whether lateness costs a unit its criterion "own plan
 * registered by the deadline" is the evaluator's question, which the mark answers. Immutable and
 * thread-safe: each command answers a new registration, one version higher.
 */
public final class Registration {

  public static final String AMEND = "amend";
  public static final String SUBMIT = "submit";
  public static final String ACCEPT = "accept";
  public static final String RETURN = "return";

  /** The table of a registration's commands (ADR 0036). */
  public static final Lifecycle<RegistrationState> LIFECYCLE =
      Lifecycle.of("registration", RegistrationState.class)
          .allow(RegistrationState.DRAFT, AMEND, RegistrationState.DRAFT)
          .allow(RegistrationState.DRAFT, SUBMIT, RegistrationState.SUBMITTED)
          .allow(RegistrationState.SUBMITTED, ACCEPT, RegistrationState.ACCEPTED)
          .allow(RegistrationState.SUBMITTED, RETURN, RegistrationState.RETURNED)
          .allow(RegistrationState.RETURNED, AMEND, RegistrationState.RETURNED)
          .allow(RegistrationState.RETURNED, SUBMIT, RegistrationState.SUBMITTED)
          .build();

  private final String id;
  private final String planCode;
  private final String occasionCode;
  private final String unitCode;
  private final List<String> participantIds;
  private final FileReference ownPlan;
  private final RegistrationDeadline deadline;
  private final String openedBy;
  private final Instant openedAt;
  private final CaseLog<RegistrationState> log;

  private Registration(
      String id,
      String planCode,
      String occasionCode,
      String unitCode,
      List<String> participantIds,
      FileReference ownPlan,
      RegistrationDeadline deadline,
      String openedBy,
      Instant openedAt,
      CaseLog<RegistrationState> log) {
    this.id = id;
    this.planCode = planCode;
    this.occasionCode = occasionCode;
    this.unitCode = unitCode;
    this.participantIds = List.copyOf(participantIds);
    this.ownPlan = ownPlan;
    this.deadline = deadline;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
    this.log = log;
  }

  /**
   * A registration opened as a draft by the unit.
   *
   * @param occasionCode the occasion it is for; {@code null} for the whole plan
   * @param ownPlan the unit's own plan; {@code null} until it is attached, required to submit
   * @throws vn.emulation.core.common.InvalidInputException listing every problem, at {@code id},
   *     {@code planCode}, {@code occasionCode}, {@code unitCode}, {@code participantIds[i]}
   */
  public static Registration open(
      String id,
      String planCode,
      String occasionCode,
      String unitCode,
      List<String> participantIds,
      FileReference ownPlan,
      RegistrationDeadline deadline,
      String actor,
      Instant at) {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    ProblemCollector problems = new ProblemCollector();
    TextRules.checkCode(problems, "id", id);
    if (!TextRules.isPlanCode(planCode)) {
      problems.add(
          "planCode", Messages.text("procedure.registration.planCode", String.valueOf(planCode)));
    }
    if (occasionCode != null) {
      TextRules.checkCode(problems, "occasionCode", occasionCode);
    }
    TextRules.checkCode(problems, "unitCode", unitCode);
    checkParticipants(problems, participantIds);
    problems.throwIfAny("registration");
    return new Registration(
        id,
        planCode,
        occasionCode,
        unitCode,
        participantIds,
        ownPlan,
        deadline,
        actor,
        at,
        CaseLog.opened(RegistrationState.DRAFT));
  }

  /**
   * A registration as it was stored: its fields and its log exactly as an earlier command left
   * them. The log is held to the table: each transition must be one the lifecycle allows from the
   * state before it, starting from DRAFT, and the version must count them, so that a stored case
   * that no command could have made is refused rather than continued.
   *
   * @throws IllegalArgumentException when the log is not one the commands could have made
   */
  public static Registration restore(
      String id,
      String planCode,
      String occasionCode,
      String unitCode,
      List<String> participantIds,
      FileReference ownPlan,
      RegistrationDeadline deadline,
      String openedBy,
      Instant openedAt,
      CaseLog<RegistrationState> log) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(openedBy, "openedBy");
    Objects.requireNonNull(openedAt, "openedAt");
    return new Registration(
        id,
        planCode,
        occasionCode,
        unitCode,
        participantIds,
        ownPlan,
        deadline,
        openedBy,
        openedAt,
        LIFECYCLE.restored(id, RegistrationState.DRAFT, log));
  }

  private static void checkParticipants(ProblemCollector problems, List<String> ids) {
    Objects.requireNonNull(ids, "participantIds");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String path = "participantIds[" + i + "]";
      if (TextRules.checkCode(problems, path, ids.get(i)) && !seen.add(ids.get(i))) {
        problems.add(path, Messages.text("procedure.registration.participantTwice", ids.get(i)));
      }
    }
  }

  /**
   * The draft or returned registration with its participants and own plan replaced.
   *
   * @throws vn.emulation.core.procedure.CommandRefusedException when sent or accepted
   * @throws vn.emulation.core.common.InvalidInputException listing every problem of the lists
   */
  public Registration amend(
      List<String> newParticipantIds, FileReference newOwnPlan, String actor, Instant at) {
    log.require(LIFECYCLE, AMEND);
    ProblemCollector problems = new ProblemCollector();
    checkParticipants(problems, newParticipantIds);
    problems.throwIfAny("registration");
    return with(newParticipantIds, newOwnPlan, log.after(LIFECYCLE, AMEND, actor, at, null));
  }

  /**
   * The registration sent to Home Affairs: it needs its own plan and at least one participant. The
   * first submission decides whether it is late ({@link #isLate}); sending it again after a return
   * does not make an on-time registration late.
   *
   * @throws vn.emulation.core.procedure.CommandRefusedException when not a draft or returned
   * @throws vn.emulation.core.common.InvalidInputException listing what is missing
   */
  public Registration submit(String actor, Instant at) {
    log.require(LIFECYCLE, SUBMIT);
    ProblemCollector problems = new ProblemCollector();
    if (ownPlan == null) {
      problems.add("ownPlan", Messages.text("procedure.registration.ownPlanMissing"));
    }
    if (participantIds.isEmpty()) {
      problems.add("participantIds", Messages.text("procedure.registration.noParticipant"));
    }
    problems.throwIfAny("registration");
    return with(participantIds, ownPlan, log.after(LIFECYCLE, SUBMIT, actor, at, null));
  }

  /**
   * The registration accepted by Home Affairs.
   *
   * @throws vn.emulation.core.procedure.CommandRefusedException when not submitted
   */
  public Registration accept(String actor, Instant at, String note) {
    log.require(LIFECYCLE, ACCEPT);
    ProblemCollector problems = new ProblemCollector();
    Reasons.optional(problems, "reason", note);
    problems.throwIfAny("registration");
    return with(
        participantIds, ownPlan, log.after(LIFECYCLE, ACCEPT, actor, at, Reasons.kept(note)));
  }

  /**
   * The registration returned by Home Affairs for correction, with the reason, which is required.
   *
   * @throws vn.emulation.core.procedure.CommandRefusedException when not submitted
   * @throws vn.emulation.core.common.InvalidInputException at {@code reason}
   */
  public Registration returnForCorrection(String actor, Instant at, String reason) {
    log.require(LIFECYCLE, RETURN);
    ProblemCollector problems = new ProblemCollector();
    Reasons.require(problems, "reason", RETURN, reason);
    problems.throwIfAny("registration");
    return with(
        participantIds, ownPlan, log.after(LIFECYCLE, RETURN, actor, at, Reasons.kept(reason)));
  }

  private Registration with(
      List<String> participants, FileReference plan, CaseLog<RegistrationState> next) {
    return new Registration(
        id,
        planCode,
        occasionCode,
        unitCode,
        participants,
        plan,
        deadline,
        openedBy,
        openedAt,
        next);
  }

  /** The day it was first sent to Home Affairs (in Vietnam), if it ever was. */
  public Optional<LocalDate> firstSubmittedOn() {
    return log.first(SUBMIT).map(t -> ActDay.of(t.at()));
  }

  /** Whether it was first sent after the deadline; false while never sent. */
  public boolean isLate() {
    return firstSubmittedOn().map(deadline::isLateOn).orElse(false);
  }

  /**
   * Whether the unit had, at the end of {@code day}, no registration Home Affairs holds: never sent
   * by then, or returned and not sent again by then, when {@code day} is after the deadline.
   */
  public boolean isOutstandingOn(LocalDate day) {
    if (!deadline.isLateOn(day)) {
      return false;
    }
    RegistrationState then = stateAtEndOf(day);
    return then == RegistrationState.DRAFT || then == RegistrationState.RETURNED;
  }

  /** The state it was in at the end of {@code day} (in Vietnam). */
  public RegistrationState stateAtEndOf(LocalDate day) {
    RegistrationState s = RegistrationState.DRAFT;
    for (var t : log.transitions()) {
      if (!ActDay.of(t.at()).isAfter(day)) {
        s = t.to();
      }
    }
    return s;
  }

  public String id() {
    return id;
  }

  public String planCode() {
    return planCode;
  }

  /** The occasion it is for; empty when for the whole plan. */
  public Optional<String> occasionCode() {
    return Optional.ofNullable(occasionCode);
  }

  public String unitCode() {
    return unitCode;
  }

  public List<String> participantIds() {
    return participantIds;
  }

  /** The unit's own emulation plan, once attached. */
  public Optional<FileReference> ownPlan() {
    return Optional.ofNullable(ownPlan);
  }

  public RegistrationDeadline deadline() {
    return deadline;
  }

  public String openedBy() {
    return openedBy;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public RegistrationState state() {
    return log.state();
  }

  /** 1 when opened, one more for each command: the adapter's condition for storing it. */
  public long version() {
    return log.version();
  }

  public CaseLog<RegistrationState> log() {
    return log;
  }

  /** The commands its state allows now. */
  public List<String> allowedCommands() {
    return LIFECYCLE.allowedIn(log.state());
  }
}
