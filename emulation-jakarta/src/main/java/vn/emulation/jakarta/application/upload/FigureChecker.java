package vn.emulation.jakarta.application.upload;

import java.math.BigDecimal;
import java.util.Optional;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.target.FigureRule;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Quantity;
import vn.emulation.core.target.UnitOfMeasure;
import vn.emulation.jakarta.application.upload.SheetRow.NumberCell;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Reads the figure cells of a row — whole counts in numerator and denominator, a number in value
 * (with a decimal comma if the file uses one, and a trailing {@code %} for a percentage) — and
 * hands the figure to the core's {@link FigureRule}, which the single report obeys too. A cell that
 * is no number is a problem of the cell, said with the cell's text; what the figure means is the
 * core's to judge.
 */
final class FigureChecker {

  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

  FigureChecker() {}

  /**
   * The quantity the figure cells hold, or empty with the problems recorded.
   *
   * @param indicator the row's indicator, or {@code null} when it is unknown
   */
  Optional<Quantity> check(
      int row,
      NumberCell numerator,
      NumberCell denominator,
      NumberCell value,
      Indicator indicator,
      ProblemCollector problems) {
    int before = problems.problems().size();
    Long n = numerator.isEmpty() ? null : count(row, Column.NUMERATOR, numerator, problems);
    Long d = denominator.isEmpty() ? null : count(row, Column.DENOMINATOR, denominator, problems);
    BigDecimal v = value.isEmpty() ? null : amount(row, value, indicator, problems);
    if (problems.problems().size() > before) {
      return Optional.empty();
    }
    for (Problem p : FigureRule.problems(indicator, n, d, v)) {
      problems.add(Paths.row(row) + "." + p.path(), p.reason().vi(), p.reason().en());
    }
    return problems.problems().size() > before
        ? Optional.empty()
        : FigureRule.quantity(indicator, n, d, v);
  }

  private Long count(int row, Column column, NumberCell cell, ProblemCollector problems) {
    String text = cell.text();
    Optional<BigDecimal> number = cell.number();
    if (number.isEmpty() || number.get().stripTrailingZeros().scale() > 0) {
      problems.add(
          Paths.of(row, column),
          AdapterMessages.text(
              "upload.wholeNumber", column.header(), column.vi(), UploadProblems.shown(text)));
      return null;
    }
    if (number.get().compareTo(LONG_MAX) > 0 || number.get().compareTo(LONG_MIN) < 0) {
      problems.add(
          Paths.of(row, column),
          AdapterMessages.text(
              "upload.tooLarge", column.header(), column.vi(), UploadProblems.shown(text)));
      return null;
    }
    return number.get().longValueExact();
  }

  private BigDecimal amount(
      int row, NumberCell cell, Indicator indicator, ProblemCollector problems) {
    String text = cell.text();
    // a trailing % is read only for a percentage; anywhere else the cell holds no number
    boolean percent = indicator != null && indicator.unit() == UnitOfMeasure.PERCENT;
    Optional<BigDecimal> number = percent && text.endsWith("%") ? cell.percent() : cell.number();
    if (number.isEmpty()) {
      problems.add(
          Paths.of(row, Column.VALUE),
          AdapterMessages.text("upload.valueNotNumber", UploadProblems.shown(text)));
      return null;
    }
    return number.get();
  }
}
