package vn.emulation.jakarta.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.history.ParticipantHistory;
import vn.emulation.core.procedure.CouncilMeeting;
import vn.emulation.core.procedure.Decision;
import vn.emulation.core.procedure.Nominee;
import vn.emulation.core.procedure.Submission;
import vn.emulation.core.procedure.SubmissionState;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.participant.history.HistoryImport;
import vn.emulation.jakarta.application.participant.history.HistoryRepository;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.procedure.AwardCommands.CaseReason;
import vn.emulation.jakarta.application.procedure.AwardCommands.DecideForm;
import vn.emulation.jakarta.application.procedure.AwardCommands.PrepareSubmission;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The submission of a council's approved nominees and the decisions on it (step 7, ADR 0036/0040),
 * through the core's {@link Submission}: Home Affairs draws it up from a closed meeting's minutes,
 * grouped by form, to an office (the law in force says which forms are within its authority; the
 * others become proposals upward); the Chairman (role chairman) decides a form within the authority
 * — number, day, signer, awardees — which appends each awardee's award or title to their history in
 * the same transaction, returns the submission before any decision, or closes it once every form
 * within the authority is decided.
 */
@ApplicationScoped
public class Submissions {

  static final String KIND = Submission.LIFECYCLE.kind();

  /** The media type of the "file" a decision's history records come from (ADR 0040). */
  public static final String DECISION_SOURCE = "application/vnd.emulation.award-decision";

  @Inject SubmissionRepository submissions;
  @Inject CouncilMeetings meetings;
  @Inject HistoryRepository histories;
  @Inject ProcedureLaw law;
  @Inject PlanCatalog plans;
  @Inject Callers callers;
  @Inject CaseFlows flows;
  @Inject AuditTrail audit;
  @Inject SubmissionDocuments documents;

  /** What the generic flow knows of these cases. */
  static final CaseKind<PlanSubmission> CASES =
      new CaseKind<>(
          KIND,
          "award.what.submission",
          s -> s.submission().id(),
          PlanSubmission::planCode,
          s -> StepInputs.CITY_WIDE,
          s -> s.submission().version(),
          Submissions::auditState,
          AuditTargets::submission);

  private CaseFlow<PlanSubmission> flow() {
    return flows.of(CASES, submissions);
  }

  /** Draws up the submission of a closed meeting's approved nominees to an office on a day. */
  @Transactional
  public Tagged<PlanSubmission> prepare(String planCode, PrepareSubmission cmd) {
    CaseFlow<PlanSubmission> flow = flow();
    flow.openingOn(planCode);
    StepInputs.opener(callers, flow.scope(), WhoMayAct.HOME_AFFAIRS, "prepare", CASES.what("—"));
    ProblemCollector problems = new ProblemCollector();
    for (String f : List.of("meetingId", "office", "submittedOn")) {
      cmd.unread().take(problems, f);
    }
    PlanCouncilMeeting meeting = null;
    if (cmd.meetingId() == null) {
      StepInputs.required(problems, "meetingId", null);
    } else {
      try {
        meeting = meetings.read(planCode, cmd.meetingId());
        if (meeting.meeting().minutes().isEmpty()) {
          problems.add(
              "meetingId",
              AdapterMessages.text(
                  "award.meetingNotClosed", cmd.meetingId(), meeting.meeting().state().name()));
          meeting = null;
        }
      } catch (NotFoundException e) {
        problems.add("meetingId", e.reason());
      }
    }
    if (meeting == null) {
      StepInputs.required(problems, "office", cmd.office());
      problems.throwIfAny("submission");
    }
    CouncilMeeting met = meeting.meeting();
    Submission prepared =
        CaseFlow.withProblems(
            problems,
            "submission",
            () ->
                Submission.prepare(
                    UUID.randomUUID().toString(),
                    met.minutes().orElseThrow(),
                    cmd.office(),
                    cmd.submittedOn(),
                    law.rules(),
                    flow.actor(),
                    flow.now()));
    PlanSubmission held = new PlanSubmission(planCode, meeting.occasionCode(), prepared);
    Tagged<PlanSubmission> opened = flow.open(held);
    documents.issueSubmission(opened.value(), flow.actor(), flow.now());
    return opened;
  }

  /**
   * The Chairman's decision on one form within the office's authority; each awardee's history gets
   * what the decision gives (the core's {@link Decision#appendTo}), stored as one source of
   * records, the decision, in the same transaction.
   */
  @Transactional
  public Tagged<PlanSubmission> decide(
      String planCode, String id, DecideForm cmd, Precondition seen) {
    CaseFlow<PlanSubmission> flow = flow();
    Tagged<PlanSubmission> after =
        flow.change(
            planCode,
            id,
            seen,
            WhoMayAct.holding(Role.CHAIRMAN, Role.ADMIN),
            Submission.DECIDE,
            s -> {
              Submission sub = s.submission();
              Submission.LIFECYCLE.next(sub.state(), Submission.DECIDE);
              ProblemCollector problems = new ProblemCollector();
              for (String f :
                  List.of("form", "number", "decidedOn", "signer", "type", "awardees")) {
                cmd.unread().take(problems, f);
              }
              return s.with(
                  CaseFlow.withProblems(
                      problems,
                      "decision",
                      () ->
                          sub.decide(
                              cmd.form(),
                              cmd.number(),
                              cmd.decidedOn(),
                              cmd.signer(),
                              cmd.type(),
                              cmd.awardees().stream().filter(a -> a != null).toList(),
                              law.rules(),
                              flow.actor(),
                              flow.now())));
            });
    Decision decision = after.value().submission().decisionOn(cmd.form()).orElseThrow();
    appendToHistories(planCode, id, decision, flow);
    documents.issueDecision(after.value(), decision, flow.actor(), flow.now());
    return after;
  }

