package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.procedure.CouncilMeeting;
import vn.emulation.core.procedure.PublicAnnouncement;
import vn.emulation.core.procedure.Revocation;
import vn.emulation.core.procedure.Submission;
import vn.emulation.jakarta.application.procedure.PlanAnnouncement;
import vn.emulation.jakarta.application.procedure.PlanCouncilMeeting;
import vn.emulation.jakarta.application.procedure.PlanRevocation;
import vn.emulation.jakarta.application.procedure.PlanSubmission;
import vn.emulation.jakarta.testing.AwardProcedure;

/**
 * The cases of steps 5–8 stored and read back are the same cases, every field and transition, able
 * to go on; a stored row whose state or version its transitions do not reach is refused.
 */
class AwardCasesTest {

  private static final String PLAN = "rach-gia-2022-2025";

  private final PublicAnnouncement announcement = AwardProcedure.closedAnnouncement("A-1");
  private final CouncilMeeting meeting = AwardProcedure.closedMeeting("C-1", announcement);
  private final Submission submission = AwardProcedure.decidedSubmission("S-1", meeting);
  private final Revocation revocation = AwardProcedure.recovered("R-1", submission);

  @Test
  void anAnnouncementReadsBackWithItsPeriodsCommentsAndAnswers() {
    PlanAnnouncement held = new PlanAnnouncement(PLAN, "ANNUAL_2025", announcement);
    CaseRepository.StoredCase stored = AnnouncementCases.stored(held);

    assertThat(stored.kind()).isEqualTo("announcement");
    assertThat(stored.state()).isEqualTo("CLOSED");
    assertThat(stored.unitCode()).isEqualTo(ProcedureJson.CITY_WIDE);
    assertThat(stored.version()).isEqualTo(announcement.version() + 1);
    assertThat(stored.transitions())
        .extracting(CaseRepository.StoredTransition::seq)
        .containsExactly(1, 2, 3, 4);
    PlanAnnouncement back = AnnouncementCases.announcement(stored);
    assertThat(back).isEqualTo(held);
    assertThat(back.announcement().lastDay()).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(back.announcement().comments().get(0).answer().text())
        .isEqualTo("Thành tích đã được xác minh");
    assertThat(back.announcement().councilMayMeetOn(LocalDate.of(2026, 3, 3))).isTrue();
  }

  @Test
  void anAnnouncementJustPreparedReadsBackWithoutItsPublication() {
    PublicAnnouncement prepared =
        PublicAnnouncement.prepare(
            "A-2", AwardProcedure.nominees(), "hoa.officer", AwardProcedure.at("2026-02-05"));
    PlanAnnouncement held = new PlanAnnouncement(PLAN, "ANNUAL_2025", prepared);

    CaseRepository.StoredCase stored = AnnouncementCases.stored(held);

    assertThat(stored.version()).isEqualTo(1);
    assertThat(AnnouncementCases.announcement(stored)).isEqualTo(held);
  }

  @Test
  void aMeetingReadsBackWithItsCompositionBallotsAndResults() {
    PlanCouncilMeeting held = new PlanCouncilMeeting(PLAN, "ANNUAL_2025", meeting);
    CaseRepository.StoredCase stored = CouncilCases.stored(held);

    assertThat(stored.kind()).isEqualTo("council");
    PlanCouncilMeeting back = CouncilCases.meeting(stored);
    assertThat(back).isEqualTo(held);
    assertThat(back.meeting().minutes().orElseThrow().approved())
        .extracting(n -> n.nominationId())
        .containsExactly("N-1");
    assertThat(back.meeting().composition().approvalOf(AwardProcedure.LABOUR_ORDER))
        .hasToString("≥ 9/10");
  }

  @Test
  void aSubmissionReadsBackWithItsGroupsAndDecisionAndGoesOn() {
    PlanSubmission held = new PlanSubmission(PLAN, "ANNUAL_2025", submission);
    CaseRepository.StoredCase stored = SubmissionCases.stored(held);

    assertThat(stored.kind()).isEqualTo("submission");
    PlanSubmission back = SubmissionCases.submission(stored);
    assertThat(back).isEqualTo(held);
    assertThat(back.submission().decisions().get(0).authority()).isNotBlank();
    assertThat(back.submission().close("chairman", AwardProcedure.at("2026-03-06")).state().name())
        .isEqualTo("CLOSED");
  }

  @Test
  void aRevocationReadsBackUnderTheAwardeesUnitWithItsRecovery() {
    PlanRevocation held = new PlanRevocation(PLAN, "S-1", revocation);
    CaseRepository.StoredCase stored = RevocationCases.stored(held);

    assertThat(stored.kind()).isEqualTo("revocation");
    assertThat(stored.unitCode()).isEqualTo("30790");
    assertThat(stored.body()).contains("Biên lai 07/BL");
    assertThat(RevocationCases.revocation(stored)).isEqualTo(held);
  }

  @Test
  void aStoredCaseWhoseTransitionsDoNotReachItsStateOrVersionIsRefused() {
    CaseRepository.StoredCase s =
        SubmissionCases.stored(new PlanSubmission(PLAN, "ANNUAL_2025", submission));
    CaseRepository.StoredCase otherState = forged(s, "CLOSED", s.version(), s.transitions());
    CaseRepository.StoredCase otherVersion = forged(s, s.state(), s.version() + 1, s.transitions());
    CaseRepository.StoredCase noLog = forged(s, s.state(), s.version(), List.of());

    assertThatThrownBy(() -> SubmissionCases.submission(otherState))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SubmissionCases.submission(otherVersion))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SubmissionCases.submission(noLog))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static CaseRepository.StoredCase forged(
      CaseRepository.StoredCase s,
      String state,
      long version,
      List<CaseRepository.StoredTransition> ts) {
    return new CaseRepository.StoredCase(
        s.id(),
        s.kind(),
        s.planCode(),
        s.unitCode(),
        state,
        version,
        s.openedBy(),
        s.openedAt(),
        s.body(),
        ts);
  }
}
