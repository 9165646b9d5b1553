package vn.emulation.core.procedure;

import static vn.emulation.core.procedure.CouncilMeetingState.ADJOURNED;
import static vn.emulation.core.procedure.CouncilMeetingState.CLOSED;
import static vn.emulation.core.procedure.CouncilMeetingState.CONVENED;
import static vn.emulation.core.procedure.CouncilMeetingState.VOTING;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;

/**
 * A meeting of the emulation and commendation council (Hội đồng Thi đua – Khen thưởng) on an
 * announced list: convened on a day after the announcement has run its course, with its attendance;
 * it votes only with its quorum present; each present member votes for, against or abstains on each
 * nominee, an absent member may give a written opinion; closing counts the votes into the {@link
 * Minutes}. Immutable and thread-safe; each command returns the next version.
 *
 * @param id its identifier
 * @param version incremented by each transition
 * @param state where it stands
 * @param composition the council as appointed, with its voting rules
 * @param announcementId the announcement it meets on
 * @param nominees the nominees of that list
 * @param day the day it meets
 * @param place where
 * @param present the members present, by identifier
 * @param ballots the votes cast and written opinions given
 * @param results the result per nominee; empty until closed
 * @param openedBy who convened it
 * @param openedAt when
 * @param transitions its steps, in order
 */
