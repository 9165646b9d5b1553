package vn.emulation.core.target;

/** How the figure of a unit is made from the figures of the units below it. */
public enum Aggregation {
  /**
   * Sum the numerators and the denominators, then divide: a city's share is never the mean of its
   * wards' shares.
   */
  RATIO_OF_SUMS,
  /** Add the values up. */
  SUM,
  /** Nothing aggregates: the figure is reported only for the unit that owns the target. */
  REPORTED_AT_TOP
}
