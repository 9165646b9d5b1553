package vn.emulation.core.target;

import java.util.Objects;

/**
 * A value reported for an indicator, by a unit, for a year (báo cáo kết quả). It stays attributed
 * to the unit that reported it, even after that unit merges into another. Immutable and
 * thread-safe.
 *
 * @param indicatorCode the indicator
 * @param unitCode the reporting unit
 * @param year the year the value describes
 * @param breakdown the breakdown it belongs to (a sector code for E2), empty for the overall figure
 * @param quantity the value
 */
public record Measurement(
    String indicatorCode, String unitCode, int year, String breakdown, Quantity quantity) {

  public Measurement {
    Objects.requireNonNull(indicatorCode, "indicatorCode");
    Objects.requireNonNull(unitCode, "unitCode");
    breakdown = breakdown == null ? "" : breakdown;
    Objects.requireNonNull(quantity, "quantity");
  }

  /** An overall ratio of counts. */
  public static Measurement ratio(
      String indicatorCode, String unitCode, int year, long numerator, long denominator) {
    return new Measurement(
        indicatorCode, unitCode, year, "", new Quantity.Ratio(numerator, denominator));
  }

  /** An overall plain value. */
  public static Measurement amount(
      String indicatorCode, String unitCode, int year, java.math.BigDecimal amount) {
    return new Measurement(indicatorCode, unitCode, year, "", new Quantity.Amount(amount));
  }
}
