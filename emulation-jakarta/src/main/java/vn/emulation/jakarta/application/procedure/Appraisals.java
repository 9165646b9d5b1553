package vn.emulation.jakarta.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.emulation.core.calendar.CalendarDataMissingException;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.procedure.appraisal.AppraisalRequest;
import vn.emulation.core.procedure.appraisal.BatchAppraisal;
import vn.emulation.core.procedure.nomination.AppraisalDecision;
import vn.emulation.core.procedure.nomination.Nomination;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.PreconditionFailedException;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.procedure.NominationCommands.AppraisalAnswer;
import vn.emulation.jakarta.application.procedure.NominationCommands.BatchAppraisalCommand;
import vn.emulation.jakarta.application.procedure.NominationCommands.BatchItem;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Home Affairs' appraisal of nominations sent (thẩm định, step 4, ADR 0036/0039) through the core's
 * commands: one by one on the generic case flow (eligible, not eligible, returned for correction
 * with the working days to correct it), or as a batch over the desk's filtered list in one
 * transaction through the core's {@link BatchAppraisal}: every problem of every item at once, and
 * nothing stored if any item fails. An appraiser who departs from the stored verdict says why.
 */
@ApplicationScoped
public class Appraisals {

  @Inject Nominations nominations;
  @Inject NominationRepository store;
  @Inject ProcedureLaw law;
  @Inject PlanCatalog plans;
  @Inject Callers callers;
  @Inject AuditTrail audit;

