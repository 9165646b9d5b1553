package vn.emulation.core.procedure;

import static vn.emulation.core.procedure.AfterAppraisal.AT;
import static vn.emulation.core.procedure.AfterAppraisal.BEFORE_TET;
import static vn.emulation.core.procedure.AfterAppraisal.CALENDAR;
import static vn.emulation.core.procedure.AfterAppraisal.HOME_AFFAIRS;
import static vn.emulation.core.procedure.AfterAppraisal.LAW;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.Office;
import vn.emulation.core.law.TestLaw;

/**
 * Every command of steps 5–8 in every state of its case, allowed or refused, on cases brought to
 * each state by their own commands.
 */
class ProcedureTransitionsTest {

  static final List<String> SIX = List.of("m1", "m2", "m3", "m4", "m5", "m6");

  @TestFactory
  Stream<DynamicTest> announcement() {
    return new TransitionTable<AnnouncementState, PublicAnnouncement>(
            AnnouncementState.class,
            """
            PREPARED publish PUBLISHED
            PREPARED withdraw WITHDRAWN
            PUBLISHED comment PUBLISHED
            PUBLISHED answer PUBLISHED
            PUBLISHED close CLOSED
            PUBLISHED withdraw WITHDRAWN
            """,
            PublicAnnouncement::state,
            PublicAnnouncement::version,
            PublicAnnouncement::transitions)
        .in(AnnouncementState.PREPARED, ProcedureTransitionsTest::prepared)
        .in(AnnouncementState.PUBLISHED, () -> AfterAppraisal.published(BEFORE_TET))
        .in(AnnouncementState.PUBLISHED, "answer", ProcedureTransitionsTest::commented)
        .in(AnnouncementState.CLOSED, AfterAppraisal::closed)
        .in(
            AnnouncementState.WITHDRAWN,
            () -> prepared().withdraw("Danh sách sai", HOME_AFFAIRS, AT))
        .command(
            "publish",
            a -> a.publish(BEFORE_TET, "https://cong-khai", LAW, CALENDAR, HOME_AFFAIRS, AT))
        .command("withdraw", a -> a.withdraw("Danh sách sai", HOME_AFFAIRS, AT))
        .command("comment", ProcedureTransitionsTest::comment)
        .command("answer", a -> a.answer(1, "Đã xác minh, đúng thành tích", HOME_AFFAIRS, AT))
        .command("close", a -> a.close(LocalDate.of(2026, 3, 2), HOME_AFFAIRS, AT))
        .tests(PublicAnnouncement.LIFECYCLE);
  }

  static PublicAnnouncement prepared() {
    return PublicAnnouncement.prepare("A-1", AfterAppraisal.nominees(), HOME_AFFAIRS, AT);
  }

  static PublicAnnouncement comment(PublicAnnouncement a) {
    return a.comment(
        "Ông Nguyễn Văn Bình", LocalDate.of(2026, 2, 10), "Đề nghị làm rõ", "N-3", "noivu.ha", AT);
  }

  static PublicAnnouncement commented() {
    return comment(AfterAppraisal.published(BEFORE_TET));
  }

  @TestFactory
  Stream<DynamicTest> council() {
    return new TransitionTable<CouncilMeetingState, CouncilMeeting>(
            CouncilMeetingState.class,
            """
            CONVENED openVoting VOTING
            CONVENED adjourn ADJOURNED
            VOTING vote VOTING
            VOTING voteInWriting VOTING
            VOTING close CLOSED
            """,
            CouncilMeeting::state,
            CouncilMeeting::version,
            CouncilMeeting::transitions)
        .in(CouncilMeetingState.CONVENED, () -> AfterAppraisal.convened(SIX))
        .in(CouncilMeetingState.VOTING, ProcedureTransitionsTest::voting)
        .in(CouncilMeetingState.CLOSED, () -> voting().close(HOME_AFFAIRS, AT))
        .in(
            CouncilMeetingState.ADJOURNED,
            () -> AfterAppraisal.convened(SIX).adjourn("Mất điện", HOME_AFFAIRS, AT))
        .command("openVoting", m -> m.openVoting(HOME_AFFAIRS, AT))
        .command("adjourn", m -> m.adjourn("Mất điện", HOME_AFFAIRS, AT))
        .command("vote", m -> m.vote("m1", "N-1", VoteChoice.FOR, "m1", AT))
        .command("voteInWriting", m -> m.voteInWriting("m7", "N-1", VoteChoice.AGAINST, "m7", AT))
        .command("close", m -> m.close(HOME_AFFAIRS, AT))
        .tests(CouncilMeeting.LIFECYCLE);
  }

