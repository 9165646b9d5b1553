package vn.emulation.core.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.emulation.core.calendar.DayOff;
import vn.emulation.core.calendar.HolidayYear;
import vn.emulation.core.calendar.UnknownDays;
import vn.emulation.core.calendar.WorkingCalendar;
import vn.emulation.core.calendar.WorkingWeekend;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.Recipient;
import vn.emulation.core.law.TestLaw;

/**
 * What the steps after the appraisal start from in these tests: the law of {@link TestLaw}, the
 * civil service's calendar of 2026 as the adapter's built-in {@code law/holidays-vn.json} holds it
 * (Tết from Monday 16 to Friday 20 February, Thông báo 9441/TB-BNV; the Hùng Kings' day unknown), a
 * council of seven and appraised nominees of the ward of Rạch Giá.
 */
final class AfterAppraisal {

  static final LawRuleSet LAW = TestLaw.ruleSet();
  static final WorkingCalendar CALENDAR = WorkingCalendar.of("civil service", List.of(year2026()));
  static final Instant AT = Instant.parse("2026-02-06T02:00:00Z");
  static final String HOME_AFFAIRS = "noivu.lan";

  /** Friday 6 February 2026, the last working week before Tết. */
  static final LocalDate BEFORE_TET = LocalDate.of(2026, 2, 6);

  private AfterAppraisal() {}

  static HolidayYear year2026() {
    String art112 = "Bộ luật Lao động 2019, Điều 112";
    String tb9441 = "Thông báo 9441/TB-BNV";
    List<DayOff> off = new ArrayList<>();
    off.add(new DayOff(LocalDate.of(2026, 1, 1), "Tết Dương lịch", art112));
    for (int d = 16; d <= 20; d++) {
      off.add(new DayOff(LocalDate.of(2026, 2, d), "Tết Âm lịch", tb9441));
    }
    off.add(new DayOff(LocalDate.of(2026, 4, 30), "Ngày Chiến thắng", art112));
    off.add(new DayOff(LocalDate.of(2026, 5, 1), "Ngày Quốc tế lao động", art112));
    off.add(new DayOff(LocalDate.of(2026, 8, 31), "Nghỉ hoán đổi", "Công văn 6620/UBND-VX"));
    off.add(new DayOff(LocalDate.of(2026, 9, 1), "Quốc khánh", "Công văn 6620/UBND-VX"));
    off.add(new DayOff(LocalDate.of(2026, 9, 2), "Quốc khánh", art112));
    return new HolidayYear(
        2026,
        off,
        List.of(new WorkingWeekend(LocalDate.of(2026, 8, 22), "Công văn 6620/UBND-VX")),
        List.of(
            new UnknownDays(
                LocalDate.of(2026, 4, 25), LocalDate.of(2026, 5, 29), "Giỗ Tổ Hùng Vương")),
        List.of(tb9441));
  }

  static Nominee nominee(String nomination, String participant, String form) {
    return new Nominee(
        nomination, participant, Recipient.INDIVIDUAL, "RGW", form, 2025, Eligibility.ELIGIBLE);
  }

  /** A Giấy khen (no announcement) and a Labour Order (10 working days, Decree 152). */
  static List<Nominee> nominees() {
    return List.of(
        nominee("N-1", "official-1", TestLaw.GIAY_KHEN),
        nominee("N-2", "official-2", TestLaw.GIAY_KHEN),
        nominee("N-3", "official-3", TestLaw.HCLD3));
  }

  static PublicAnnouncement published(LocalDate on) {
    return PublicAnnouncement.prepare("A-2026-1", nominees(), HOME_AFFAIRS, AT)
        .publish(on, "https://rachgia.angiang.gov.vn/cong-khai", LAW, CALENDAR, HOME_AFFAIRS, AT);
  }

  /** The announcement of {@link #BEFORE_TET}, closed on Monday 2 March 2026. */
  static PublicAnnouncement closed() {
    return published(BEFORE_TET).close(LocalDate.of(2026, 3, 2), HOME_AFFAIRS, AT);
  }

  /** Seven members: a chair, two vice-chairs, four members. */
  static List<CouncilMember> seven() {
    return List.of(
        new CouncilMember("m1", "Trần Văn Chủ", CouncilRole.CHAIR),
        new CouncilMember("m2", "Lê Thị Phó", CouncilRole.VICE_CHAIR),
        new CouncilMember("m3", "Phạm Văn Phó", CouncilRole.VICE_CHAIR),
        new CouncilMember("m4", "Nguyễn Thị Bốn", CouncilRole.MEMBER),
        new CouncilMember("m5", "Võ Văn Năm", CouncilRole.MEMBER),
        new CouncilMember("m6", "Đỗ Thị Sáu", CouncilRole.MEMBER),
        new CouncilMember("m7", "Huỳnh Văn Bảy", CouncilRole.MEMBER));
  }

  static CouncilMeeting convened(List<String> present) {
    return CouncilMeeting.convene(
        "H-2026-1",
        CouncilComposition.of(seven()),
        closed(),
        LocalDate.of(2026, 3, 3),
        "Hội trường UBND phường Rạch Giá",
        present,
        HOME_AFFAIRS,
        AT);
  }

  /** Each present member votes {@code choice} on {@code nomination}. */
  static CouncilMeeting everyone(CouncilMeeting m, String nomination, VoteChoice choice) {
    for (String member : m.present()) {
      m = m.vote(member, nomination, choice, member, AT);
    }
    return m;
  }

  /** The minutes of a meeting of all seven that approved every nominee. */
  static Minutes allApproved() {
    CouncilMeeting m = convened(List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7"));
    m = m.openVoting(HOME_AFFAIRS, AT);
    for (Nominee n : m.nominees()) {
      m = everyone(m, n.nominationId(), VoteChoice.FOR);
    }
    return m.close(HOME_AFFAIRS, AT).minutes().orElseThrow();
  }
}
