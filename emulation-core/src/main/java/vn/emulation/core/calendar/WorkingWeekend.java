package vn.emulation.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A Saturday or Sunday that is a working day, because a weekday off was swapped with it (the
 * Saturday 22/08/2026 that makes up for Monday 31/08/2026). Immutable and thread-safe.
 *
 * @param date the day
 * @param source the notice that makes it a working day
 */
public record WorkingWeekend(LocalDate date, String source) {

  public WorkingWeekend {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
  }
}
