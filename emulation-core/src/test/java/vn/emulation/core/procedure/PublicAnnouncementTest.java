package vn.emulation.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.emulation.core.procedure.AfterAppraisal.AT;
import static vn.emulation.core.procedure.AfterAppraisal.BEFORE_TET;
import static vn.emulation.core.procedure.AfterAppraisal.CALENDAR;
import static vn.emulation.core.procedure.AfterAppraisal.HOME_AFFAIRS;
import static vn.emulation.core.procedure.AfterAppraisal.LAW;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.law.Recipient;
import vn.emulation.core.law.TestLaw;

/** Step 5: the public announcement, its period in working days, its comments and answers. */
class PublicAnnouncementTest {

  static final LocalDate LAST_DAY = LocalDate.of(2026, 2, 27);

  /**
   * Ten working days for the Labour Order (Decree 152/2025, as the rule set cites it) counted on
   * the 2026 calendar: the Tết block of 16–20 February does not count, so a list published on
   * Friday 6 February runs to Friday 27 February, not 20 February.
   */
  @ParameterizedTest(name = "published {0}: the list runs to {1}")
  @CsvSource({
    "2026-01-30, 2026-02-13",
    "2026-02-06, 2026-02-27",
    "2026-02-13, 2026-03-06",
    // published during Tết: the first day counted is Monday 23 February
    "2026-02-17, 2026-03-06",
    // published on a Saturday: counted from Monday
    "2026-03-07, 2026-03-20"
  })
  void theListRunsForTheWorkingDaysTheLawAsksAcrossTet(LocalDate publishedOn, LocalDate last) {
    PublicAnnouncement a = AfterAppraisal.published(publishedOn);

    assertThat(a.state()).isEqualTo(AnnouncementState.PUBLISHED);
    assertThat(a.lastDay()).isEqualTo(last);
    assertThat(CALENDAR.workingDaysBetween(publishedOn, last)).isEqualTo(10);
  }

  @Test
  void eachFormHasItsPeriodAndTheListTheLongest() {
    PublicAnnouncement a = AfterAppraisal.published(BEFORE_TET);

    assertThat(a.periods())
        .containsExactly(
            new AnnouncementPeriod(TestLaw.GIAY_KHEN, 0, null, BEFORE_TET),
            new AnnouncementPeriod(
                TestLaw.HCLD3, 10, "khoản 2 Điều 44, Nghị định số 152/2025/NĐ-CP", LAST_DAY));
    assertThat(a.lastDay()).isEqualTo(LAST_DAY);
    assertThat(a.publishedOn()).isEqualTo(BEFORE_TET);
    assertThat(a.channel()).isEqualTo("https://rachgia.angiang.gov.vn/cong-khai");
    assertThat(a.version()).isEqualTo(1);
  }

  /** The named check: closed, and a day after the period's last. */
  @Test
  void theCouncilMayNotMeetBeforeTheAnnouncementHasRunItsCourse() {
    PublicAnnouncement published = AfterAppraisal.published(BEFORE_TET);
    assertThat(published.councilMayMeetOn(LocalDate.of(2026, 3, 2))).isFalse();
    assertThat(published.whyCouncilMayNotMeetOn(LocalDate.of(2026, 3, 2)).orElseThrow().en())
        .isEqualTo(
            "The council cannot meet yet: the announcement A-2026-1 is PUBLISHED, not closed");

    InvalidInputException early =
        catchThrowableOfType(
            InvalidInputException.class, () -> published.close(LAST_DAY, HOME_AFFAIRS, AT));
    assertThat(early.problems()).extracting(Problem::path).containsExactly("closedOn");
    assertThat(early.problems().get(0).reason().vi())
        .isEqualTo(
            "Chưa thể kết thúc công khai ngày 2026-02-27: thời gian công khai kéo dài đến hết"
                + " ngày 2026-02-27");

    PublicAnnouncement closed = published.close(LAST_DAY.plusDays(1), HOME_AFFAIRS, AT);
    assertThat(closed.councilMayMeetOn(LAST_DAY)).isFalse();
    assertThat(closed.whyCouncilMayNotMeetOn(LAST_DAY).orElseThrow().en())
        .isEqualTo(
            "The council cannot meet on 2026-02-27: the announcement runs to the end of 2026-02-27");
    assertThat(closed.councilMayMeetOn(LAST_DAY.plusDays(1))).isTrue();
    assertThat(closed.earliestCouncilDay()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(closed.councilMayMeetOn(closed.earliestCouncilDay())).isTrue();
    assertThat(closed.councilMayMeetOn(closed.earliestCouncilDay().minusDays(1))).isFalse();

    InvalidInputException meeting =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                CouncilMeeting.convene(
                    "H-1",
                    CouncilComposition.of(AfterAppraisal.seven()),
                    closed,
                    LAST_DAY,
                    "Hội trường",
                    List.of("m1"),
                    HOME_AFFAIRS,
                    AT));
    assertThat(meeting.problems()).extracting(Problem::path).containsExactly("day");
  }

