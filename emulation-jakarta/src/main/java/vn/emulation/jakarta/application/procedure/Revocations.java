package vn.emulation.jakarta.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.history.ParticipantHistory;
import vn.emulation.core.procedure.Decision;
import vn.emulation.core.procedure.Recovery;
import vn.emulation.core.procedure.Revocation;
import vn.emulation.core.procedure.RevocationGround;
import vn.emulation.core.procedure.RevocationState;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.participant.history.HistoryRepository;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.procedure.AwardCommands.AnnulAward;
import vn.emulation.jakarta.application.procedure.AwardCommands.CaseReason;
import vn.emulation.jakarta.application.procedure.AwardCommands.ProposeRevocation;
import vn.emulation.jakarta.application.procedure.AwardCommands.RecordRecovery;
import vn.emulation.jakarta.application.unit.UnitScope;
import vn.emulation.jakarta.application.unit.UnitScopes;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The revocation of an award (step 8, Law chapter VII, ADR 0036/0040), through the core's {@link
 * Revocation}: Home Affairs proposes to annul one awardee's award of a submission's decision on a
 * ground of art. 93.2 with the facts; the Chairman, for the office that decided (the core refuses
 * another), annuls it — the awardee's history marks the award revoked from that day, in the same
 * transaction, so it no longer counts as a prerequisite — or dismisses the proposal; Home Affairs
 * records what was recovered. A unit's staff read the revocations of their own unit's awardees.
 */
@ApplicationScoped
public class Revocations {

  static final String KIND = Revocation.LIFECYCLE.kind();

  @Inject RevocationRepository revocations;
  @Inject Submissions submissions;
  @Inject HistoryRepository histories;
  @Inject PlanCatalog plans;
  @Inject UnitScopes scopes;
  @Inject Callers callers;
  @Inject CaseFlows flows;
  @Inject AuditTrail audit;

  /** What the generic flow knows of these cases. */
  static final CaseKind<PlanRevocation> CASES =
      new CaseKind<>(
          KIND,
          "award.what.revocation",
          r -> r.revocation().id(),
          PlanRevocation::planCode,
          r -> r.awardee().unitCode(),
          r -> r.revocation().version(),
          Revocations::auditState,
          AuditTargets::revocation);

  private CaseFlow<PlanRevocation> flow() {
    return flows.of(CASES, revocations);
  }

  /** Proposes to annul one awardee's award of the decision on a form of a submission. */
  @Transactional
  public Tagged<PlanRevocation> propose(String planCode, ProposeRevocation cmd) {
    CaseFlow<PlanRevocation> flow = flow();
    flow.openingOn(planCode);
    StepInputs.opener(callers, flow.scope(), WhoMayAct.HOME_AFFAIRS, "propose", CASES.what("—"));
    ProblemCollector problems = new ProblemCollector();
    for (String f : List.of("submissionId", "form", "nominationId", "ground", "reason")) {
      cmd.unread().take(problems, f);
    }
    Optional<Decision> decision = Optional.empty();
    if (cmd.submissionId() == null) {
      StepInputs.required(problems, "submissionId", null);
    } else {
      try {
        PlanSubmission s = submissions.read(planCode, cmd.submissionId());
        StepInputs.required(problems, "form", cmd.form());
        if (cmd.form() != null) {
          decision = s.submission().decisionOn(cmd.form());
          if (decision.isEmpty()) {
            problems.add(
                "form", AdapterMessages.text("award.noDecisionOn", cmd.form(), cmd.submissionId()));
          }
        }
      } catch (NotFoundException e) {
        problems.add("submissionId", e.reason());
      }
    }
    if (decision.isEmpty()) {
      problems.throwIfAny("revocation");
    }
    Decision d = decision.orElseThrow();
    Revocation proposed =
        CaseFlow.withProblems(
            problems,
            "revocation",
            () ->
                Revocation.propose(
                    UUID.randomUUID().toString(),
                    d,
                    cmd.nominationId(),
                    cmd.ground(),
                    cmd.reason(),
                    flow.actor(),
                    flow.now()));
    PlanRevocation held = new PlanRevocation(planCode, cmd.submissionId(), proposed);
    return flow.open(held);
  }

  /**
   * The annulment by the office that decided; the awardee's history marks the award revoked from
   * the day of annulment (the core's {@link Revocation#applyTo}).
   */
  @Transactional
  public Tagged<PlanRevocation> annul(
      String planCode, String id, AnnulAward cmd, Precondition seen) {
    CaseFlow<PlanRevocation> flow = flow();
    Tagged<PlanRevocation> after =
        flow.change(
            planCode,
            id,
            seen,
            WhoMayAct.holding(Role.CHAIRMAN, Role.ADMIN),
            Revocation.ANNUL,
            r -> {
              Revocation.LIFECYCLE.next(r.revocation().state(), Revocation.ANNUL);
              ProblemCollector problems = new ProblemCollector();
              cmd.unread().take(problems, "office");
              cmd.unread().take(problems, "annulledOn");
              return r.with(
                  CaseFlow.withProblems(
                      problems,
                      "revocation",
                      () ->
                          r.revocation()
                              .annul(cmd.office(), cmd.annulledOn(), flow.actor(), flow.now())));
            });
    PlanRevocation annulled = after.value();
    String participant = annulled.awardee().participantId();
    ParticipantHistory h =
        histories.histories(planCode, List.of(participant)).stream()
            .findFirst()
            .orElse(ParticipantHistory.empty(participant));
    int marked = histories.markRevoked(planCode, annulled.revocation().applyTo(h));
    Revocation r = annulled.revocation();
    audit.record(
        "history.revocation",
        AuditTargets.participant(planCode, participant),
        null,
        new HistoryAudit(
            r.id(), r.decision().form(), r.decision().number(), r.annulledOn().toString(), marked));
    return after;
  }

