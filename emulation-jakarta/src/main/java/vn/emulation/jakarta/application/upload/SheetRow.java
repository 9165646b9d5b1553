package vn.emulation.jakarta.application.upload;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One data row of a measurement file as its format reads it ({@code format.upload}): where it
 * stands, the text of each column's cell, and the numbers the year and figure cells hold in the
 * file's notation (a decimal comma where the file uses one). What the row means — an indicator of
 * the plan, a unit that existed that year, a figure the core's {@code FigureRule} accepts — is for
 * {@link RowChecker} to judge, not for the format. Immutable and thread-safe.
 *
 * @param number the row as a spreadsheet numbers it: the header is row 1
 * @param indicator the indicator cell, stripped; {@code ""} when empty
 * @param unit the unit cell, stripped; {@code ""} when empty
 * @param year the year cell, read without a decimal comma
 * @param breakdown the breakdown cell, stripped; {@code ""} when empty (the overall figure)
 * @param numerator the numerator cell
 * @param denominator the denominator cell
 * @param value the value cell
 * @param stray the first cell filled in that stands under no column, if any
 */
public record SheetRow(
    int number,
    String indicator,
    String unit,
    NumberCell year,
    String breakdown,
    NumberCell numerator,
    NumberCell denominator,
    NumberCell value,
    Optional<StrayCell> stray) {

  public SheetRow {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(breakdown, "breakdown");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(stray, "stray");
  }

  /**
   * A cell meant to hold a number.
   *
   * @param text the cell's text, stripped; {@code ""} when empty
   * @param number the number the text holds, empty when it holds none
   * @param percent the number the text holds before a trailing {@code %}, empty when it has none or
   *     holds no number before it
   */
  public record NumberCell(String text, Optional<BigDecimal> number, Optional<BigDecimal> percent) {

    public NumberCell {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(percent, "percent");
    }

    public boolean isEmpty() {
      return text.isEmpty();
    }
  }

  /**
   * A cell filled in under no column: past the header, or under a blank header cell.
   *
   * @param column its position, from 0
   * @param text its text, stripped
   */
  public record StrayCell(int column, String text) {}
}
