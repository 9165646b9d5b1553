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
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.procedure.CouncilComposition;
import vn.emulation.core.procedure.CouncilMeeting;
import vn.emulation.core.procedure.CouncilMeetingState;
import vn.emulation.core.procedure.CouncilMember;
import vn.emulation.core.procedure.Threshold;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.procedure.AwardCommands.CaseReason;
import vn.emulation.jakarta.application.procedure.AwardCommands.CastVote;
import vn.emulation.jakarta.application.procedure.AwardCommands.ConveneCouncil;
import vn.emulation.jakarta.application.procedure.AwardCommands.FormShareInput;
import vn.emulation.jakarta.application.procedure.AwardCommands.MemberInput;
import vn.emulation.jakarta.application.procedure.AwardCommands.ShareInput;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The emulation and commendation council's meetings (step 6, ADR 0036/0040), through the core's
 * {@link CouncilMeeting}: Home Affairs, its secretariat, convenes the council as appointed (the
 * composition given with the meeting, as data) on a closed announcement, on a day after its period
 * (the core refuses before), opens the vote with the quorum present and closes it into the minutes;
 * each council member signed in (role council) casts their own vote per nominee; the secretariat
 * records a present member's vote as cast at the meeting and an absent member's written opinion.
 */
@ApplicationScoped
public class CouncilMeetings {

  static final String KIND = CouncilMeeting.LIFECYCLE.kind();

  @Inject CouncilMeetingRepository meetings;
  @Inject Announcements announcements;
  @Inject PlanCatalog plans;
  @Inject Callers callers;
  @Inject CaseFlows flows;

  /** What the generic flow knows of these cases. */
  static final CaseKind<PlanCouncilMeeting> CASES =
      new CaseKind<>(
          KIND,
          "award.what.council",
          m -> m.meeting().id(),
          PlanCouncilMeeting::planCode,
          m -> StepInputs.CITY_WIDE,
          m -> m.meeting().version(),
          CouncilMeetings::auditState,
          AuditTargets::councilMeeting);

  private CaseFlow<PlanCouncilMeeting> flow() {
    return flows.of(CASES, meetings);
  }

  /** Convenes the council on an announcement, with its composition and the members present. */
  @Transactional
  public Tagged<PlanCouncilMeeting> convene(String planCode, ConveneCouncil cmd) {
    CaseFlow<PlanCouncilMeeting> flow = flow();
    flow.openingOn(planCode);
    StepInputs.opener(callers, flow.scope(), WhoMayAct.HOME_AFFAIRS, "convene", CASES.what("—"));
    ProblemCollector problems = new ProblemCollector();
    for (String f : List.of("announcementId", "day", "place", "members", "present")) {
      cmd.unread().take(problems, f);
    }
    for (String f : List.of("quorum", "approval", "approvalByForm")) {
      cmd.unread().take(problems, f);
    }
    PlanAnnouncement announcement = null;
    if (cmd.announcementId() == null) {
      StepInputs.required(problems, "announcementId", null);
    } else {
      try {
        announcement = announcements.read(planCode, cmd.announcementId());
      } catch (NotFoundException e) {
        problems.add("announcementId", e.reason());
      }
    }
    CouncilComposition composition = composition(cmd, problems);
    PlanAnnouncement on = announcement;
    CouncilMeeting convened =
        CaseFlow.withProblems(
            problems,
            "council meeting",
            () ->
                on == null || composition == null
                    ? null
                    : CouncilMeeting.convene(
                        UUID.randomUUID().toString(),
                        composition,
                        on.announcement(),
                        cmd.day(),
                        cmd.place(),
                        cmd.present().stream().filter(m -> m != null).toList(),
                        flow.actor(),
                        flow.now()));
    if (convened == null) {
      // a problem of the announcement or the composition kept the core from being asked
      problems.throwIfAny("council meeting");
    }
    PlanCouncilMeeting held = new PlanCouncilMeeting(planCode, on.occasionCode(), convened);
    return flow.open(held);
  }