  /** Appraised eligible; a departure from a verdict not eligible or incomplete needs its reason. */
  @Transactional
  public Tagged<StoredNomination> findEligible(
      String planCode, String id, AppraisalAnswer answer, Precondition seen) {
    CaseFlow<StoredNomination> flow = nominations.flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.HOME_AFFAIRS,
        Nomination.FIND_ELIGIBLE,
        s ->
            answered(
                answer,
                "correctionWorkingDays",
                () ->
                    s.with(
                        s.nomination()
                            .findEligible(
                                answer.reason(),
                                answer.departureReason(),
                                flow.actor(),
                                flow.now()))));
  }

  /** Appraised not eligible, with the reason; a departure needs its own reason too. */
  @Transactional
  public Tagged<StoredNomination> findNotEligible(
      String planCode, String id, AppraisalAnswer answer, Precondition seen) {
    CaseFlow<StoredNomination> flow = nominations.flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.HOME_AFFAIRS,
        Nomination.FIND_NOT_ELIGIBLE,
        s ->
            answered(
                answer,
                "correctionWorkingDays",
                () ->
                    s.with(
                        s.nomination()
                            .findNotEligible(
                                answer.reason(),
                                answer.departureReason(),
                                flow.actor(),
                                flow.now()))));
  }

  /** Returned to the unit, with the reason and the working days it has to correct it. */
  @Transactional
  public Tagged<StoredNomination> returnForCorrection(
      String planCode, String id, AppraisalAnswer answer, Precondition seen) {
    CaseFlow<StoredNomination> flow = nominations.flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.HOME_AFFAIRS,
        Nomination.RETURN,
        s ->
            answered(
                answer,
                null,
                () ->
                    s.with(
                        s.nomination()
                            .returnForCorrection(
                                answer.reason(),
                                law.calendar(),
                                answer.correctionWorkingDays() == null
                                    ? 0
                                    : answer.correctionWorkingDays(),
                                flow.actor(),
                                flow.now()))));
  }

  /**
   * Appraises every item of {@code cmd}, all or none: the items' problems first (400, every one),
   * then each nomination's version against the one the desk read (412 naming each stale one), then
   * the core's batch (400 with every problem of every item at {@code items[i]…}), then each stored
   * on its version with its audit entry, in one transaction.
   *
   * @throws AccessDeniedException unless Home Affairs (officer, administrator)
   */
  @Transactional
  public List<StoredNomination> batch(String planCode, BatchAppraisalCommand cmd) {
    Caller caller = callers.writer();
    plans.acceptingChangesToday(planCode);
    if (!caller.has(Role.OFFICER) && !caller.has(Role.ADMIN)) {
      throw new AccessDeniedException(AdapterMessages.text("nomination.batchOnlyHomeAffairs"));
    }
    CaseFlow<StoredNomination> flow = nominations.flow();
    ProblemCollector problems = new ProblemCollector();
    cmd.unread().take(problems, "items");
    cmd.unread().take(problems, "correctionWorkingDays");
    Map<String, StoredNomination> read = new LinkedHashMap<>();
    List<String> stale = new ArrayList<>();
    for (int i = 0; i < cmd.items().size(); i++) {
      BatchItem item = cmd.items().get(i);
      String path = "items[" + i + "]";
      if (item == null) {
        problems.add(path, AdapterMessages.text("nomination.required", path));
        continue;
      }
      if (item.decision() == null && !cmd.unread().take(problems, path + ".decision")) {
        problems.add(
            path + ".decision", AdapterMessages.text("nomination.required", path + ".decision"));
      }
      if (item.version() == null && !cmd.unread().take(problems, path + ".version")) {
        problems.add(
            path + ".version", AdapterMessages.text("nomination.required", path + ".version"));
      }
      if (item.nominationId() == null) {
        cmd.unread().take(problems, path + ".nominationId");
        continue;
      }
      StoredNomination s =
          store.find(item.nominationId()).filter(n -> n.planCode().equals(planCode)).orElse(null);
      if (s == null) {
        continue; // the core names it unknown, with the rest
      }
      read.putIfAbsent(s.id(), s);
      if (item.version() != null && item.version() != s.version()) {
        stale.add(s.id() + " (" + item.version() + " → " + s.version() + ")");
      }
    }
    problems.throwIfAny("batch appraisal");
    if (!stale.isEmpty()) {
      throw new PreconditionFailedException(
          AdapterMessages.text("nomination.batchStale", String.join(", ", stale)));
    }
    List<AppraisalRequest> requests =
        cmd.items().stream()
            .map(
                i ->
                    new AppraisalRequest(
                        i.nominationId(), i.decision(), i.reason(), i.departureReason()))
            .toList();
    List<Nomination> appraised;
    try {
      appraised =
          BatchAppraisal.appraise(
              read.values().stream().map(StoredNomination::nomination).toList(),
              requests,
              law.calendar(),
              cmd.correctionWorkingDays() == null ? 0 : cmd.correctionWorkingDays(),
              flow.actor(),
              flow.now());
    } catch (CalendarDataMissingException e) {
      problems.add("correctionWorkingDays", e.reason());
      problems.throwIfAny("batch appraisal");
      throw e;
    }
    List<StoredNomination> result = new ArrayList<>();
    for (int i = 0; i < appraised.size(); i++) {
      StoredNomination before = read.get(appraised.get(i).id());
      StoredNomination after = before.with(appraised.get(i));
      try {
        store.update(after, before.version());
      } catch (ChangedMeanwhileException e) {
        throw new PreconditionFailedException(
            AdapterMessages.text("nomination.batchStale", before.id()));
      }
      audit.record(
          "nomination." + command(requests.get(i).decision()),
          Nominations.KIND.target().apply(planCode, before.id()),
          NominationAuditState.of(before),
          NominationAuditState.of(after));
      result.add(after);
    }
    return List.copyOf(result);
  }

  private static String command(AppraisalDecision d) {
    return switch (d) {
      case ELIGIBLE -> Nomination.FIND_ELIGIBLE;
      case NOT_ELIGIBLE -> Nomination.FIND_NOT_ELIGIBLE;
      case RETURN_FOR_CORRECTION -> Nomination.RETURN;
    };
  }

  /**
   * The core's command with the edge's problems of the answer, every one at once; a calendar that
   * cannot count the days to correct is a problem at {@code correctionWorkingDays}.
   *
   * @param unused a field this command does not read, refused by name when given
   */
  private static StoredNomination answered(
      AppraisalAnswer answer, String unused, Supplier<StoredNomination> act) {
    ProblemCollector problems = new ProblemCollector();
    answer.unread().take(problems, "reason");
    answer.unread().take(problems, "departureReason");
    answer.unread().take(problems, "correctionWorkingDays");
    if (unused != null && answer.correctionWorkingDays() != null) {
      problems.add(unused, AdapterMessages.text("nomination.onlyForReturn", unused));
    }
    return CaseFlow.withProblems(
        problems,
        "appraisal",
        () -> {
          try {
            return act.get();
          } catch (CalendarDataMissingException e) {
            throw new InvalidInputException(
                "appraisal",
                List.of(new vn.emulation.core.common.Problem("correctionWorkingDays", e.reason())));
          }
        });
  }
}
