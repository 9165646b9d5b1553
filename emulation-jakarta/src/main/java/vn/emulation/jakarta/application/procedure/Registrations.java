package vn.emulation.jakarta.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.procedure.ActDay;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.core.procedure.registration.OverdueRegistrations;
import vn.emulation.core.procedure.registration.Registration;
import vn.emulation.core.procedure.registration.RegistrationDeadline;
import vn.emulation.core.procedure.registration.RegistrationState;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.participant.ParticipantRepository;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.plan.PlanUnitRepository;
import vn.emulation.jakarta.application.procedure.RegistrationCommands.AmendRegistration;
import vn.emulation.jakarta.application.procedure.RegistrationCommands.OpenRegistration;
import vn.emulation.jakarta.application.procedure.RegistrationCommands.RegistrationAnswer;
import vn.emulation.jakarta.application.procedure.RegistrationCommands.RegistrationQuery;
import vn.emulation.jakarta.application.unit.UnitScope;
import vn.emulation.jakarta.application.unit.UnitScopes;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * A unit's registration for a plan (step 1 of the procedure, ADR 0036/0037), through the core's
 * commands: a unit's staff open, amend, attach their own plan and submit their unit's registration;
 * Home Affairs (officers) accept it or return it with a reason. Each command reads the case, checks
 * the caller and the version the client read (If-Match: 428 without it, 412 when stale), gives the
 * core its command (409 in a state that does not allow it, 400 with every problem), stores the case
 * on that version and records the transition in the audit log, in one transaction.
 */
@ApplicationScoped
public class Registrations {

  /** The units overdue at the end of {@code on}, against the plan's deadline {@code dueOn}. */
  public record OverdueOn(
      LocalDate on, LocalDate dueOn, List<OverdueRegistrations.Overdue> units) {}

  /** A registration as the generic case flow sees it. */
  static final CaseKind<Registration> KIND =
      new CaseKind<>(
          Registration.LIFECYCLE.kind(),
          "registration.what",
          Registration::id,
          Registration::planCode,
          Registration::unitCode,
          Registration::version,
          RegistrationAuditState::of,
          AuditTargets::registration);

  @Inject RegistrationRepository registrations;
  @Inject PlanCatalog plans;
  @Inject PlanUnitRepository planUnits;
  @Inject ParticipantRepository participants;
  @Inject UnitScopes scopes;
  @Inject Callers callers;
  @Inject CaseFlows flows;
  @Inject Clock clock;

  private CaseFlow<Registration> flow() {
    return flows.of(KIND, registrations);
  }

  /**
   * Opens a draft registration for the caller's unit (or, for Home Affairs, any unit).
   *
   * @throws AccessDeniedException for a unit outside the caller's scope, or a reader
   * @throws InvalidInputException listing every problem of the command
   */
  @Transactional
  public Tagged<Registration> open(String planCode, OpenRegistration cmd) {
    CaseFlow<Registration> flow = flow();
    Plan plan = flow.openingOn(planCode);
    ProblemCollector problems = new ProblemCollector();
    cmd.unread().take(problems, "occasionCode");
    if (cmd.unitCode() == null && !cmd.unread().take(problems, "unitCode")) {
      problems.add("unitCode", AdapterMessages.text("registration.unitRequired"));
    }
    if (cmd.unitCode() != null && !scopes.current().includes(cmd.unitCode())) {
      throw AccessDeniedException.outsideScope(cmd.unitCode());
    }
    cmd.unread().take(problems, "participantIds");
    if (cmd.occasionCode() != null && plan.occasion(cmd.occasionCode()).isEmpty()) {
      problems.add(
          "occasionCode",
          AdapterMessages.text("registration.noSuchOccasion", cmd.occasionCode(), planCode));
    }
    checkParticipants(problems, planCode, cmd.unitCode(), cmd.participantIds());
    RegistrationDeadline deadline = RegistrationDeadline.fromPlan(plan).orElse(null);
    if (deadline == null) {
      problems.add("planCode", AdapterMessages.text("registration.planHasNoDeadline", planCode));
    }
    Registration opened = null;
    try {
      if (cmd.unitCode() != null && deadline != null) {
        opened =
            Registration.open(
                UUID.randomUUID().toString(),
                planCode,
                cmd.occasionCode(),
                cmd.unitCode(),
                cmd.participantIds(),
                null,
                deadline,
                flow.actor(),
                flow.now());
      }
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    problems.throwIfAny("registration");
    return flow.open(opened);
  }

  /** Replaces the participants of a draft or returned registration. */
  @Transactional
  public Tagged<Registration> amend(
      String planCode, String id, AmendRegistration cmd, Precondition seen) {
    CaseFlow<Registration> flow = flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.UNIT_STAFF,
        Registration.AMEND,
        r -> {
          ProblemCollector problems = new ProblemCollector();
          cmd.unread().take(problems, "participantIds");
          checkParticipants(problems, planCode, r.unitCode(), cmd.participantIds());
          r.log().require(Registration.LIFECYCLE, Registration.AMEND);
          return CaseFlow.withProblems(
              problems,
              "registration",
              () ->
                  r.amend(
                      cmd.participantIds(), r.ownPlan().orElse(null), flow.actor(), flow.now()));
        });
  }

