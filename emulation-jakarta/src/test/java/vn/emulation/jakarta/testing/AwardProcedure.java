package vn.emulation.jakarta.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.emulation.core.calendar.WorkingCalendar;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.Office;
import vn.emulation.core.law.Recipient;
import vn.emulation.core.procedure.CouncilComposition;
import vn.emulation.core.procedure.CouncilMeeting;
import vn.emulation.core.procedure.CouncilMember;
import vn.emulation.core.procedure.CouncilRole;
import vn.emulation.core.procedure.Eligibility;
import vn.emulation.core.procedure.Nominee;
import vn.emulation.core.procedure.PublicAnnouncement;
import vn.emulation.core.procedure.Recovery;
import vn.emulation.core.procedure.Revocation;
import vn.emulation.core.procedure.RevocationGround;
import vn.emulation.core.procedure.Submission;
import vn.emulation.core.procedure.Threshold;
import vn.emulation.core.procedure.VoteChoice;
import vn.emulation.jakarta.format.law.BuiltInLaw;

/**
 * The steps after the appraisal on the built-in law and calendar, with every field filled: two
 * nominees for a Giấy khen (no announcement, decided by the commune chairman since 1 July 2025) and
 * one for the Labour Order (10 working days, the President's), published on Friday 6 February 2026
 * (the period runs past Tết to 27 February), a council of three, a submission to the commune
 * chairman, a decision and its revocation.
 */
public final class AwardProcedure {

  public static final LawRuleSet LAW = BuiltInLaw.ruleSet();
  public static final WorkingCalendar CALENDAR = BuiltInLaw.calendar();
  public static final String GIAY_KHEN = "GIAY_KHEN";
  public static final String LABOUR_ORDER = "HUAN_CHUONG_LAO_DONG_HANG_BA";
  public static final LocalDate PUBLISHED_ON = LocalDate.of(2026, 2, 6);
  public static final String OFFICER = "hoa.officer";

  private AwardProcedure() {}

  public static Instant at(String day) {
    return Instant.parse(day + "T02:00:00.123Z");
  }

  public static Nominee nominee(String nomination, String participant, String unit, String form) {
    return new Nominee(
        nomination, participant, Recipient.INDIVIDUAL, unit, form, 2025, Eligibility.ELIGIBLE);
  }

  public static List<Nominee> nominees() {
    return List.of(
        nominee("N-1", "can-bo-1", "30790", GIAY_KHEN),
        nominee("N-2", "can-bo-2", "30790", GIAY_KHEN),
        nominee("N-3", "can-bo-3", "30791", LABOUR_ORDER));
  }

  public static CouncilComposition council() {
    return CouncilComposition.of(
            List.of(
                new CouncilMember("chu.tich", "Phạm Hoàng Long", CouncilRole.CHAIR),
                new CouncilMember("pho.chu.tich", "Lê Văn Phúc", CouncilRole.VICE_CHAIR),
                new CouncilMember("uy.vien", "Nguyễn Thị Thu Hà", CouncilRole.MEMBER)))
        .withApproval(LABOUR_ORDER, Threshold.atLeast(9, 10));
  }

  /** Published with a comment on N-2, answered, and closed on Monday 2 March. */
  public static PublicAnnouncement closedAnnouncement(String id) {
    return PublicAnnouncement.prepare(id, nominees(), OFFICER, at("2026-02-05"))
        .publish(
            PUBLISHED_ON,
            "https://rachgia.angiang.gov.vn/cong-khai",
            LAW,
            CALENDAR,
            OFFICER,
            at("2026-02-06"))
        .comment(
            "Trần Văn Bình, tổ 3",
            LocalDate.of(2026, 2, 10),
            "Đề nghị làm rõ thành tích của ông Hai",
            "N-2",
            OFFICER,
            at("2026-02-10"))
        .answer(1, "Thành tích đã được xác minh", OFFICER, at("2026-02-11"))
        .close(LocalDate.of(2026, 3, 2), OFFICER, at("2026-03-02"));
  }

  /**
   * Met on 3 March: two present, the third in writing; N-1 and N-3 approved by all but N-3's 9/10.
   */
  public static CouncilMeeting closedMeeting(String id, PublicAnnouncement announcement) {
    CouncilMeeting m =
        CouncilMeeting.convene(
                id,
                council(),
                announcement,
                LocalDate.of(2026, 3, 3),
                "Hội trường UBND phường",
                List.of("chu.tich", "pho.chu.tich"),
                OFFICER,
                at("2026-03-03"))
            .openVoting(OFFICER, at("2026-03-03"));
    for (String member : List.of("chu.tich", "pho.chu.tich")) {
      m = m.vote(member, "N-1", VoteChoice.FOR, member, at("2026-03-03"));
      m = m.vote(member, "N-2", VoteChoice.AGAINST, member, at("2026-03-03"));
      m = m.vote(member, "N-3", VoteChoice.FOR, member, at("2026-03-03"));
    }
    m = m.voteInWriting("uy.vien", "N-1", VoteChoice.FOR, OFFICER, at("2026-03-03"));
    m = m.voteInWriting("uy.vien", "N-2", VoteChoice.ABSTAIN, OFFICER, at("2026-03-03"));
    return m.close(OFFICER, at("2026-03-03"));
  }

  /** To the commune chairman on 4 March, the Giấy khen decided on 5 March. */
  public static Submission decidedSubmission(String id, CouncilMeeting meeting) {
    return Submission.prepare(
            id,
            meeting.minutes().orElseThrow(),
            Office.COMMUNE_CHAIRMAN,
            LocalDate.of(2026, 3, 4),
            LAW,
            OFFICER,
            at("2026-03-04"))
        .decide(
            GIAY_KHEN,
            "15/QĐ-UBND",
            LocalDate.of(2026, 3, 5),
            "Phạm Hoàng Long",
            AwardType.MOVEMENT,
            List.of("N-1"),
            LAW,
            "chairman",
            at("2026-03-05"));
  }

  /** N-1's award annulled on 1 June and its recovery recorded on 5 June. */
  public static Revocation recovered(String id, Submission submission) {
    return Revocation.propose(
            id,
            submission.decisions().get(0),
            "N-1",
            RevocationGround.FALSE_INFORMATION_OR_FORGERY,
            "Hồ sơ kê khai sai số liệu",
            OFFICER,
            at("2026-05-20"))
        .annul(Office.COMMUNE_CHAIRMAN, LocalDate.of(2026, 6, 1), "chairman", at("2026-06-01"))
        .recordRecovery(
            new Recovery(LocalDate.of(2026, 6, 5), true, 1_490_000, "Biên lai 07/BL"),
            OFFICER,
            at("2026-06-05"));
  }
}
