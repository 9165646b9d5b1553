package vn.emulation.core.target;

import java.util.List;

/**
 * How many of the units expected to report did report, and which did not: a city figure from 7 of
 * 11 wards is not yet a fact. Immutable and thread-safe.
 *
 * @param reported units whose data went into the figure
 * @param expected units that should have reported
 * @param missing the codes of the units that have not reported, as far as they are known (at most
 *     {@code expected - reported} of them), in the order met
 */
public record Coverage(int reported, int expected, List<String> missing) {

  public Coverage {
    if (reported < 0 || expected < 0 || reported > expected) {
      throw new IllegalArgumentException(
          "coverage " + reported + "/" + expected + " is impossible");
    }
    missing = List.copyOf(missing);
    if (missing.size() > expected - reported) {
      throw new IllegalArgumentException(
          missing.size() + " missing units named for coverage " + reported + "/" + expected);
    }
  }

  /** A coverage whose missing units are not named. */
  public Coverage(int reported, int expected) {
    this(reported, expected, List.of());
  }

  /** Every expected unit reported (nothing expected counts as complete). */
  public boolean isComplete() {
    return reported == expected;
  }

  /** This coverage and {@code other} together. */
  public Coverage plus(Coverage other) {
    List<String> both = new java.util.ArrayList<>(missing);
    both.addAll(other.missing);
    return new Coverage(reported + other.reported, expected + other.expected, both);
  }

  @Override
  public String toString() {
    return reported + "/" + expected;
  }
}
