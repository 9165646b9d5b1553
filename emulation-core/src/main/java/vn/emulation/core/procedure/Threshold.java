package vn.emulation.core.procedure;

/**
 * A share of the council's members, counted exactly: "at least 2/3" or "more than 1/2". Immutable.
 *
 * @param numerator the share's numerator, at least 1
 * @param denominator the share's denominator, at least the numerator
 * @param strict whether the count must exceed the share (more than) rather than reach it (at least)
 */
public record Threshold(int numerator, int denominator, boolean strict) {

  public Threshold {
    if (numerator < 1 || denominator < numerator) {
      throw new IllegalArgumentException(
          "a share of the members is between 0 and 1: " + numerator + "/" + denominator);
    }
  }

  /** At least {@code numerator}/{@code denominator}. */
  public static Threshold atLeast(int numerator, int denominator) {
    return new Threshold(numerator, denominator, false);
  }

  /** More than {@code numerator}/{@code denominator}. */
  public static Threshold moreThan(int numerator, int denominator) {
    return new Threshold(numerator, denominator, true);
  }

  /** Whether {@code count} of {@code total} reaches the share, in whole numbers. */
  public boolean isMetBy(int count, int total) {
    long have = (long) count * denominator;
    long need = (long) numerator * total;
    return strict ? have > need : have >= need;
  }

  /** The share as the minutes write it: "≥ 2/3", "> 1/2". */
  @Override
  public String toString() {
    return (strict ? "> " : "≥ ") + numerator + "/" + denominator;
  }
}
