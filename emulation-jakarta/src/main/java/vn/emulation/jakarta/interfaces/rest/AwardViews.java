package vn.emulation.jakarta.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.law.Office;
import vn.emulation.core.procedure.AnnouncementPeriod;
import vn.emulation.core.procedure.Ballot;
import vn.emulation.core.procedure.CouncilComposition;
import vn.emulation.core.procedure.CouncilMeeting;
import vn.emulation.core.procedure.CouncilMember;
import vn.emulation.core.procedure.Decision;
import vn.emulation.core.procedure.FormGroup;
import vn.emulation.core.procedure.Minutes;
import vn.emulation.core.procedure.Nominee;
import vn.emulation.core.procedure.NomineeResult;
import vn.emulation.core.procedure.Proposal;
import vn.emulation.core.procedure.PublicAnnouncement;
import vn.emulation.core.procedure.PublicComment;
import vn.emulation.core.procedure.Recovery;
import vn.emulation.core.procedure.Revocation;
import vn.emulation.core.procedure.RevocationGround;
import vn.emulation.core.procedure.Submission;
import vn.emulation.core.procedure.Transition;
import vn.emulation.jakarta.application.procedure.PlanAnnouncement;
import vn.emulation.jakarta.application.procedure.PlanCouncilMeeting;
import vn.emulation.jakarta.application.procedure.PlanRevocation;
import vn.emulation.jakarta.application.procedure.PlanSubmission;
import vn.emulation.jakarta.application.procedure.PublishedList;
import vn.emulation.jakarta.interfaces.rest.CaseViews.TransitionView;

/**
 * How the cases of steps 5–8 are shown over the API (ADR 0040): each with its state, its version
 * (also its ETag, for If-Match), the commands its state allows now and every transition; the public
 * announcement as anyone may read it.
 */
final class AwardViews {

  private AwardViews() {}

  private static <S extends Enum<S>> List<TransitionView> steps(List<Transition<S>> log) {
    return IntStream.range(0, log.size())
        .mapToObj(i -> TransitionView.of(i + 1, log.get(i)))
        .toList();
  }

  /**
   * An appraised nominee as the later steps see it.
   *
   * @param kind INDIVIDUAL, COLLECTIVE or HOUSEHOLD (the law's recipient)
   * @param form the law's code of the award form proposed
   * @param year the year of the achievement
   * @param appraisal ELIGIBLE or NOT_ELIGIBLE
   */
  public record NomineeView(
      String nominationId,
      String participantId,
      String kind,
      String unitCode,
      String form,
      int year,
      String appraisal) {
    static NomineeView of(Nominee n) {
      return new NomineeView(
          n.nominationId(),
          n.participantId(),
          n.kind().name(),
          n.unitCode(),
          n.form(),
          n.year(),
          n.appraisal().name());
    }

    static List<NomineeView> of(List<Nominee> ns) {
      return ns.stream().map(NomineeView::of).toList();
    }
  }

  /**
   * How long one form's nominees stay published.
   *
   * @param workingDays the working days the law in force on the day of publication asks; 0 when
   *     none
   * @param cites the provision, as quoted; absent when none is required
   */
  public record PeriodView(String form, int workingDays, String cites, LocalDate lastDay) {
    static PeriodView of(AnnouncementPeriod p) {
      return new PeriodView(p.form(), p.workingDays(), p.cites(), p.lastDay());
    }
  }

  /** The answer to a comment: who gave it, when, what it says. */
  public record ReplyView(String by, Instant at, String text) {}

  /**
   * An opinion received on the list and its answer.
   *
   * @param nominationId the nominee it concerns; absent for the whole list
   * @param answer absent while unanswered
   */
  public record CommentView(
      int number,
      String author,
      LocalDate receivedOn,
      String text,
      String nominationId,
      ReplyView answer) {
    static CommentView of(PublicComment c) {
      return new CommentView(
          c.number(),
          c.author(),
          c.receivedOn(),
          c.text(),
          c.nominationId(),
          c.answerIfAny().map(r -> new ReplyView(r.by(), r.at(), r.text())).orElse(null));
    }
  }