  /** Records what was recovered after the annulment. */
  @Transactional
  public Tagged<PlanRevocation> recordRecovery(
      String planCode, String id, RecordRecovery cmd, Precondition seen) {
    CaseFlow<PlanRevocation> flow = flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.HOME_AFFAIRS,
        Revocation.RECORD_RECOVERY,
        r -> {
          Revocation.LIFECYCLE.next(r.revocation().state(), Revocation.RECORD_RECOVERY);
          ProblemCollector problems = new ProblemCollector();
          for (String f : List.of("recordedOn", "artefactRecovered", "moneyRecovered", "note")) {
            cmd.unread().take(problems, f);
          }
          StepInputs.required(problems, "recordedOn", cmd.recordedOn());
          StepInputs.required(problems, "artefactRecovered", cmd.artefactRecovered());
          StepInputs.required(problems, "moneyRecovered", cmd.moneyRecovered());
          if (cmd.recordedOn() == null
              || cmd.artefactRecovered() == null
              || cmd.moneyRecovered() == null) {
            problems.throwIfAny("recovery");
          }
          Recovery what =
              new Recovery(
                  cmd.recordedOn(),
                  cmd.artefactRecovered(),
                  cmd.moneyRecovered(),
                  cmd.note() == null ? null : cmd.note().strip());
          return r.with(
              CaseFlow.withProblems(
                  problems,
                  "recovery",
                  () -> r.revocation().recordRecovery(what, flow.actor(), flow.now())));
        });
  }

  /** The Chairman dismisses the proposal: the award stands. */
  @Transactional
  public Tagged<PlanRevocation> dismiss(
      String planCode, String id, CaseReason cmd, Precondition seen) {
    CaseFlow<PlanRevocation> flow = flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.holding(Role.CHAIRMAN, Role.ADMIN),
        Revocation.DISMISS,
        r -> {
          ProblemCollector problems = new ProblemCollector();
          cmd.unread().take(problems, "reason");
          return r.with(
              CaseFlow.withProblems(
                  problems,
                  "revocation",
                  () -> r.revocation().dismiss(cmd.reason(), flow.actor(), flow.now())));
        });
  }

  /**
   * One revocation, as a caller who may see the awardee's unit reads it; another unit's reads as an
   * unknown one (ADR 0009). ETag its version.
   */
  public Tagged<PlanRevocation> find(String planCode, String id) {
    return flow().find(planCode, id);
  }

  /**
   * The grounds on which a revocation of one of the plan's awards may be proposed: the law's (art.
   * 93.2), in its order, so that a client offers them without writing them down itself.
   */
  public List<RevocationGround> grounds(String planCode) {
    plans.inForceToday(planCode);
    return List.of(RevocationGround.values());
  }

  /** The plan's revocations the caller may see, by state and unit, a page of them. */
  public Page<PlanRevocation> list(String planCode, String state, String unit, PageRequest page) {
    plans.inForceToday(planCode);
    RevocationState s = null;
    if (state != null) {
      s =
          Arrays.stream(RevocationState.values())
              .filter(x -> x.name().equals(state))
              .findFirst()
              .orElseThrow(
                  () ->
                      StepInputs.invalid(
                          "state",
                          AdapterMessages.text(
                              "registration.stateUnknown",
                              state,
                              Arrays.toString(RevocationState.values()))));
    }
    UnitScope scope = scopes.current();
    if (unit != null && !scope.includes(unit)) {
      throw StepInputs.invalid("unit", AdapterMessages.text("registration.unitOutsideScope", unit));
    }
    return Page.slice(revocations.list(planCode, s, scope.filter(unit)), page);
  }

  private PlanRevocation read(String planCode, String id) {
    return flow().read(planCode, id);
  }

  /**
   * What the audit log keeps of an annulment's mark on the awardee's history.
   *
   * @param marked how many records it marked revoked
   */
  public record HistoryAudit(
      String revocationId, String form, String decisionNumber, String annulledOn, int marked) {}

  static CaseAuditState auditState(PlanRevocation held) {
    Revocation r = held.revocation();
    var ts = r.transitions();
    var last = ts.isEmpty() ? null : ts.get(ts.size() - 1);
    List<String> facts = new ArrayList<>();
    facts.add("submission=" + held.submissionId());
    facts.add("decision=" + r.decision().number());
    facts.add("form=" + r.decision().form());
    facts.add("nomination=" + r.nominationId());
    facts.add("participant=" + held.awardee().participantId());
    facts.add("ground=" + r.ground().name());
    facts.add("reason=" + r.reason());
    if (r.annulledOn() != null) {
      facts.add("annulledOn=" + r.annulledOn());
    }
    if (r.recovery() != null) {
      facts.add("recoveredOn=" + r.recovery().recordedOn());
      facts.add("artefactRecovered=" + r.recovery().artefactRecovered());
      facts.add("moneyRecovered=" + r.recovery().moneyRecovered());
    }
    return new CaseAuditState(
        r.id(),
        KIND,
        r.state().name(),
        r.version(),
        last == null ? null : last.command(),
        last == null ? null : last.actor(),
        last == null ? null : last.reason(),
        facts);
  }
}
