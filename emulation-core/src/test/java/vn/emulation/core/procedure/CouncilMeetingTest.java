package vn.emulation.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.emulation.core.procedure.AfterAppraisal.AT;
import static vn.emulation.core.procedure.AfterAppraisal.HOME_AFFAIRS;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.law.AwardClaim;
import vn.emulation.core.law.AwardClaim.ClaimStatus;
import vn.emulation.core.law.OneAchievementOneAward;
import vn.emulation.core.law.TestLaw;

/** Step 6: the council meeting, its quorum, its votes and its minutes. */
class CouncilMeetingTest {

  static final List<String> ALL = List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7");

  /** The default quorum: at least 2/3 of the seven members, so five. */
  @ParameterizedTest(name = "{0} of 7 present: quorum {1}")
  @CsvSource({"4, false", "5, true", "7, true"})
  void theCouncilVotesOnlyWithItsQuorum(int present, boolean quorum) {
    CouncilMeeting m = AfterAppraisal.convened(ALL.subList(0, present));

    assertThat(m.hasQuorum()).isEqualTo(quorum);
    if (quorum) {
      assertThat(m.openVoting(HOME_AFFAIRS, AT).state()).isEqualTo(CouncilMeetingState.VOTING);
    } else {
      InvalidInputException e =
          catchThrowableOfType(InvalidInputException.class, () -> m.openVoting(HOME_AFFAIRS, AT));
      assertThat(e.problems()).extracting(Problem::path).containsExactly("present");
      assertThat(e.problems().get(0).reason().en())
          .isEqualTo("No quorum to vote: 4 of 7 members present, ≥ 2/3 needed");
      assertThat(m.adjourn("Không đủ số thành viên", HOME_AFFAIRS, AT).state())
          .isEqualTo(CouncilMeetingState.ADJOURNED);
    }
  }

  @ParameterizedTest(name = "{0}/{1}, strict {2}: {3} of {4} → {5}")
  @CsvSource({
    "2, 3, false, 4, 6, true",
    "2, 3, false, 3, 6, false",
    "1, 2, true, 3, 6, false",
    "1, 2, true, 4, 7, true",
    "4, 5, false, 5, 7, false",
    "4, 5, false, 6, 7, true",
    "9, 10, false, 9, 10, true"
  })
  void aThresholdIsCountedExactly(
      int num, int den, boolean strict, int count, int total, boolean met) {
    assertThat(new Threshold(num, den, strict).isMetBy(count, total)).isEqualTo(met);
  }

  /**
   * Six of seven present, three for and three against: three votes for are not more than half of
   * all seven members, so a tie is not approved; nor in a council of six all present: the chair has
   * no casting vote. An absent member's written opinion for breaks it.
   */
  @Test
  void aTieIsNotApproved() {
    CouncilMeeting m = AfterAppraisal.convened(ALL.subList(0, 6)).openVoting(HOME_AFFAIRS, AT);
    for (String member : List.of("m1", "m2", "m3")) {
      m = m.vote(member, "N-1", VoteChoice.FOR, member, AT);
    }
    for (String member : List.of("m4", "m5", "m6")) {
      m = m.vote(member, "N-1", VoteChoice.AGAINST, member, AT);
    }
    NomineeResult tie = m.close(HOME_AFFAIRS, AT).results().get(0);

    assertThat(tie.nominee().nominationId()).isEqualTo("N-1");
    assertThat(List.of(tie.votesFor(), tie.votesAgainst(), tie.abstentions(), tie.notVoting()))
        .containsExactly(3, 3, 0, 1);
    assertThat(tie.approved()).isFalse();

    NomineeResult even = evenTie();
    assertThat(List.of(even.votesFor(), even.votesAgainst(), even.members()))
        .containsExactly(3, 3, 6);
    assertThat(even.approved()).isFalse();

    NomineeResult broken =
        m.voteInWriting("m7", "N-1", VoteChoice.FOR, "m7", AT)
            .close(HOME_AFFAIRS, AT)
            .results()
            .get(0);
    assertThat(broken.votesFor()).isEqualTo(4);
    assertThat(broken.approved()).isTrue();
  }

