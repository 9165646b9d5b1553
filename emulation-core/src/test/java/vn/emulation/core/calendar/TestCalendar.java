package vn.emulation.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar of state bodies in 2026 as LAW.md §5.2 gives it, for the tests of every package that
 * counts working days: Tết from Monday 16 to Friday 20 February (Thông báo 9441/TB-BNV), National
 * Day on 1 and 2 September with Monday 31 August off and Saturday 22 August worked; the Hùng Kings'
 * day, whose solar date LAW.md does not give, is left unknown.
 */
public final class TestCalendar {

  static final String ART_112 = "Bộ luật Lao động 2019, Điều 112";
  static final String TB_9441 = "Thông báo 9441/TB-BNV";

  private TestCalendar() {}

  /** The civil service's calendar holding 2026 only. */
  public static WorkingCalendar civilService2026() {
    return WorkingCalendar.of("civil service", List.of(year2026()));
  }

  public static HolidayYear year2026() {
    List<DayOff> off = new ArrayList<>();
    off.add(new DayOff(LocalDate.of(2026, 1, 1), "Tết Dương lịch", ART_112));
    for (int d = 16; d <= 20; d++) {
      off.add(new DayOff(LocalDate.of(2026, 2, d), "Tết Âm lịch", TB_9441));
    }
    off.add(new DayOff(LocalDate.of(2026, 4, 30), "Ngày Chiến thắng", ART_112));
    off.add(new DayOff(LocalDate.of(2026, 5, 1), "Ngày Quốc tế lao động", ART_112));
    off.add(new DayOff(LocalDate.of(2026, 8, 31), "Hoán đổi", "Công văn 6620/UBND-VX"));
    off.add(new DayOff(LocalDate.of(2026, 9, 1), "Quốc khánh", TB_9441));
    off.add(new DayOff(LocalDate.of(2026, 9, 2), "Quốc khánh", ART_112));
    return new HolidayYear(
        2026,
        off,
        List.of(new WorkingWeekend(LocalDate.of(2026, 8, 22), "Công văn 6620/UBND-VX")),
        List.of(
            new UnknownDays(
                LocalDate.of(2026, 4, 25),
                LocalDate.of(2026, 5, 29),
                "Giỗ Tổ Hùng Vương (10/3 âm lịch)")),
        List.of(TB_9441));
  }
}