  static CouncilMeeting voting() {
    return AfterAppraisal.convened(SIX).openVoting(HOME_AFFAIRS, AT);
  }

  static final LocalDate SUBMITTED_ON = LocalDate.of(2026, 3, 5);
  static final LocalDate DECIDED_ON = LocalDate.of(2026, 3, 10);

  static Submission submitted() {
    return Submission.prepare(
        "T-1",
        AfterAppraisal.allApproved(),
        Office.COMMUNE_CHAIRMAN,
        SUBMITTED_ON,
        LAW,
        HOME_AFFAIRS,
        AT);
  }

  static Submission decided() {
    return decide(submitted());
  }

  static Submission decide(Submission s) {
    return s.decide(
        TestLaw.GIAY_KHEN,
        "15/QĐ-UBND",
        DECIDED_ON,
        "Nguyễn Văn Chủ tịch",
        AwardType.MOVEMENT,
        List.of("N-1", "N-2"),
        LAW,
        "chutich",
        AT);
  }

  @TestFactory
  Stream<DynamicTest> submission() {
    return new TransitionTable<SubmissionState, Submission>(
            SubmissionState.class,
            """
            SUBMITTED decide SUBMITTED
            SUBMITTED close CLOSED
            SUBMITTED return RETURNED
            """,
            Submission::state,
            Submission::version,
            Submission::transitions)
        .in(SubmissionState.SUBMITTED, ProcedureTransitionsTest::submitted)
        .in(SubmissionState.SUBMITTED, "close", ProcedureTransitionsTest::decided)
        .in(SubmissionState.CLOSED, () -> decided().close("chutich", AT))
        .in(
            SubmissionState.RETURNED,
            () -> submitted().returnToHomeAffairs("Bổ sung hồ sơ", "chutich", AT))
        .command("decide", ProcedureTransitionsTest::decide)
        .command("close", s -> s.close("chutich", AT))
        .command("return", s -> s.returnToHomeAffairs("Bổ sung hồ sơ", "chutich", AT))
        .tests(Submission.LIFECYCLE);
  }

  static Revocation proposed() {
    return Revocation.propose(
        "R-1",
        decided().decisionOn(TestLaw.GIAY_KHEN).orElseThrow(),
        "N-1",
        RevocationGround.FRAUDULENT_DECLARATION,
        "Kê khai số liệu không đúng",
        HOME_AFFAIRS,
        AT);
  }

  static Revocation annulled() {
    return proposed().annul(Office.COMMUNE_CHAIRMAN, LocalDate.of(2026, 6, 1), "chutich", AT);
  }

  static final Recovery RECOVERY =
      new Recovery(LocalDate.of(2026, 6, 15), true, 702_000, "Phiếu thu 12/PT");

  @TestFactory
  Stream<DynamicTest> revocation() {
    return new TransitionTable<RevocationState, Revocation>(
            RevocationState.class,
            """
            PROPOSED annul ANNULLED
            PROPOSED dismiss DISMISSED
            ANNULLED recordRecovery RECOVERED
            """,
            Revocation::state,
            Revocation::version,
            Revocation::transitions)
        .in(RevocationState.PROPOSED, ProcedureTransitionsTest::proposed)
        .in(RevocationState.ANNULLED, ProcedureTransitionsTest::annulled)
        .in(RevocationState.RECOVERED, () -> annulled().recordRecovery(RECOVERY, HOME_AFFAIRS, AT))
        .in(RevocationState.DISMISSED, () -> proposed().dismiss("Không có căn cứ", "chutich", AT))
        .command(
            "annul", r -> r.annul(Office.COMMUNE_CHAIRMAN, LocalDate.of(2026, 6, 1), "chutich", AT))
        .command("dismiss", r -> r.dismiss("Không có căn cứ", "chutich", AT))
        .command("recordRecovery", r -> r.recordRecovery(RECOVERY, HOME_AFFAIRS, AT))
        .tests(Revocation.LIFECYCLE);
  }
}
