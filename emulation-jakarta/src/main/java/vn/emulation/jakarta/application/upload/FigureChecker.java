package vn.emulation.jakarta.application.upload;

import java.math.BigDecimal;
import java.util.Optional;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.target.Aggregation;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Quantity;
import vn.emulation.core.target.UnitOfMeasure;

/**
 * Checks the figure of a row: a ratio (numerator and denominator, value empty) or an amount (value,
 * numerator and denominator empty), whole non-negative counts, the numerator within the
 * denominator, a value not negative and, for a percentage, not above 100; an indicator summed up as
 * a ratio of sums takes a ratio only.
 */
final class FigureChecker {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private final boolean decimalComma;

  FigureChecker(boolean decimalComma) {
    this.decimalComma = decimalComma;
  }

  /**
   * The quantity the figure cells hold, or empty with the problems recorded.
   *
   * @param indicator the row's indicator, or {@code null} when it is unknown (no percent check)
   */
  Optional<Quantity> check(
      int row,
      String numerator,
      String denominator,
      String value,
      Indicator indicator,
      ProblemCollector problems) {
    boolean ratioGiven = !numerator.isEmpty() || !denominator.isEmpty();
    boolean valueGiven = !value.isEmpty();
    if (ratioGiven && valueGiven) {
      problems.add(
          Paths.of(row, Column.VALUE),
          "Dòng có cả tử số/mẫu số và giá trị "
              + Cells.shown(value)
              + ": chỉ nhập tử số và mẫu số, hoặc chỉ nhập giá trị",
          "The row gives both numerator/denominator and value "
              + Cells.shown(value)
              + ": give either numerator and denominator, or a value");
      return Optional.empty();
    }
    if (!ratioGiven && !valueGiven) {
      problems.add(
          Paths.of(row, Column.VALUE),
          "Dòng không có số liệu: nhập tử số và mẫu số, hoặc giá trị",
          "The row has no figure: give numerator and denominator, or a value");
      return Optional.empty();
    }
    if (!ratioGiven && indicator != null && indicator.aggregation() == Aggregation.RATIO_OF_SUMS) {
      // A city's share is the sum of its units' numerators over the sum of their denominators:
      // a bare percentage cannot be summed up, so these indicators take the two counts.
      problems.add(
          Paths.of(row, Column.VALUE),
          "Chỉ tiêu "
              + indicator.code()
              + " được tổng hợp theo tử số và mẫu số: nhập tử số và"
              + " mẫu số thay cho giá trị "
              + Cells.shown(value),
          "Indicator "
              + indicator.code()
              + " is summed up as numerator and denominator: give"
              + " those instead of the value "
              + Cells.shown(value));
      return Optional.empty();
    }
    return ratioGiven
        ? ratio(row, numerator, denominator, problems)
        : amount(row, value, indicator, problems);
  }

  private Optional<Quantity> ratio(
      int row, String numeratorText, String denominatorText, ProblemCollector problems) {
    Optional<Long> numerator = count(row, Column.NUMERATOR, numeratorText, problems);
    Optional<Long> denominator = count(row, Column.DENOMINATOR, denominatorText, problems);
    if (numerator.isEmpty() || denominator.isEmpty()) {
      return Optional.empty();
    }
    long n = numerator.get();
    long d = denominator.get();
    if (d == 0 && n > 0) {
      problems.add(
          Paths.of(row, Column.DENOMINATOR),
          "Mẫu số bằng 0 trong khi tử số là " + n,
          "The denominator is 0 while the numerator is " + n);
      return Optional.empty();
    }
    if (n > d) {
      problems.add(
          Paths.of(row, Column.NUMERATOR),
          "Tử số " + n + " lớn hơn mẫu số " + d,
          "The numerator " + n + " exceeds the denominator " + d);
      return Optional.empty();
    }
    return Optional.of(new Quantity.Ratio(n, d));
  }

  private Optional<Long> count(int row, Column column, String text, ProblemCollector problems) {
    String path = Paths.of(row, column);
    if (text.isEmpty()) {
      Paths.blank(problems, row, column);
      return Optional.empty();
    }
    Optional<BigDecimal> number = Cells.decimal(text, decimalComma);
    if (number.isEmpty() || number.get().stripTrailingZeros().scale() > 0) {
      problems.add(
          path,
          "Ô "
              + column.header()
              + " ("
              + column.vi()
              + ") "
              + Cells.shown(text)
              + " phải là số nguyên",
          "The " + column.header() + " " + Cells.shown(text) + " must be a whole number");
      return Optional.empty();
    }
    if (number.get().signum() < 0) {
      problems.add(
          path,
          "Ô " + column.header() + " (" + column.vi() + ") " + Cells.shown(text) + " không được âm",
          "The " + column.header() + " " + Cells.shown(text) + " cannot be negative");
      return Optional.empty();
    }
    if (number.get().compareTo(LONG_MAX) > 0) {
      problems.add(
          path,
          "Ô " + column.header() + " (" + column.vi() + ") " + Cells.shown(text) + " quá lớn",
          "The " + column.header() + " " + Cells.shown(text) + " is too large");
      return Optional.empty();
    }
    return Optional.of(number.get().longValueExact());
  }

  private Optional<Quantity> amount(
      int row, String text, Indicator indicator, ProblemCollector problems) {
    String path = Paths.of(row, Column.VALUE);
    boolean percent = indicator != null && indicator.unit() == UnitOfMeasure.PERCENT;
    String digits =
        percent && text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
    Optional<BigDecimal> number = Cells.decimal(digits, decimalComma);
    if (number.isEmpty()) {
      problems.add(
          path,
          "Giá trị " + Cells.shown(text) + " không phải là số",
          "The value " + Cells.shown(text) + " is not a number");
      return Optional.empty();
    }
    BigDecimal value = number.get();
    if (value.signum() < 0) {
      problems.add(
          path,
          "Giá trị " + Cells.shown(text) + " không được âm",
          "The value " + Cells.shown(text) + " cannot be negative");
      return Optional.empty();
    }
    var imprecise = Quantity.Amount.precisionProblem(value);
    if (imprecise.isPresent()) {
      problems.add(path, imprecise.get().vi(), imprecise.get().en());
      return Optional.empty();
    }
    if (percent && value.compareTo(HUNDRED) > 0) {
      problems.add(
          path,
          "Giá trị "
              + Cells.shown(text)
              + " vượt quá 100: chỉ tiêu "
              + indicator.code()
              + " tính theo phần trăm",
          "The value "
              + Cells.shown(text)
              + " exceeds 100: indicator "
              + indicator.code()
              + " is a percentage");
      return Optional.empty();
    }
    return Optional.of(new Quantity.Amount(value));
  }
}