  /**
   * A public announcement (step 5) as Home Affairs works on it.
   *
   * @param lastDay the last day of the list's period (the latest form's); absent until published
   * @param councilFrom the first day the council may meet on the list (the core's {@code
   *     earliestCouncilDay}), once it is closed; absent until published
   * @param allowed the commands its state allows now
   */
  public record AnnouncementView(
      String id,
      String planCode,
      String occasionCode,
      String state,
      long version,
      List<NomineeView> nominees,
      String channel,
      LocalDate publishedOn,
      LocalDate lastDay,
      LocalDate councilFrom,
      List<PeriodView> periods,
      List<CommentView> comments,
      String openedBy,
      Instant openedAt,
      List<String> allowed,
      List<TransitionView> transitions) {
    static AnnouncementView of(PlanAnnouncement held) {
      PublicAnnouncement a = held.announcement();
      return new AnnouncementView(
          a.id(),
          held.planCode(),
          held.occasionCode(),
          a.state().name(),
          a.version(),
          NomineeView.of(a.nominees()),
          a.channel(),
          a.publishedOn(),
          a.periods().isEmpty() ? null : a.lastDay(),
          a.periods().isEmpty() ? null : a.earliestCouncilDay(),
          a.periods().stream().map(PeriodView::of).toList(),
          a.comments().stream().map(CommentView::of).toList(),
          a.openedBy(),
          a.openedAt(),
          a.allowedCommands(),
          steps(a.transitions()));
    }
  }

  /**
   * A nominee on the published list, as the public reads it.
   *
   * @param name the participant's name as registered
   */
  public record PublishedNominee(
      String nominationId, String name, String kind, String unitCode, String form, int year) {}

  /**
   * A published announcement as anyone may read it: who is proposed for what, where it is
   * published, until when opinions are taken, and how many were received and answered. The authors
   * of the opinions are not published.
   *
   * @param state PUBLISHED while opinions are taken, CLOSED after
   */
  public record PublishedAnnouncement(
      String id,
      String planCode,
      String occasionCode,
      String state,
      String channel,
      LocalDate publishedOn,
      LocalDate lastDay,
      List<PeriodView> periods,
      List<PublishedNominee> nominees,
      int comments,
      int answered) {
    static PublishedAnnouncement of(PublishedList list) {
      PublicAnnouncement a = list.announcement().announcement();
      return new PublishedAnnouncement(
          a.id(),
          list.announcement().planCode(),
          list.announcement().occasionCode(),
          a.state().name(),
          a.channel(),
          a.publishedOn(),
          a.lastDay(),
          a.periods().stream().map(PeriodView::of).toList(),
          a.nominees().stream()
              .map(
                  n ->
                      new PublishedNominee(
                          n.nominationId(),
                          list.names().getOrDefault(n.participantId(), n.participantId()),
                          n.kind().name(),
                          n.unitCode(),
                          n.form(),
                          n.year()))
              .toList(),
          a.comments().size(),
          (int) a.comments().stream().filter(PublicComment::isAnswered).count());
    }
  }

  /** A member of the council and the seat held: CHAIR, VICE_CHAIR or MEMBER. */
  public record MemberView(String id, String name, String role) {
    static MemberView of(CouncilMember m) {
      return new MemberView(m.id(), m.name(), m.role().name());
    }

    static List<MemberView> of(List<CouncilMember> ms) {
      return ms.stream().map(MemberView::of).toList();
    }
  }

  /**
   * The council as appointed.
   *
   * @param quorum the share present to vote, as the minutes write it ("≥ 2/3")
   * @param approval the share of all members whose votes for approve a nominee ("&gt; 1/2")
   * @param approvalByForm the forms with a share of their own
   */
  public record CompositionView(
      List<MemberView> members,
      String quorum,
      String approval,
      Map<String, String> approvalByForm) {
    static CompositionView of(CouncilComposition k) {
      Map<String, String> byForm = new TreeMap<>();
      k.approvalByForm().forEach((f, t) -> byForm.put(f, t.toString()));
      return new CompositionView(
          MemberView.of(k.members()), k.quorum().toString(), k.approval().toString(), byForm);
    }
  }

