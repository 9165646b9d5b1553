package vn.emulation.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Days of a year whose status the data does not know: a holiday whose solar date no source gave
 * (the Hùng Kings' day, 10/3 of the lunar calendar), with the run of days it may fall on. A count
 * that reaches into them is refused, never guessed. Immutable and thread-safe.
 *
 * @param from the first day that may be off
 * @param to the last day that may be off
 * @param reason why the days are unknown
 */
public record UnknownDays(LocalDate from, LocalDate to, String reason) {

  public UnknownDays {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reason, "reason");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("unknown days end " + to + " before they start " + from);
    }
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
