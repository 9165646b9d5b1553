package vn.emulation.core.target;

/**
 * How many of the units expected to report did report: a city figure from 7 of 11 wards is a
 * figure to read with care. Immutable and thread-safe.
 *
 * @param reported units whose data went into the figure
 * @param expected units that should have reported
 */
public record Coverage(int reported, int expected) {

  public Coverage {
    if (reported < 0 || expected < 0 || reported > expected) {
      throw new IllegalArgumentException("coverage " + reported + "/" + expected + " is impossible");
    }
  }

  public boolean isComplete() {
    return reported == expected;
  }

  @Override
  public String toString() {
    return reported + "/" + expected;
  }
}