  /** A council of six, all present, split three for and three against. */
  private static NomineeResult evenTie() {
    List<String> six = ALL.subList(0, 6);
    CouncilMeeting m =
        CouncilMeeting.convene(
                "H-6",
                CouncilComposition.of(AfterAppraisal.seven().subList(0, 6)),
                AfterAppraisal.closed(),
                LocalDate.of(2026, 3, 3),
                "Hội trường",
                six,
                HOME_AFFAIRS,
                AT)
            .openVoting(HOME_AFFAIRS, AT);
    for (int i = 0; i < 6; i++) {
      m = m.vote(six.get(i), "N-1", i < 3 ? VoteChoice.FOR : VoteChoice.AGAINST, six.get(i), AT);
    }
    return m.close(HOME_AFFAIRS, AT).results().get(0);
  }

  /** A form with its own threshold, as Decree 98 art. 30.7 sets for some titles: 80 % of all. */
  @Test
  void aFormMayHaveItsOwnThreshold() {
    CouncilComposition c =
        CouncilComposition.of(AfterAppraisal.seven())
            .withApproval(TestLaw.HCLD3, Threshold.atLeast(4, 5));
    CouncilMeeting m =
        CouncilMeeting.convene(
                "H-1",
                c,
                AfterAppraisal.closed(),
                LocalDate.of(2026, 3, 3),
                "Hội trường",
                ALL,
                HOME_AFFAIRS,
                AT)
            .openVoting(HOME_AFFAIRS, AT);
    for (String member : ALL.subList(0, 5)) {
      m =
          m.vote(member, "N-1", VoteChoice.FOR, member, AT)
              .vote(member, "N-3", VoteChoice.FOR, member, AT);
    }
    m = m.vote("m6", "N-3", VoteChoice.ABSTAIN, "m6", AT);
    List<NomineeResult> r = m.close(HOME_AFFAIRS, AT).results();

    assertThat(r).extracting(NomineeResult::approved).containsExactly(true, false, false);
    assertThat(r.get(2).threshold()).isEqualTo(Threshold.atLeast(4, 5));
    assertThat(r.get(2).abstentions()).isEqualTo(1);
    assertThat(r.get(0).threshold()).isEqualTo(CouncilComposition.DEFAULT_APPROVAL);
  }