public record CouncilMeeting(
    String id,
    long version,
    CouncilMeetingState state,
    CouncilComposition composition,
    String announcementId,
    List<Nominee> nominees,
    LocalDate day,
    String place,
    List<String> present,
    List<Ballot> ballots,
    List<NomineeResult> results,
    String openedBy,
    Instant openedAt,
    List<Transition<CouncilMeetingState>> transitions) {

  public static final String OPEN_VOTING = "openVoting";
  public static final String VOTE = "vote";
  public static final String VOTE_IN_WRITING = "voteInWriting";
  public static final String CLOSE = "close";
  public static final String ADJOURN = "adjourn";

  /** The meeting's table of states and commands. */
  public static final Lifecycle<CouncilMeetingState> LIFECYCLE =
      Lifecycle.of("council", CouncilMeetingState.class)
          .allow(CONVENED, OPEN_VOTING, VOTING)
          .allow(CONVENED, ADJOURN, ADJOURNED)
          .allow(VOTING, VOTE, VOTING)
          .allow(VOTING, VOTE_IN_WRITING, VOTING)
          .allow(VOTING, CLOSE, CLOSED)
          .build();

  public CouncilMeeting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(composition, "composition");
    Objects.requireNonNull(announcementId, "announcementId");
    nominees = List.copyOf(nominees);
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(place, "place");
    present = List.copyOf(present);
    ballots = List.copyOf(ballots);
    results = List.copyOf(results);
    Objects.requireNonNull(openedBy, "openedBy");
    Objects.requireNonNull(openedAt, "openedAt");
    transitions = List.copyOf(transitions);
  }

  /**
   * Convenes the council on {@code day} on the nominees of {@code announcement}, with the members
   * present.
   *
   * @throws vn.emulation.core.common.InvalidInputException listing every problem: the announcement
   *     has not run its course ({@code day}), no place, a member present unknown or named twice
   *     ({@code present[i]})
   */
  public static CouncilMeeting convene(
      String id,
      CouncilComposition composition,
      PublicAnnouncement announcement,
      LocalDate day,
      String place,
      List<String> present,
      String actor,
      Instant at) {
    ProblemCollector problems = new ProblemCollector();
    Inputs.required(problems, "id", id);
    if (day == null) {
      problems.add("day", Messages.text("procedure.decision.required", "day"));
    } else {
      announcement.whyCouncilMayNotMeetOn(day).ifPresent(why -> problems.add("day", why));
    }
    Inputs.required(problems, "place", place);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < present.size(); i++) {
      String m = present.get(i);
      if (composition.member(m).isEmpty()) {
        problems.add("present[" + i + "]", Messages.text("procedure.council.unknownMember", m));
      } else if (!seen.add(m)) {
        problems.add("present[" + i + "]", Messages.text("procedure.council.memberTwice", m));
      }
    }
    problems.throwIfAny("council meeting");
    return new CouncilMeeting(
        id,
        0,
        CONVENED,
        composition,
        announcement.id(),
        announcement.nominees(),
        day,
        place.strip(),
        present,
        List.of(),
        List.of(),
        actor,
        at,
        List.of());
  }

  /** Whether the members present reach the quorum. */
  public boolean hasQuorum() {
    return composition.quorum().isMetBy(present.size(), composition.size());
  }

  /**
   * Opens the vote.
   *
   * @throws CommandRefusedException unless convened
   * @throws vn.emulation.core.common.InvalidInputException when the quorum is not present ({@code
   *     present})
   */
  public CouncilMeeting openVoting(String actor, Instant at) {
    LIFECYCLE.next(state, OPEN_VOTING);
    if (!hasQuorum()) {
      ProblemCollector problems = new ProblemCollector();
      problems.add(
          "present",
          Messages.text(
              "procedure.council.quorumNotMet",
              present.size(),
              composition.size(),
              composition.quorum()));
      problems.throwIfAny("council meeting " + id);
    }
    return next(OPEN_VOTING, VOTING, ballots, List.of(), actor, at, null);
  }

  /**
   * Adjourns the meeting without a vote, with the reason.
   *
   * @throws CommandRefusedException unless convened
   */
  public CouncilMeeting adjourn(String reason, String actor, Instant at) {
    LIFECYCLE.next(state, ADJOURN);
    ProblemCollector problems = new ProblemCollector();
    Inputs.required(problems, "reason", reason);
    problems.throwIfAny("council meeting " + id);
    return next(ADJOURN, ADJOURNED, ballots, List.of(), actor, at, reason);
  }

  /**
   * A present member's vote on a nominee.
   *
   * @throws CommandRefusedException unless voting
   * @throws vn.emulation.core.common.InvalidInputException listing every problem
   */
  public CouncilMeeting vote(
      String memberId, String nominationId, VoteChoice choice, String actor, Instant at) {
    LIFECYCLE.next(state, VOTE);
    return ballot(VOTE, memberId, nominationId, choice, false, actor, at);
  }

  /**
   * An absent member's written opinion on a nominee, recorded in the minutes.
   *
   * @throws CommandRefusedException unless voting
   * @throws vn.emulation.core.common.InvalidInputException listing every problem
   */
  public CouncilMeeting voteInWriting(
      String memberId, String nominationId, VoteChoice choice, String actor, Instant at) {
    LIFECYCLE.next(state, VOTE_IN_WRITING);
    return ballot(VOTE_IN_WRITING, memberId, nominationId, choice, true, actor, at);
  }

  private CouncilMeeting ballot(
      String command,
      String member,
      String nomination,
      VoteChoice choice,
      boolean inWriting,
      String actor,
      Instant at) {
    ProblemCollector problems = new ProblemCollector();
    if (composition.member(member).isEmpty()) {
      problems.add("memberId", Messages.text("procedure.council.unknownMember", member));
    } else if (inWriting && present.contains(member)) {
      problems.add("memberId", Messages.text("procedure.council.presentVotesAtMeeting", member));
    } else if (!inWriting && !present.contains(member)) {
      problems.add("memberId", Messages.text("procedure.council.absentVotesInWriting", member));
    }
    if (nominees.stream().noneMatch(n -> n.nominationId().equals(nomination))) {
      problems.add("nominationId", Messages.text("procedure.council.unknownNominee", nomination));
    } else if (ballots.stream()
        .anyMatch(x -> x.memberId().equals(member) && x.nominationId().equals(nomination))) {
      problems.add(
          "nominationId", Messages.text("procedure.council.votedAlready", member, nomination));
    }
    if (choice == null) {
      problems.add("choice", Messages.text("procedure.decision.required", "choice"));
    }
    problems.throwIfAny("vote in council meeting " + id);
    List<Ballot> more = new ArrayList<>(ballots);
    more.add(new Ballot(member, nomination, choice, inWriting));
    return next(command, VOTING, more, List.of(), actor, at, null);
  }

  /**
   * Closes the vote and counts it: a nominee is approved when its votes for reach the threshold of
   * its form, of all members.
   *
   * @throws CommandRefusedException unless voting
   */
  public CouncilMeeting close(String actor, Instant at) {
    LIFECYCLE.next(state, CLOSE);
    List<NomineeResult> counted = new ArrayList<>();
    for (Nominee n : nominees) {
      counted.add(count(n));
    }
    return next(CLOSE, CLOSED, ballots, counted, actor, at, null);
  }

  private NomineeResult count(Nominee n) {
    int yes = 0;
    int no = 0;
    int abstain = 0;
    for (Ballot b : ballots) {
      if (!b.nominationId().equals(n.nominationId())) {
        continue;
      }
      switch (b.choice()) {
        case FOR -> yes++;
        case AGAINST -> no++;
        case ABSTAIN -> abstain++;
      }
    }
    int all = composition.size();
    Threshold t = composition.approvalOf(n.form());
    return new NomineeResult(
        n, yes, no, abstain, all - yes - no - abstain, all, t, t.isMetBy(yes, all));
  }

  /** The minutes, once the vote is closed. */
  public Optional<Minutes> minutes() {
    if (state != CLOSED) {
      return Optional.empty();
    }
    List<CouncilMember> in = new ArrayList<>();
    List<CouncilMember> out = new ArrayList<>();
    for (CouncilMember m : composition.members()) {
      (present.contains(m.id()) ? in : out).add(m);
    }
    return Optional.of(new Minutes(id, day, place, in, out, composition.quorum(), results));
  }

  /** The commands the state allows now. */
  public List<String> allowedCommands() {
    return LIFECYCLE.allowedIn(state);
  }

  private CouncilMeeting next(
      String command,
      CouncilMeetingState to,
      List<Ballot> withBallots,
      List<NomineeResult> withResults,
      String actor,
      Instant at,
      String reason) {
    return new CouncilMeeting(
        id,
        version + 1,
        to,
        composition,
        announcementId,
        nominees,
        day,
        place,
        present,
        withBallots,
        withResults,
        openedBy,
        openedAt,
        LIFECYCLE.append(transitions, state, command, actor, at, reason));
  }
}