  private void appendToHistories(
      String planCode, String id, Decision d, CaseFlow<PlanSubmission> flow) {
    List<String> ids = d.awardees().stream().map(Nominee::participantId).toList();
    List<ParticipantHistory> stored = histories.histories(planCode, ids);
    List<ParticipantHistory> added = new ArrayList<>();
    for (Nominee n : d.awardees()) {
      ParticipantHistory h =
          stored.stream()
              .filter(x -> x.participantId().equals(n.participantId()))
              .findFirst()
              .orElse(ParticipantHistory.empty(n.participantId()));
      ParticipantHistory after = d.appendTo(h);
      added.add(
          new ParticipantHistory(
              n.participantId(),
              List.of(),
              after.titles().subList(h.titles().size(), after.titles().size()),
              List.of(),
              after.awards().subList(h.awards().size(), after.awards().size()),
              List.of()));
    }
    HistoryImport source =
        new HistoryImport(
            UUID.randomUUID().toString(),
            planCode,
            sha256("decision\n" + id + "\n" + d.form() + "\n" + d.number()),
            d.number(),
            DECISION_SOURCE,
            added.stream().mapToInt(h -> h.titles().size() + h.awards().size()).sum(),
            flow.now().atOffset(ZoneOffset.UTC),
            flow.actor());
    histories.store(source, added);
    List<String> records = new ArrayList<>();
    for (ParticipantHistory h : added) {
      h.titles()
          .forEach(t -> records.add(h.participantId() + ":title:" + t.title() + ":" + t.year()));
      h.awards().forEach(a -> records.add(h.participantId() + ":award:" + a.form()));
    }
    audit.record(
        "history.decision",
        AuditTargets.historyImport(planCode, source.id()),
        null,
        new HistoryAudit(id, d.form(), d.number(), d.decidedOn().toString(), records));
  }

  /**
   * What the audit log keeps of the records a decision appended to its awardees' histories.
   *
   * @param records each "participant:title:form:year" or "participant:award:form"
   */
  public record HistoryAudit(
      String submissionId, String form, String number, String decidedOn, List<String> records) {}

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Closes the submission once every form within the office's authority is decided. */
  @Transactional
  public Tagged<PlanSubmission> close(String planCode, String id, Precondition seen) {
    CaseFlow<PlanSubmission> flow = flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.holding(Role.CHAIRMAN, Role.OFFICER, Role.ADMIN),
        Submission.CLOSE,
        s -> s.with(s.submission().close(flow.actor(), flow.now())));
  }

  /** The Chairman sends the submission back to Home Affairs, with the reason, before deciding. */
  @Transactional
  public Tagged<PlanSubmission> returnToHomeAffairs(
      String planCode, String id, CaseReason cmd, Precondition seen) {
    CaseFlow<PlanSubmission> flow = flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.holding(Role.CHAIRMAN, Role.ADMIN),
        Submission.RETURN,
        s -> {
          ProblemCollector problems = new ProblemCollector();
          cmd.unread().take(problems, "reason");
          return s.with(
              CaseFlow.withProblems(
                  problems,
                  "submission",
                  () ->
                      s.submission().returnToHomeAffairs(cmd.reason(), flow.actor(), flow.now())));
        });
  }

  /** One submission; ETag its version. */
  public Tagged<PlanSubmission> find(String planCode, String id) {
    plans.inForceToday(planCode);
    return flow().find(planCode, id);
  }

  /** The plan's submissions, by state, a page of them. */
  public Page<PlanSubmission> list(String planCode, String state, PageRequest page) {
    plans.inForceToday(planCode);
    SubmissionState s = null;
    if (state != null) {
      s =
          Arrays.stream(SubmissionState.values())
              .filter(x -> x.name().equals(state))
              .findFirst()
              .orElseThrow(
                  () ->
                      StepInputs.invalid(
                          "state",
                          AdapterMessages.text(
                              "registration.stateUnknown",
                              state,
                              Arrays.toString(SubmissionState.values()))));
    }
    return Page.slice(submissions.list(planCode, s), page);
  }

  /** The submission {@code id} of {@code planCode}, for a revocation of its decision. */
  PlanSubmission read(String planCode, String id) {
    return flow().read(planCode, id);
  }

  static CaseAuditState auditState(PlanSubmission held) {
    Submission s = held.submission();
    var ts = s.transitions();
    var last = ts.isEmpty() ? null : ts.get(ts.size() - 1);
    List<String> facts = new ArrayList<>();
    facts.add("meeting=" + s.meetingId());
    facts.add("office=" + s.office());
    facts.add("submittedOn=" + s.submittedOn());
    s.groups()
        .forEach(
            g ->
                facts.add(
                    "group="
                        + g.form()
                        + ":"
                        + String.join(
                            ",", g.nominees().stream().map(Nominee::nominationId).toList())
                        + (g.withinAuthority() ? ":within" : ":proposed")));
    s.decisions()
        .forEach(
            d ->
                facts.add(
                    "decision="
                        + d.form()
                        + ":"
                        + d.number()
                        + ":"
                        + d.decidedOn()
                        + ":"
                        + String.join(
                            ",", d.awardees().stream().map(Nominee::nominationId).toList())));
    return new CaseAuditState(
        s.id(),
        KIND,
        s.state().name(),
        s.version(),
        last == null ? null : last.command(),
        last == null ? null : last.actor(),
        last == null ? null : last.reason(),
        facts);
  }
}