  @Test
  void theMinutesHoldTheMeetingAndEveryResult() {
    CouncilMeeting m = AfterAppraisal.convened(List.of("m1", "m2", "m4", "m5", "m6"));
    assertThat(m.minutes()).isEmpty();
    m = m.openVoting(HOME_AFFAIRS, AT);
    m = AfterAppraisal.everyone(m, "N-1", VoteChoice.FOR);
    m = AfterAppraisal.everyone(m, "N-2", VoteChoice.AGAINST);
    m = m.voteInWriting("m3", "N-3", VoteChoice.FOR, "m3", AT);
    m = AfterAppraisal.everyone(m, "N-3", VoteChoice.FOR);
    CouncilMeeting closed = m.close(HOME_AFFAIRS, AT);

    Minutes minutes = closed.minutes().orElseThrow();
    assertThat(minutes.meetingId()).isEqualTo("H-2026-1");
    assertThat(minutes.day()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(minutes.place()).isEqualTo("Hội trường UBND phường Rạch Giá");
    assertThat(minutes.present())
        .extracting(CouncilMember::id)
        .containsExactly("m1", "m2", "m4", "m5", "m6");
    assertThat(minutes.absent()).extracting(CouncilMember::id).containsExactly("m3", "m7");
    assertThat(minutes.results()).extracting(NomineeResult::votesFor).containsExactly(5, 0, 6);
    assertThat(minutes.approved()).extracting(Nominee::nominationId).containsExactly("N-1", "N-3");
    assertThat(closed.version()).isEqualTo(1 + 5 + 5 + 1 + 5 + 1);
    assertThat(closed.transitions().get(closed.transitions().size() - 1).to())
        .isEqualTo(CouncilMeetingState.CLOSED);
  }

  /**
   * One achievement, one award: a nominee the council did not approve was granted nothing, so its
   * work may be proposed again; an approved one's claim still holds it, and a nomination the
   * council did not vote on is not the minutes' to release.
   */
  @Test
  void aNomineeTheCouncilDidNotApproveNoLongerHoldsItsAchievement() {
    CouncilMeeting m = AfterAppraisal.convened(ALL.subList(0, 5)).openVoting(HOME_AFFAIRS, AT);
    m = AfterAppraisal.everyone(m, "N-1", VoteChoice.FOR);
    m = AfterAppraisal.everyone(m, "N-2", VoteChoice.AGAINST);
    Minutes minutes = m.close(HOME_AFFAIRS, AT).minutes().orElseThrow();
    AwardClaim approved = claim("official-1", "ANNUAL-2025");
    AwardClaim rejected = claim("official-2", "ANNUAL-2025");
    AwardClaim later = claim("official-2", "INTERIM-2025");
    OneAchievementOneAward rule = TestLaw.ruleSet().oneAwardOn(LocalDate.of(2026, 3, 3));

    assertThat(minutes.applyTo("N-1", approved)).isEqualTo(approved);
    AwardClaim left = minutes.applyTo("N-2", rejected);
    assertThat(left.status()).isEqualTo(ClaimStatus.REFUSED);
    assertThat(left.covered()).isEqualTo(rejected.covered());
    assertThat(rule.conflictsOf(later, List.of(rejected))).containsExactly(rejected);
    assertThat(rule.conflictsOf(later, List.of(left))).isEmpty();
    assertThat(minutes.applyTo("N-9", rejected)).isEqualTo(rejected);
    assertThatThrownBy(() -> minutes.applyTo("N-2", approved))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static AwardClaim claim(String participant, String occasion) {
    return new AwardClaim(
        participant, YearPeriod.of(2025, 2025), occasion, TestLaw.GIAY_KHEN, ClaimStatus.PROPOSED);
  }

  @Test
  void aVoteReportsEveryProblemAtOnce() {
    CouncilMeeting m = AfterAppraisal.convened(ALL.subList(0, 6)).openVoting(HOME_AFFAIRS, AT);
    CouncilMeeting voted = m.vote("m1", "N-1", VoteChoice.FOR, "m1", AT);

    InvalidInputException absent =
        catchThrowableOfType(
            InvalidInputException.class, () -> voted.vote("m7", "N-9", null, "m7", AT));
    assertThat(absent.problems())
        .extracting(Problem::path)
        .containsExactly("memberId", "nominationId", "choice");
    assertThat(absent.problems().get(0).reason().en())
        .isEqualTo("Member m7 is absent: only a written opinion may be given");

    InvalidInputException again =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> voted.voteInWriting("m1", "N-1", VoteChoice.AGAINST, "m1", AT));
    assertThat(again.problems())
        .extracting(p -> p.reason().en())
        .containsExactly(
            "Member m1 is present and votes at the meeting, not in writing",
            "Member m1 has voted on N-1 already");
    assertThat(voted.ballots()).hasSize(1);
  }

  @Test
  void conveningReportsEveryProblemAtOnce() {
    PublicAnnouncement published = AfterAppraisal.published(AfterAppraisal.BEFORE_TET);

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                CouncilMeeting.convene(
                    "H-1",
                    CouncilComposition.of(AfterAppraisal.seven()),
                    published,
                    LocalDate.of(2026, 3, 3),
                    " ",
                    List.of("m1", "x9", "m1"),
                    HOME_AFFAIRS,
                    AT));

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("day", "place", "present[1]", "present[2]");
  }

  @Test
  void aCompositionHasOneChairAndEachMemberOnce() {
    List<CouncilMember> members =
        List.of(
            new CouncilMember("m1", "A", CouncilRole.MEMBER),
            new CouncilMember("m1", "B", CouncilRole.VICE_CHAIR));

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> CouncilComposition.of(members));

    assertThat(e.problems()).extracting(Problem::path).containsExactly("members[1]", "members");
    assertThat(e.problems().get(1).reason().vi())
        .isEqualTo("Hội đồng phải có đúng một Chủ tịch, đang có 0");
    assertThat(CouncilRole.CHAIR.label().vi()).isEqualTo("Chủ tịch Hội đồng");
    assertThat(VoteChoice.ABSTAIN.label().en()).isEqualTo("Abstains");
  }
}
