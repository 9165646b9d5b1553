package vn.emulation.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * One year of the calendar of state bodies, as announced: Monday to Friday are working days, except
 * the days off; the working weekends are working days; the unknown days are days the data cannot
 * answer for. Immutable and thread-safe.
 *
 * @param year the year
 * @param daysOff the weekdays off, each in this year
 * @param workingWeekends the Saturdays and Sundays worked, each in this year
 * @param unknown the runs of days whose status is not known
 * @param sources the notices the year was taken from
 */
public record HolidayYear(
    int year,
    List<DayOff> daysOff,
    List<WorkingWeekend> workingWeekends,
    List<UnknownDays> unknown,
    List<String> sources) {

  public HolidayYear {
    daysOff = List.copyOf(daysOff);
    workingWeekends = List.copyOf(workingWeekends);
    unknown = List.copyOf(unknown);
    sources = List.copyOf(sources);
    for (DayOff d : daysOff) {
      inYear(year, d.date());
    }
    for (WorkingWeekend w : workingWeekends) {
      inYear(year, w.date());
      if (!isWeekend(w.date())) {
        throw new IllegalArgumentException("a working weekend day is no weekend: " + w.date());
      }
    }
    for (UnknownDays u : unknown) {
      inYear(year, u.from());
      inYear(year, u.to());
    }
  }

  private static void inYear(int year, LocalDate day) {
    if (day.getYear() != year) {
      throw new IllegalArgumentException(day + " is not in the year " + year);
    }
  }

  static boolean isWeekend(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  /** Whether the data knows the status of {@code day}. */
  boolean knows(LocalDate day) {
    return unknown.stream().noneMatch(u -> u.contains(day));
  }

  /** Whether {@code day}, of this year and known, is a working day. */
  boolean isWorkingDay(LocalDate day) {
    if (workingWeekends.stream().anyMatch(w -> w.date().equals(day))) {
      return true;
    }
    return !isWeekend(day) && daysOff.stream().noneMatch(d -> d.date().equals(day));
  }

  /** The unknown run that holds {@code day}. */
  UnknownDays unknownRunOf(LocalDate day) {
    return unknown.stream().filter(u -> u.contains(day)).findFirst().orElseThrow();
  }
}
