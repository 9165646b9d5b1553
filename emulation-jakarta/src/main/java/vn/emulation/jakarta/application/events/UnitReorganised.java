package vn.emulation.jakarta.application.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Units changed on a day. Immutable.
 *
 * @param change what happened
 * @param day the day it took effect
 * @param before the units it started from (empty for an opening)
 * @param after the units it left or made (the same unit for a close or a move)
 */
public record UnitReorganised(
    Change change, LocalDate day, List<String> before, List<String> after) {

  /** The kinds of change of the unit directory. */
  public enum Change {
    OPEN,
    CLOSE,
    MOVE,
    MERGE,
    SPLIT
  }

  public UnitReorganised {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(day, "day");
    before = List.copyOf(before);
    after = List.copyOf(after);
  }
}