  /**
   * One member's vote on one nominee.
   *
   * @param choice FOR, AGAINST or ABSTAIN
   * @param inWriting an absent member's written opinion
   */
  public record BallotView(String memberId, String nominationId, String choice, boolean inWriting) {
    static BallotView of(Ballot b) {
      return new BallotView(b.memberId(), b.nominationId(), b.choice().name(), b.inWriting());
    }
  }

  /** The council's result for one nominee. */
  public record ResultView(
      NomineeView nominee,
      int votesFor,
      int votesAgainst,
      int abstentions,
      int notVoting,
      int members,
      String threshold,
      boolean approved) {
    static ResultView of(NomineeResult r) {
      return new ResultView(
          NomineeView.of(r.nominee()),
          r.votesFor(),
          r.votesAgainst(),
          r.abstentions(),
          r.notVoting(),
          r.members(),
          r.threshold().toString(),
          r.approved());
    }
  }

  /** The minutes (biên bản), once the vote is closed. */
  public record MinutesView(
      LocalDate day,
      String place,
      List<MemberView> present,
      List<MemberView> absent,
      String quorum,
      List<ResultView> results,
      List<String> approved) {
    static MinutesView of(Minutes m) {
      return new MinutesView(
          m.day(),
          m.place(),
          MemberView.of(m.present()),
          MemberView.of(m.absent()),
          m.quorum().toString(),
          m.results().stream().map(ResultView::of).toList(),
          m.approved().stream().map(Nominee::nominationId).toList());
    }
  }

  /**
   * A council meeting (step 6).
   *
   * @param quorumPresent whether the members present reach the quorum
   * @param minutes absent until the vote is closed
   */
  public record CouncilMeetingView(
      String id,
      String planCode,
      String occasionCode,
      String announcementId,
      String state,
      long version,
      CompositionView composition,
      List<NomineeView> nominees,
      LocalDate day,
      String place,
      List<String> present,
      boolean quorumPresent,
      List<BallotView> ballots,
      MinutesView minutes,
      String openedBy,
      Instant openedAt,
      List<String> allowed,
      List<TransitionView> transitions) {
    static CouncilMeetingView of(PlanCouncilMeeting held) {
      CouncilMeeting m = held.meeting();
      return new CouncilMeetingView(
          m.id(),
          held.planCode(),
          held.occasionCode(),
          m.announcementId(),
          m.state().name(),
          m.version(),
          CompositionView.of(m.composition()),
          NomineeView.of(m.nominees()),
          m.day(),
          m.place(),
          m.present(),
          m.hasQuorum(),
          m.ballots().stream().map(BallotView::of).toList(),
          m.minutes().map(MinutesView::of).orElse(null),
          m.openedBy(),
          m.openedAt(),
          m.allowedCommands(),
          steps(m.transitions()));
    }
  }

  /**
   * An award decision (quyết định khen thưởng) for one form.
   *
   * @param office the office that decided (the law's name: COMMUNE_CHAIRMAN …)
   * @param authority the provision that gives it the power, as quoted by the law in force
   * @param kind TITLE or COMMENDATION
   * @param type the type of commendation (MOVEMENT …)
   */
  public record DecisionView(
      String number,
      LocalDate decidedOn,
      String signer,
      String office,
      String authority,
      String form,
      String kind,
      String type,
      List<NomineeView> awardees) {
    static DecisionView of(Decision d) {
      return new DecisionView(
          d.number(),
          d.decidedOn(),
          d.signer(),
          d.office().name(),
          d.authority(),
          d.form(),
          d.kind().name(),
          d.type().name(),
          NomineeView.of(d.awardees()));
    }
  }

