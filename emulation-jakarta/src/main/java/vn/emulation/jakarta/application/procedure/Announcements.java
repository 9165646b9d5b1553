package vn.emulation.jakarta.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.procedure.AnnouncementState;
import vn.emulation.core.procedure.Nominee;
import vn.emulation.core.procedure.PublicAnnouncement;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.participant.ParticipantRepository;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.procedure.AwardCommands.AnswerComment;
import vn.emulation.jakarta.application.procedure.AwardCommands.CaseReason;
import vn.emulation.jakarta.application.procedure.AwardCommands.CloseAnnouncement;
import vn.emulation.jakarta.application.procedure.AwardCommands.PrepareAnnouncement;
import vn.emulation.jakarta.application.procedure.AwardCommands.PublishAnnouncement;
import vn.emulation.jakarta.application.procedure.AwardCommands.RecordComment;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The public announcement of an occasion's appraised nominees (step 5, ADR 0036/0040), through the
 * core's {@link PublicAnnouncement}: Home Affairs (officers, administrators) draws the list up from
 * the nominees the appraisal found eligible ({@link AppraisedNominees}), publishes it (the period
 * from the law in force that day, counted on the working-day calendar), records the opinions
 * received through the channel and answers each, closes it once the period has run its course, or
 * withdraws it. Anyone reads a published list ({@link #published}).
 */
@ApplicationScoped
public class Announcements {

  static final String KIND = PublicAnnouncement.LIFECYCLE.kind();

  @Inject AnnouncementRepository announcements;
  @Inject AppraisedNominees appraised;
  @Inject ParticipantRepository participants;
  @Inject ProcedureLaw law;
  @Inject PlanCatalog plans;
  @Inject Callers callers;
  @Inject CaseFlows flows;

  /** What the generic flow knows of these cases. */
  static final CaseKind<PlanAnnouncement> CASES =
      new CaseKind<>(
          KIND,
          "award.what.announcement",
          a -> a.announcement().id(),
          PlanAnnouncement::planCode,
          a -> StepInputs.CITY_WIDE,
          a -> a.announcement().version(),
          Announcements::auditState,
          AuditTargets::announcement);

  private CaseFlow<PlanAnnouncement> flow() {
    return flows.of(CASES, announcements);
  }

  /**
   * Draws up the list of {@code cmd}'s occasion: the nominees named, or every eligible one.
   *
   * @throws vn.emulation.core.common.InvalidInputException listing every problem
   */
  @Transactional
  public Tagged<PlanAnnouncement> prepare(String planCode, PrepareAnnouncement cmd) {
    CaseFlow<PlanAnnouncement> flow = flow();
    Plan plan = flow.openingOn(planCode);
    StepInputs.opener(callers, flow.scope(), WhoMayAct.HOME_AFFAIRS, "prepare", CASES.what("—"));
    ProblemCollector problems = new ProblemCollector();
    cmd.unread().take(problems, "occasionCode");
    cmd.unread().take(problems, "nominationIds");
    List<Nominee> nominees = new ArrayList<>();
    if (cmd.occasionCode() == null) {
      StepInputs.required(problems, "occasionCode", null);
    } else if (plan.occasion(cmd.occasionCode()).isEmpty()) {
      problems.add(
          "occasionCode",
          AdapterMessages.text("registration.noSuchOccasion", cmd.occasionCode(), planCode));
    } else {
      Map<String, Nominee> ofOccasion = new LinkedHashMap<>();
      appraised.of(planCode, cmd.occasionCode()).forEach(n -> ofOccasion.put(n.nominationId(), n));
      if (cmd.nominationIds() == null) {
        ofOccasion.values().stream().filter(Nominee::isEligible).forEach(nominees::add);
      } else {
        for (int i = 0; i < cmd.nominationIds().size(); i++) {
          String nid = cmd.nominationIds().get(i);
          if (nid == null) {
            continue;
          }
          Nominee n = ofOccasion.get(nid);
          if (n == null) {
            problems.add(
                "nominationIds[" + i + "]",
                AdapterMessages.text("award.notAppraised", nid, cmd.occasionCode()));
          } else {
            nominees.add(n);
          }
        }
      }
    }
    PublicAnnouncement prepared =
        CaseFlow.withProblems(
            problems,
            "announcement",
            () ->
                PublicAnnouncement.prepare(
                    UUID.randomUUID().toString(), nominees, flow.actor(), flow.now()));
    PlanAnnouncement held = new PlanAnnouncement(planCode, cmd.occasionCode(), prepared);
    return flow.open(held);
  }

  /** Publishes the list on a day at a channel; the periods by the law in force that day. */
  @Transactional
  public Tagged<PlanAnnouncement> publish(
      String planCode, String id, PublishAnnouncement cmd, Precondition seen) {
    return change(
        planCode,
        id,
        seen,
        PublicAnnouncement.PUBLISH,
        (flow, a) -> {
          ProblemCollector problems = new ProblemCollector();
          cmd.unread().take(problems, "publishedOn");
          cmd.unread().take(problems, "channel");
          return CaseFlow.withProblems(
              problems,
              "announcement",
              () ->
                  a.publish(
                      cmd.publishedOn(),
                      cmd.channel(),
                      law.rules(),
                      law.calendar(),
                      flow.actor(),
                      flow.now()));
        });
  }

  /** Records an opinion received through the channel, as its author signed it. */
  @Transactional
  public Tagged<PlanAnnouncement> comment(
      String planCode, String id, RecordComment cmd, Precondition seen) {
    return change(
        planCode,
        id,
        seen,
        PublicAnnouncement.COMMENT,
        (flow, a) -> {
          ProblemCollector problems = new ProblemCollector();
          for (String f : List.of("author", "receivedOn", "text", "nominationId")) {
            cmd.unread().take(problems, f);
          }
          return CaseFlow.withProblems(
              problems,
              "comment",
              () ->
                  a.comment(
                      cmd.author(),
                      cmd.receivedOn(),
                      cmd.text(),
                      cmd.nominationId(),
                      flow.actor(),
                      flow.now()));
        });
  }

  /** Answers a comment. */
  @Transactional
  public Tagged<PlanAnnouncement> answer(
      String planCode, String id, AnswerComment cmd, Precondition seen) {
    return change(
        planCode,
        id,
        seen,
        PublicAnnouncement.ANSWER,
        (flow, a) -> {
          ProblemCollector problems = new ProblemCollector();
          cmd.unread().take(problems, "number");
          cmd.unread().take(problems, "text");
          StepInputs.required(problems, "number", cmd.number());
          int number = cmd.number() == null ? 0 : cmd.number();
          PublicAnnouncement.LIFECYCLE.next(a.state(), PublicAnnouncement.ANSWER);
          if (cmd.number() == null) {
            problems.throwIfAny("answer");
          }
          return CaseFlow.withProblems(
              problems, "answer", () -> a.answer(number, cmd.text(), flow.actor(), flow.now()));
        });
  }

  /** Closes the list on a day after its period, every comment answered. */
  @Transactional
  public Tagged<PlanAnnouncement> close(
      String planCode, String id, CloseAnnouncement cmd, Precondition seen) {
    return change(
        planCode,
        id,
        seen,
        PublicAnnouncement.CLOSE,
        (flow, a) -> {
          ProblemCollector problems = new ProblemCollector();
          cmd.unread().take(problems, "closedOn");
          return CaseFlow.withProblems(
              problems, "announcement", () -> a.close(cmd.closedOn(), flow.actor(), flow.now()));
        });
  }

  /** Takes the list down, with the reason. */
  @Transactional
  public Tagged<PlanAnnouncement> withdraw(
      String planCode, String id, CaseReason cmd, Precondition seen) {
    return change(
        planCode,
        id,
        seen,
        PublicAnnouncement.WITHDRAW,
        (flow, a) -> {
          ProblemCollector problems = new ProblemCollector();
          cmd.unread().take(problems, "reason");
          return CaseFlow.withProblems(
              problems, "announcement", () -> a.withdraw(cmd.reason(), flow.actor(), flow.now()));
        });
  }

  /** One announcement, as the staff read it; ETag its version. */
  public Tagged<PlanAnnouncement> find(String planCode, String id) {
    return flow().find(planCode, id);
  }

  /**
   * A published (or closed) announcement as anyone reads it, with its nominees' names; a list not
   * yet published, or withdrawn, is not public and reads as none.
   */
  public PublishedList published(String planCode, String id) {
    plans.inForceToday(planCode);
    PlanAnnouncement a = read(planCode, id);
    AnnouncementState s = a.announcement().state();
    if (s != AnnouncementState.PUBLISHED && s != AnnouncementState.CLOSED) {
      var what = CASES.what(id);
      throw new NotFoundException(
          AdapterMessages.text("procedure.noSuch", what.vi(), planCode, what.en()));
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (Nominee n : a.announcement().nominees()) {
      participants.find(planCode, n.participantId()).ifPresent(p -> names.put(p.id(), p.name()));
    }
    return new PublishedList(a, names);
  }

  /** The plan's announcements, by state, a page of them. */
  public Page<PlanAnnouncement> list(String planCode, String state, PageRequest page) {
    plans.inForceToday(planCode);
    AnnouncementState s = state(state);
    return Page.slice(announcements.list(planCode, s), page);
  }

  /** The plan's published announcements, newest first: the public list. */
  public List<PublishedList> publishedAll(String planCode) {
    plans.inForceToday(planCode);
    List<PublishedList> all = new ArrayList<>();
    for (AnnouncementState s : List.of(AnnouncementState.PUBLISHED, AnnouncementState.CLOSED)) {
      for (PlanAnnouncement a : announcements.list(planCode, s)) {
        all.add(published(planCode, a.announcement().id()));
      }
    }
    all.sort(
        (x, y) ->
            y.announcement()
                .announcement()
                .publishedOn()
                .compareTo(x.announcement().announcement().publishedOn()));
    return all;
  }

  static AnnouncementState state(String state) {
    if (state == null) {
      return null;
    }
    return Arrays.stream(AnnouncementState.values())
        .filter(s -> s.name().equals(state))
        .findFirst()
        .orElseThrow(
            () ->
                StepInputs.invalid(
                    "state",
                    AdapterMessages.text(
                        "registration.stateUnknown",
                        state,
                        Arrays.toString(AnnouncementState.values()))));
  }

  /** The announcement {@code id} of {@code planCode}, for the next step to meet on. */
  PlanAnnouncement read(String planCode, String id) {
    return flow().read(planCode, id);
  }

  private interface Command {
    PublicAnnouncement apply(CaseFlow<PlanAnnouncement> flow, PublicAnnouncement a);
  }

  private Tagged<PlanAnnouncement> change(
      String planCode, String id, Precondition seen, String command, Command act) {
    CaseFlow<PlanAnnouncement> flow = flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.HOME_AFFAIRS,
        command,
        a -> a.with(act.apply(flow, a.announcement())));
  }

  static CaseAuditState auditState(PlanAnnouncement held) {
    PublicAnnouncement a = held.announcement();
    var ts = a.transitions();
    var last = ts.isEmpty() ? null : ts.get(ts.size() - 1);
    List<String> facts = new ArrayList<>();
    facts.add("occasion=" + held.occasionCode());
    facts.add(
        "nominees=" + String.join(",", a.nominees().stream().map(Nominee::nominationId).toList()));
    if (a.publishedOn() != null) {
      facts.add("publishedOn=" + a.publishedOn());
      facts.add("channel=" + a.channel());
      facts.add("lastDay=" + a.lastDay());
    }
    facts.add("comments=" + a.comments().size());
    facts.add("answered=" + a.comments().stream().filter(c -> c.isAnswered()).count());
    return new CaseAuditState(
        a.id(),
        KIND,
        a.state().name(),
        a.version(),
        last == null ? null : last.command(),
        last == null ? null : last.actor(),
        last == null ? null : last.reason(),
        facts);
  }
}