  @Test
  void commentsAreRecordedAndEachAnsweredBeforeClosing() {
    PublicAnnouncement a =
        AfterAppraisal.published(BEFORE_TET)
            .comment(
                "Bà Trần Thị Lan",
                LocalDate.of(2026, 2, 23),
                "Ông Ba chưa hoàn thành nhiệm vụ năm 2024",
                "N-3",
                "noivu.ha",
                AT)
            .comment("Ông Bình", LAST_DAY, "Đồng ý với danh sách", null, "noivu.ha", AT);

    assertThat(a.comments())
        .extracting(PublicComment::number, PublicComment::author, PublicComment::nominationId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Bà Trần Thị Lan", "N-3"),
            org.assertj.core.groups.Tuple.tuple(2, "Ông Bình", null));
    assertThat(a.version()).isEqualTo(3);

    PublicAnnouncement half = a.answer(1, "Đã xác minh: hoàn thành tốt nhiệm vụ", "noivu.lan", AT);
    InvalidInputException open =
        catchThrowableOfType(
            InvalidInputException.class, () -> half.close(LAST_DAY.plusDays(3), HOME_AFFAIRS, AT));
    assertThat(open.problems()).extracting(Problem::path).containsExactly("comments[1]");

    PublicAnnouncement answered = half.answer(2, "Cảm ơn ý kiến", "noivu.lan", AT);
    assertThat(answered.comments().get(0).answerIfAny().orElseThrow().by()).isEqualTo("noivu.lan");
    assertThat(answered.close(LAST_DAY.plusDays(3), HOME_AFFAIRS, AT).state())
        .isEqualTo(AnnouncementState.CLOSED);

    InvalidInputException twice =
        catchThrowableOfType(
            InvalidInputException.class, () -> answered.answer(1, "Lại", "noivu.lan", AT));
    assertThat(twice.problems().get(0).reason().en()).isEqualTo("Comment 1 is answered already");
  }

  @Test
  void aCommentReportsEveryProblemAtOnce() {
    PublicAnnouncement a = AfterAppraisal.published(BEFORE_TET);

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> a.comment(" ", LAST_DAY.plusDays(1), "", "N-9", "noivu.ha", AT));

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("author", "text", "receivedOn", "nominationId");
    assertThat(e.problems().get(2).reason().en())
        .isEqualTo(
            "A comment received on 2026-02-28 falls outside the announcement, 2026-02-06 to"
                + " 2026-02-27");
    assertThat(a.comments()).isEmpty();
  }

  @Test
  void publishingReportsEveryProblemAtOnce() {
    PublicAnnouncement prepared =
        PublicAnnouncement.prepare("A-1", AfterAppraisal.nominees(), HOME_AFFAIRS, AT);

    InvalidInputException noCalendar =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                prepared.publish(LocalDate.of(2025, 12, 19), " ", LAW, CALENDAR, HOME_AFFAIRS, AT));
    assertThat(noCalendar.problems())
        .extracting(Problem::path)
        .containsExactly("channel", "publishedOn");
    assertThat(noCalendar.problems().get(1).reason().en())
        .startsWith("The working calendar holds no data for 2025");

    InvalidInputException noLaw =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                prepared.publish(LocalDate.of(2023, 12, 1), "x", LAW, CALENDAR, HOME_AFFAIRS, AT));
    assertThat(noLaw.problems()).hasSize(1);
    assertThat(noLaw.problems().get(0).reason().en())
        .isEqualTo("No version of the rule set vn-thi-dua-khen-thuong is in force on 2023-12-01");
    assertThat(prepared.state()).isEqualTo(AnnouncementState.PREPARED);
  }

  @Test
  void onlyEligibleNomineesAreListedEachOnce() {
    Nominee refused =
        new Nominee(
            "N-4",
            "official-4",
            Recipient.INDIVIDUAL,
            "RGW",
            TestLaw.GIAY_KHEN,
            2025,
            Eligibility.NOT_ELIGIBLE);
    Nominee first = AfterAppraisal.nominees().get(0);

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                PublicAnnouncement.prepare(
                    "A-1", List.of(first, refused, first), HOME_AFFAIRS, AT));

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("nominees[1]", "nominees[2]");
    assertThatThrownBy(() -> PublicAnnouncement.prepare("A-1", List.of(), HOME_AFFAIRS, AT))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aWithdrawalNeedsItsReasonAndEndsTheList() {
    PublicAnnouncement a = AfterAppraisal.published(BEFORE_TET);
    assertThatThrownBy(() -> a.withdraw(" ", HOME_AFFAIRS, AT))
        .isInstanceOf(InvalidInputException.class);
    PublicAnnouncement w = a.withdraw("Sai tên người được đề nghị", HOME_AFFAIRS, AT);
    assertThat(w.transitions().get(1).reason()).isEqualTo("Sai tên người được đề nghị");
    assertThat(w.allowedCommands()).isEmpty();
    assertThat(w.councilMayMeetOn(LocalDate.of(2026, 12, 1))).isFalse();
  }
}
