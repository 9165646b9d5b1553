package vn.emulation.core.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A reorganisation a unit took part in, as the hierarchy records it: on {@code day}, with {@code
 * units} on the other side (the units it was formed from, or those that took it over). Immutable.
 *
 * @param kind what happened, from the unit's side
 * @param day the day it took effect: the new unit's first day, the closed unit's first day gone
 * @param units the units on the other side, by code, sorted; empty for a dissolution
 */
public record Reorganisation(Kind kind, LocalDate day, List<String> units) {

  /** What a reorganisation was, seen from one unit. */
  public enum Kind {
    /** It opened on the day two or more units closed into it alone: a merger formed it. */
    FORMED_BY_MERGER(Side.PREDECESSORS),
    /** It opened on the day one unit closed into it and at least one other: a split formed it. */
    SPLIT_FROM(Side.PREDECESSORS),
    /** Units closed into it otherwise (an existing unit took them over). */
    TOOK_OVER(Side.PREDECESSORS),
    /** It closed into one unit that opened that day from it and at least one other. */
    MERGED_INTO(Side.SUCCESSORS),
    /** It closed into two or more units. */
    SPLIT_INTO(Side.SUCCESSORS),
    /** It closed into one unit otherwise (a unit that existed before, or formed from it alone). */
    TAKEN_OVER_BY(Side.SUCCESSORS),
    /** It closed with no unit taking it over. */
    DISSOLVED(Side.SUCCESSORS);

    private final Side side;

    Kind(Side side) {
      this.side = side;
    }

    /** Whether {@link Reorganisation#units()} are the units it came from or those after it. */
    public Side side() {
      return side;
    }
  }

  /** Which side of a reorganisation the other units stand on. */
  public enum Side {
    PREDECESSORS,
    SUCCESSORS
  }

  public Reorganisation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(day, "day");
    units = units.stream().sorted().toList();
  }
}
