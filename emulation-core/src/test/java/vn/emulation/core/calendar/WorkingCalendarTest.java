package vn.emulation.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deadlines in working days (the law's reference sheet §5.3) on the calendar of 2026 as LAW.md §5.2
 * gives it: Tết from Monday 16 to Friday 20 February (Thông báo 9441/TB-BNV), National Day on 1 and
 * 2 September with Monday 31 August off and Saturday 22 August worked; the Hùng Kings' day, whose
 * solar date LAW.md does not give, is left unknown.
 */
class WorkingCalendarTest {

  static final String ART_112 = "Bộ luật Lao động 2019, Điều 112";
  static final String TB_9441 = "Thông báo 9441/TB-BNV";

  static HolidayYear year2026() {
    return TestCalendar.year2026();
  }

  private final WorkingCalendar calendar = WorkingCalendar.of("civil service", List.of(year2026()));

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    // ten working days from Friday 13 February skip the whole Tết block of 16–20 February
    "2026-02-13, 10, 2026-03-06",
    // a posting on the last working day before Tết: the first day counted is 23 February
    "2026-02-13, 1, 2026-02-23",
    // a posting during Tết counts from the first working day after it
    "2026-02-17, 1, 2026-02-23",
    // Saturday 22 August is a working day, swapped with Monday 31 August
    "2026-08-21, 1, 2026-08-22",
    "2026-08-21, 5, 2026-08-27",
    // 31 August, 1 and 2 September are off: three working days from Friday 28 August end 7
    // September
    "2026-08-28, 3, 2026-09-07",
    // an event on a Saturday counts from Monday; zero days is the event's day
    "2026-03-07, 1, 2026-03-09",
    "2026-03-07, 0, 2026-03-07"
  })
  void aPeriodEndsOnItsNthWorkingDayAfterTheEvent(LocalDate event, int n, LocalDate last) {
    assertThat(calendar.addWorkingDays(event, n)).isEqualTo(last);
    if (n > 0) {
      assertThat(calendar.workingDaysBetween(event, last)).isEqualTo(n);
      assertThat(calendar.workingDaysBetween(event, last.minusDays(1))).isEqualTo(n - 1);
    }
  }

  @Test
  void theDaysOfTheYearAreAsTheNoticeGivesThem() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 23))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 3))).isTrue();
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 13)))
        .isZero();
  }

  /** No notice of 2025 is in LAW.md: a deadline across Tết 2025 is refused, not guessed. */
  @Test
  void aDeadlineAcrossTet2025IsRefusedWhileTheCalendarHoldsNo2025() {
    CalendarDataMissingException e =
        catchThrowableOfType(
            CalendarDataMissingException.class,
            () -> calendar.addWorkingDays(LocalDate.of(2025, 1, 20), 10));
    assertThat(e).isNotNull();
    assertThat(e.day()).isEqualTo(LocalDate.of(2025, 1, 21));
    assertThat(e.reason().en()).contains("no data for 2025");
    assertThat(e.reason().vi()).contains("năm 2025");
  }

  /**
   * Once the year's notice is recorded the count runs across its Tết block. The block here is the
   * test's own, shaped like an announced one (the weekdays of 27–31 January off); it is no data of
   * the calendar, which holds only what LAW.md gives.
   */
  @Test
  void aDeadlineAcrossTet2025RunsOnceTheYearsNoticeIsRecorded() {
    List<DayOff> tet = new ArrayList<>();
    for (int d = 27; d <= 31; d++) {
      tet.add(new DayOff(LocalDate.of(2025, 1, d), "Tết Âm lịch", "the test's notice"));
    }
    WorkingCalendar both =
        WorkingCalendar.of(
            "civil service",
            List.of(
                year2026(),
                new HolidayYear(2025, tet, List.of(), List.of(), List.of("the test's notice"))));
    // 21–24 January (4), then 3 February (5) and 4 February (6), past the block and its weekend
    assertThat(both.addWorkingDays(LocalDate.of(2025, 1, 20), 6))
        .isEqualTo(LocalDate.of(2025, 2, 4));
    // a period that starts in December 2025 ends in 2026 on data of both years
    assertThat(both.addWorkingDays(LocalDate.of(2025, 12, 30), 2))
        .isEqualTo(LocalDate.of(2026, 1, 2));
  }

  @Test
  void aCountIntoDaysTheNoticesLeaveOpenIsRefusedNamingThem() {
    CalendarDataMissingException e =
        catchThrowableOfType(
            CalendarDataMissingException.class,
            () -> calendar.addWorkingDays(LocalDate.of(2026, 4, 20), 10));
    assertThat(e.day()).isEqualTo(LocalDate.of(2026, 4, 25));
    assertThat(e.reason().vi()).contains("Giỗ Tổ Hùng Vương");
  }

  @Test
  void aWorkingWeekendMustBeAWeekendAndEveryDayMustLieInItsYear() {
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () ->
                    new HolidayYear(
                        2026,
                        List.of(),
                        List.of(new WorkingWeekend(LocalDate.of(2026, 8, 24), "x")),
                        List.of(),
                        List.of())))
        .hasMessageContaining("no weekend");
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () ->
                    new HolidayYear(
                        2026,
                        List.of(new DayOff(LocalDate.of(2025, 9, 2), "Quốc khánh", ART_112)),
                        List.of(),
                        List.of(),
                        List.of())))
        .hasMessageContaining("not in the year 2026");
  }

  @Test
  void aNegativeNumberOfDaysIsRefused() {
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () -> calendar.addWorkingDays(LocalDate.of(2026, 3, 2), -1)))
        .hasMessageContaining("-1");
  }
}