  private static CouncilComposition composition(ConveneCouncil cmd, ProblemCollector problems) {
    List<CouncilMember> members = new ArrayList<>();
    boolean complete = true;
    if (cmd.members().isEmpty()) {
      StepInputs.required(problems, "members", null);
      complete = false;
    }
    for (int i = 0; i < cmd.members().size(); i++) {
      MemberInput m = cmd.members().get(i);
      String path = "members[" + i + "]";
      if (m == null) {
        complete = false;
        continue;
      }
      StepInputs.required(problems, path + ".id", m.id());
      StepInputs.required(problems, path + ".name", m.name());
      StepInputs.required(problems, path + ".role", m.role());
      if (m.id() == null || m.name() == null || m.role() == null) {
        complete = false;
      } else {
        members.add(new CouncilMember(m.id(), m.name().strip(), m.role()));
      }
    }
    Threshold quorum = share(problems, "quorum", cmd.quorum(), CouncilComposition.DEFAULT_QUORUM);
    Threshold approval =
        share(problems, "approval", cmd.approval(), CouncilComposition.DEFAULT_APPROVAL);
    Map<String, Threshold> byForm = new LinkedHashMap<>();
    for (int i = 0; i < cmd.approvalByForm().size(); i++) {
      FormShareInput f = cmd.approvalByForm().get(i);
      String path = "approvalByForm[" + i + "]";
      if (f == null) {
        continue;
      }
      StepInputs.required(problems, path + ".form", f.form());
      Threshold t =
          share(problems, path, new ShareInput(f.numerator(), f.denominator(), f.strict()), null);
      if (f.form() != null && t != null) {
        if (byForm.put(f.form(), t) != null) {
          problems.add(path + ".form", AdapterMessages.text("award.formTwice", f.form()));
        }
      }
    }
    if (!complete || quorum == null || approval == null) {
      return null;
    }
    try {
      return new CouncilComposition(members, quorum, approval, byForm);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private static Threshold share(
      ProblemCollector problems, String path, ShareInput s, Threshold fallback) {
    if (s == null) {
      return fallback;
    }
    StepInputs.required(problems, path + ".numerator", s.numerator());
    StepInputs.required(problems, path + ".denominator", s.denominator());
    if (s.numerator() == null || s.denominator() == null) {
      return null;
    }
    try {
      return new Threshold(s.numerator(), s.denominator(), Boolean.TRUE.equals(s.strict()));
    } catch (IllegalArgumentException e) {
      problems.add(path, AdapterMessages.text("award.badShare", s.numerator(), s.denominator()));
      return null;
    }
  }

  /** Opens the vote; the quorum must be present. */
  @Transactional
  public Tagged<PlanCouncilMeeting> openVoting(String planCode, String id, Precondition seen) {
    return secretariat(
        planCode,
        id,
        seen,
        CouncilMeeting.OPEN_VOTING,
        (flow, m) -> m.openVoting(flow.actor(), flow.now()));
  }

  /** Adjourns the meeting without a vote, with the reason. */
  @Transactional
  public Tagged<PlanCouncilMeeting> adjourn(
      String planCode, String id, CaseReason cmd, Precondition seen) {
    return secretariat(
        planCode,
        id,
        seen,
        CouncilMeeting.ADJOURN,
        (flow, m) -> {
          ProblemCollector problems = new ProblemCollector();
          cmd.unread().take(problems, "reason");
          return CaseFlow.withProblems(
              problems, "council meeting", () -> m.adjourn(cmd.reason(), flow.actor(), flow.now()));
        });
  }

  /** Closes the vote: the votes counted into the minutes. */
  @Transactional
  public Tagged<PlanCouncilMeeting> close(String planCode, String id, Precondition seen) {
    return secretariat(
        planCode, id, seen, CouncilMeeting.CLOSE, (flow, m) -> m.close(flow.actor(), flow.now()));
  }

  /**
   * A present member's vote: a council member signed in votes as themselves (memberId absent or
   * their own); the secretariat records the vote a member cast at the meeting.
   */
  @Transactional
  public Tagged<PlanCouncilMeeting> vote(
      String planCode, String id, CastVote cmd, Precondition seen) {
    CaseFlow<PlanCouncilMeeting> flow = flow();
    Caller caller = callers.current();
    boolean secretariat = caller.has(Role.OFFICER) || caller.has(Role.ADMIN);
    String member = cmd.memberId();
    if (!secretariat) {
      if (member != null && !member.equals(caller.user())) {
        throw new AccessDeniedException(AdapterMessages.text("award.votesAsItself", member));
      }
      member = caller.user();
    }
    String voter = member;
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.holding(Role.COUNCIL, Role.OFFICER, Role.ADMIN),
        CouncilMeeting.VOTE,
        m -> m.with(ballot(flow, m.meeting(), cmd, voter, false)));
  }

  /** An absent member's written opinion, recorded by the secretariat. */
  @Transactional
  public Tagged<PlanCouncilMeeting> voteInWriting(
      String planCode, String id, CastVote cmd, Precondition seen) {
    return secretariat(
        planCode,
        id,
        seen,
        CouncilMeeting.VOTE_IN_WRITING,
        (flow, m) -> ballot(flow, m, cmd, cmd.memberId(), true));
  }

  private static CouncilMeeting ballot(
      CaseFlow<PlanCouncilMeeting> flow,
      CouncilMeeting m,
      CastVote cmd,
      String member,
      boolean inWriting) {
    CouncilMeeting.LIFECYCLE.next(
        m.state(), inWriting ? CouncilMeeting.VOTE_IN_WRITING : CouncilMeeting.VOTE);
    ProblemCollector problems = new ProblemCollector();
    for (String f : List.of("memberId", "nominationId", "choice")) {
      cmd.unread().take(problems, f);
    }
    StepInputs.required(problems, "memberId", member);
    StepInputs.required(problems, "nominationId", cmd.nominationId());
    if (member == null || cmd.nominationId() == null) {
      problems.throwIfAny("vote");
    }
    return CaseFlow.withProblems(
        problems,
        "vote",
        () ->
            inWriting
                ? m.voteInWriting(
                    member, cmd.nominationId(), cmd.choice(), flow.actor(), flow.now())
                : m.vote(member, cmd.nominationId(), cmd.choice(), flow.actor(), flow.now()));
  }

  /** One meeting; ETag its version. */
  public Tagged<PlanCouncilMeeting> find(String planCode, String id) {
    plans.inForceToday(planCode);
    return flow().find(planCode, id);
  }

  /** The plan's meetings, by state, a page of them. */
  public Page<PlanCouncilMeeting> list(String planCode, String state, PageRequest page) {
    plans.inForceToday(planCode);
    CouncilMeetingState s = null;
    if (state != null) {
      s =
          Arrays.stream(CouncilMeetingState.values())
              .filter(x -> x.name().equals(state))
              .findFirst()
              .orElseThrow(
                  () ->
                      StepInputs.invalid(
                          "state",
                          AdapterMessages.text(
                              "registration.stateUnknown",
                              state,
                              Arrays.toString(CouncilMeetingState.values()))));
    }
    return Page.slice(meetings.list(planCode, s), page);
  }

  /** The meeting {@code id} of {@code planCode}, for the submission to be drawn from. */
  PlanCouncilMeeting read(String planCode, String id) {
    return flow().read(planCode, id);
  }

  private interface Command {
    CouncilMeeting apply(CaseFlow<PlanCouncilMeeting> flow, CouncilMeeting m);
  }

  private Tagged<PlanCouncilMeeting> secretariat(
      String planCode, String id, Precondition seen, String command, Command act) {
    CaseFlow<PlanCouncilMeeting> flow = flow();
    return flow.change(
        planCode,
        id,
        seen,
        WhoMayAct.HOME_AFFAIRS,
        command,
        m -> m.with(act.apply(flow, m.meeting())));
  }

  static CaseAuditState auditState(PlanCouncilMeeting held) {
    CouncilMeeting m = held.meeting();
    var ts = m.transitions();
    var last = ts.isEmpty() ? null : ts.get(ts.size() - 1);
    List<String> facts = new ArrayList<>();
    facts.add("announcement=" + m.announcementId());
    facts.add("day=" + m.day());
    facts.add("members=" + m.composition().size());
    facts.add("present=" + String.join(",", m.present()));
    m.ballots()
        .forEach(
            b ->
                facts.add(
                    "ballot="
                        + b.memberId()
                        + ":"
                        + b.nominationId()
                        + ":"
                        + b.choice()
                        + (b.inWriting() ? ":writing" : "")));
    m.results()
        .forEach(
            r ->
                facts.add(
                    "result="
                        + r.nominee().nominationId()
                        + ":"
                        + r.votesFor()
                        + "/"
                        + r.members()
                        + (r.approved() ? ":approved" : ":not approved")));
    return new CaseAuditState(
        m.id(),
        KIND,
        m.state().name(),
        m.version(),
        last == null ? null : last.command(),
        last == null ? null : last.actor(),
        last == null ? null : last.reason(),
        facts);
  }
}