  /** Attaches (or replaces) the unit's own emulation plan, a file already checked by content. */
  @Transactional
  public Tagged<Registration> attachOwnPlan(
      String planCode, String id, FileReference file, Precondition seen) {
    CaseFlow<Registration> flow = flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.UNIT_STAFF,
        Registration.AMEND,
        r -> r.amend(r.participantIds(), file, flow.actor(), flow.now()));
  }

  /** Sends the registration to Home Affairs. */
  @Transactional
  public Tagged<Registration> submit(String planCode, String id, Precondition seen) {
    CaseFlow<Registration> flow = flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.UNIT_STAFF,
        Registration.SUBMIT,
        r -> r.submit(flow.actor(), flow.now()));
  }

  /** Home Affairs accepts the registration sent. */
  @Transactional
  public Tagged<Registration> accept(
      String planCode, String id, RegistrationAnswer answer, Precondition seen) {
    CaseFlow<Registration> flow = flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.HOME_AFFAIRS,
        Registration.ACCEPT,
        r -> answered(answer, () -> r.accept(flow.actor(), flow.now(), answer.reason())));
  }

  /** Home Affairs returns the registration sent, with the reason, for the unit to correct. */
  @Transactional
  public Tagged<Registration> returnForCorrection(
      String planCode, String id, RegistrationAnswer answer, Precondition seen) {
    CaseFlow<Registration> flow = flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.HOME_AFFAIRS,
        Registration.RETURN,
        r ->
            answered(
                answer, () -> r.returnForCorrection(flow.actor(), flow.now(), answer.reason())));
  }

  /**
   * One registration, as a caller who may see its unit reads it; ETag its version. Another unit's
   * answers as an unknown one (404), while a command aimed at it is refused (403).
   */
  public Tagged<Registration> find(String planCode, String id) {
    return flow().find(planCode, id);
  }

  /** The plan's registrations the caller may see, filtered by state and unit, a page of them. */
  public Page<Registration> list(String planCode, RegistrationQuery q) {
    plans.inForceToday(planCode);
    ProblemCollector problems = new ProblemCollector();
    q.unread().take(problems, "page");
    q.unread().take(problems, "size");
    if (q.state() != null
        && Arrays.stream(RegistrationState.values()).noneMatch(s -> s.name().equals(q.state()))) {
      problems.add(
          "state",
          AdapterMessages.text(
              "registration.stateUnknown", q.state(), Arrays.toString(RegistrationState.values())));
    }
    UnitScope scope = scopes.current();
    if (q.unit() != null && !scope.includes(q.unit())) {
      problems.add("unit", AdapterMessages.text("registration.unitOutsideScope", q.unit()));
    }
    problems.throwIfAny("query");
    List<Registration> all =
        registrations.list(
            planCode,
            q.state() == null ? null : RegistrationState.valueOf(q.state()),
            scope.filter(q.unit()));
    return Page.slice(all, q.page());
  }

  /**
   * The units taking part in the plan (those with participants in it or reports to it) that, at the
   * end of {@code day}, have no registration Home Affairs holds; empty on or before the deadline
   * (core {@link OverdueRegistrations}). Home Affairs' list: city-wide staff only.
   */
  public OverdueOn overdue(String planCode, LocalDate day) {
    Caller caller = callers.current();
    if (!caller.cityWide()) {
      throw new AccessDeniedException(AdapterMessages.text("registration.overdueCityWide"));
    }
    Plan plan = plans.inForceToday(planCode);
    LocalDate on = day == null ? ActDay.of(clock.instant()) : day;
    RegistrationDeadline deadline =
        RegistrationDeadline.fromPlan(plan)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "query",
                        List.of(
                            new vn.emulation.core.common.Problem(
                                "plan",
                                AdapterMessages.text(
                                    "registration.planHasNoDeadline", planCode)))));
    List<String> expected = planUnits.codes(planCode).stream().sorted().toList();
    List<Registration> all = registrations.list(planCode, null, null);
    return new OverdueOn(
        on, deadline.dueOn(), OverdueRegistrations.on(on, deadline, expected, all));
  }

  private Registration answered(
      RegistrationAnswer answer, java.util.function.Supplier<Registration> act) {
    ProblemCollector problems = new ProblemCollector();
    answer.unread().take(problems, "reason");
    return CaseFlow.withProblems(problems, "registration", act);
  }

  private void checkParticipants(
      ProblemCollector problems, String planCode, String unitCode, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      String pid = ids.get(i);
      if (pid == null) {
        continue;
      }
      var p = participants.find(planCode, pid);
      if (p.isEmpty()) {
        problems.add(
            "participantIds[" + i + "]",
            AdapterMessages.text("registration.noSuchParticipant", pid, planCode));
      } else if (unitCode != null && !p.get().unitCode().equals(unitCode)) {
        problems.add(
            "participantIds[" + i + "]",
            AdapterMessages.text("registration.participantOfAnotherUnit", pid, unitCode));
      }
    }
  }
}
