package vn.emulation.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A weekday on which state bodies do not work: a holiday of the Labour Code (art. 112), a day of
 * the Tết block, a compensating day (nghỉ bù) or a day off swapped with a Saturday (hoán đổi).
 * Immutable and thread-safe.
 *
 * @param date the day
 * @param name what it is, as the notice names it
 * @param source the text or notice that makes it a day off
 */
public record DayOff(LocalDate date, String name, String source) {

  public DayOff {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
  }
}
