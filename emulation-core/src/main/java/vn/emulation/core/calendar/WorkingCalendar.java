package vn.emulation.core.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The working days of state bodies, from the years' announced calendars (the law's reference sheet
 * §5.3): Monday to Friday, less the holidays of the Labour Code art. 112 and the days the year's
 * notice gives off, plus the Saturdays it makes working days. A period "of n working days" counts
 * from the day after the event that starts it; its last day is the n-th working day, so a period
 * never ends on a rest day. Every day a count touches must lie in a year the calendar holds and be
 * known; otherwise the count is refused with {@link CalendarDataMissingException}. Immutable and
 * thread-safe.
 */
public final class WorkingCalendar {

  private final String name;
  private final Map<Integer, HolidayYear> years;

  private WorkingCalendar(String name, Map<Integer, HolidayYear> years) {
    this.name = name;
    this.years = years;
  }

  /**
   * A calendar of the given years.
   *
   * @param name whose calendar it is (the civil service's)
   * @throws IllegalArgumentException when a year is given twice
   */
  public static WorkingCalendar of(String name, Collection<HolidayYear> years) {
    Objects.requireNonNull(name, "name");
    Map<Integer, HolidayYear> byYear = new TreeMap<>();
    for (HolidayYear y : years) {
      if (byYear.put(y.year(), y) != null) {
        throw new IllegalArgumentException("the calendar has the year " + y.year() + " twice");
      }
    }
    return new WorkingCalendar(name, Map.copyOf(byYear));
  }

  public String name() {
    return name;
  }

  /** The years the calendar holds, in order. */
  public SortedSet<Integer> years() {
    return new TreeSet<>(years.keySet());
  }

  public Optional<HolidayYear> year(int year) {
    return Optional.ofNullable(years.get(year));
  }

  /**
   * Whether {@code day} is a working day.
   *
   * @throws CalendarDataMissingException when the calendar cannot tell
   */
  public boolean isWorkingDay(LocalDate day) {
    HolidayYear y = years.get(day.getYear());
    if (y == null) {
      throw CalendarDataMissingException.noYear(day);
    }
    if (!y.knows(day)) {
      throw CalendarDataMissingException.unknownDay(day, y.unknownRunOf(day));
    }
    return y.isWorkingDay(day);
  }

  /**
   * The last day of a period of {@code n} working days that starts with the event on {@code event}:
   * the n-th working day after it. Zero days give the event's own day.
   *
   * @throws IllegalArgumentException when {@code n} is negative
   * @throws CalendarDataMissingException when a day on the way is not in the calendar
   */
  public LocalDate addWorkingDays(LocalDate event, int n) {
    Objects.requireNonNull(event, "event");
    if (n < 0) {
      throw new IllegalArgumentException("a number of working days is not negative: " + n);
    }
    LocalDate day = event;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The working days after {@code from} up to and including {@code to}: how many working days of a
   * period starting with an event on {@code from} have passed by the end of {@code to}; 0 when
   * {@code to} is not after {@code from}.
   *
   * @throws CalendarDataMissingException when a day between is not in the calendar
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    int counted = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return counted;
  }
}
