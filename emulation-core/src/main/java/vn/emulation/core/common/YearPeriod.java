package vn.emulation.core.common;

/**
 * A run of whole calendar years, both ends included, such as the plan period 2022–2025. Immutable
 * and thread-safe.
 *
 * @param first the first year
 * @param last the last year, not before {@code first}
 */
public record YearPeriod(int first, int last) {

  public YearPeriod {
    if (last < first) {
      throw new IllegalArgumentException(
          "a period cannot end before it starts: " + first + "–" + last);
    }
  }

  public static YearPeriod of(int first, int last) {
    return new YearPeriod(first, last);
  }

  public boolean contains(int year) {
    return year >= first && year <= last;
  }

  @Override
  public String toString() {
    return first + "–" + last;
  }
}