  /**
   * The approved nominees of one form and whether the submission's office may decide it.
   *
   * @param deciders the offices the law gives the power to decide it on the day
   */
  public record GroupView(
      String form, List<NomineeView> nominees, boolean withinAuthority, List<String> deciders) {
    static GroupView of(FormGroup g) {
      return new GroupView(
          g.form(),
          NomineeView.of(g.nominees()),
          g.withinAuthority(),
          g.deciders().stream().map(Office::name).toList());
    }
  }

  /** A form above the office, proposed to the offices that decide it. */
  public record ProposalView(
      String form, String from, List<String> to, LocalDate on, List<NomineeView> nominees) {
    static ProposalView of(Proposal p) {
      return new ProposalView(
          p.form(),
          p.from().name(),
          p.to().stream().map(Office::name).toList(),
          p.on(),
          NomineeView.of(p.nominees()));
    }
  }

  /** A submission (tờ trình, step 7) with its groups, proposals upward and decisions. */
  public record SubmissionView(
      String id,
      String planCode,
      String occasionCode,
      String meetingId,
      String office,
      LocalDate submittedOn,
      String state,
      long version,
      List<GroupView> groups,
      List<ProposalView> proposals,
      List<DecisionView> decisions,
      String openedBy,
      Instant openedAt,
      List<String> allowed,
      List<TransitionView> transitions) {
    static SubmissionView of(PlanSubmission held) {
      Submission s = held.submission();
      return new SubmissionView(
          s.id(),
          held.planCode(),
          held.occasionCode(),
          s.meetingId(),
          s.office().name(),
          s.submittedOn(),
          s.state().name(),
          s.version(),
          s.groups().stream().map(GroupView::of).toList(),
          s.proposals().stream().map(ProposalView::of).toList(),
          s.decisions().stream().map(DecisionView::of).toList(),
          s.openedBy(),
          s.openedAt(),
          s.allowedCommands(),
          steps(s.transitions()));
    }
  }

  /**
   * A ground of Law art. 93.2 on which an award is revoked, as a revocation names it.
   *
   * @param ground its code, as a proposal names it (FRAUDULENT_DECLARATION …)
   * @param point its point of art. 93.2 (a–d)
   * @param label what it is, in both languages
   * @param provision the provision, in both languages
   */
  public record GroundView(
      String ground, String point, LocalizedText label, LocalizedText provision) {
    static GroundView of(RevocationGround g) {
      return new GroundView(g.name(), g.point(), g.label(), g.provision());
    }
  }

  /** What was recovered after the annulment. */
  public record RecoveryView(
      LocalDate recordedOn, boolean artefactRecovered, long moneyRecovered, String note) {
    static RecoveryView of(Recovery r) {
      return new RecoveryView(r.recordedOn(), r.artefactRecovered(), r.moneyRecovered(), r.note());
    }
  }

  /**
   * A revocation (step 8) of one awardee's award.
   *
   * @param ground the ground of Law art. 93.2 (FRAUDULENT_DECLARATION …)
   * @param groundPoint its point of art. 93.2 (a–d)
   * @param annulledOn absent before the annulment
   * @param recovery absent before it is recorded
   */
  public record RevocationView(
      String id,
      String planCode,
      String submissionId,
      String state,
      long version,
      DecisionView decision,
      NomineeView awardee,
      String ground,
      String groundPoint,
      String reason,
      LocalDate annulledOn,
      RecoveryView recovery,
      String openedBy,
      Instant openedAt,
      List<String> allowed,
      List<TransitionView> transitions) {
    static RevocationView of(PlanRevocation held) {
      Revocation r = held.revocation();
      return new RevocationView(
          r.id(),
          held.planCode(),
          held.submissionId(),
          r.state().name(),
          r.version(),
          DecisionView.of(r.decision()),
          NomineeView.of(held.awardee()),
          r.ground().name(),
          r.ground().point(),
          r.reason(),
          r.annulledOn(),
          r.recovery() == null ? null : RecoveryView.of(r.recovery()),
          r.openedBy(),
          r.openedAt(),
          r.allowedCommands(),
          steps(r.transitions()));
    }
  }
}
