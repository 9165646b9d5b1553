package vn.emulation.jakarta.application.upload;

import java.math.BigDecimal;
import java.util.Objects;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.Quantity;

/**
 * One data row of an upload file, checked: where it stands in the file and the measurement it
 * reports. The figure is either a ratio of counts (numerator and denominator) or a plain value, as
 * the core's {@link Quantity} has it. Immutable and thread-safe.
 *
 * @param rowNumber the row as a spreadsheet numbers it: the header is row 1
 * @param indicatorCode the indicator, as the plan codes it
 * @param unitCode the reporting unit
 * @param year the year the figure describes
 * @param breakdown the breakdown (a sector for E2), empty for the overall figure
 * @param quantity the figure: a {@link Quantity.Ratio} or a {@link Quantity.Amount}
 */
public record MeasurementRow(
    int rowNumber,
    String indicatorCode,
    String unitCode,
    int year,
    String breakdown,
    Quantity quantity) {

  public MeasurementRow {
    if (rowNumber < 1) {
      throw new IllegalArgumentException("rows are numbered from 1, was: " + rowNumber);
    }
    requireCode(indicatorCode, "indicatorCode");
    requireCode(unitCode, "unitCode");
    breakdown = breakdown == null ? "" : breakdown;
    Objects.requireNonNull(quantity, "quantity");
  }

  private static void requireCode(String code, String what) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank, was: " + code);
    }
  }

  /** A row reporting {@code numerator} out of {@code denominator}. */
  public static MeasurementRow ratio(
      int rowNumber,
      String indicatorCode,
      String unitCode,
      int year,
      String breakdown,
      long numerator,
      long denominator) {
    return new MeasurementRow(
        rowNumber,
        indicatorCode,
        unitCode,
        year,
        breakdown,
        new Quantity.Ratio(numerator, denominator));
  }

  /** A row reporting a plain value. */
  public static MeasurementRow amount(
      int rowNumber,
      String indicatorCode,
      String unitCode,
      int year,
      String breakdown,
      BigDecimal value) {
    return new MeasurementRow(
        rowNumber, indicatorCode, unitCode, year, breakdown, new Quantity.Amount(value));
  }

  /** The measurement this row reports. */
  public Measurement toMeasurement() {
    return new Measurement(indicatorCode, unitCode, year, breakdown, quantity);
  }
}
