package vn.emulation.core.target;

/** What an indicator's value counts. Percentages are bounded to 0–100. */
public enum UnitOfMeasure {
  /** A share in percent, from a numerator and a denominator where they are countable. */
  PERCENT,
  /** A plain count (procedures, initiatives, people). */
  COUNT,
  /** An amount of money in Vietnamese đồng. */
  VND
}
