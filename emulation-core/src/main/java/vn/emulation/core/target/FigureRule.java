package vn.emulation.core.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;

/**
 * The rules a reported figure obeys, wherever it comes from (one report or a row of an upload): it
 * is either a ratio of two counts or an amount, never both and never neither; counts are given in
 * pairs, are not negative, and the numerator is within the denominator (a denominator of 0 holds no
 * numerator above 0); an amount is not negative, keeps the precision a {@link Quantity.Amount} can
 * hold and, for a percentage, is not above 100; an indicator summed up as a ratio of sums takes the
 * two counts only, since a bare share cannot be summed up the hierarchy. Problems are at the paths
 * {@value #NUMERATOR}, {@value #DENOMINATOR} and {@value #VALUE}, in Vietnamese and English.
 * Stateless.
 */
public final class FigureRule {

  public static final String NUMERATOR = "numerator";
  public static final String DENOMINATOR = "denominator";
  public static final String VALUE = "value";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private FigureRule() {}

  /**
   * Every problem of a figure, empty when it is acceptable.
   *
   * @param indicator the indicator reported, or {@code null} when it is unknown (then only what
   *     holds for every indicator is checked)
   * @param numerator the numerator, {@code null} when not given
   * @param denominator the denominator, {@code null} when not given
   * @param value the amount, {@code null} when not given
   */
  public static List<Problem> problems(
      Indicator indicator, Long numerator, Long denominator, BigDecimal value) {
    ProblemCollector problems = new ProblemCollector();
    boolean ratio = numerator != null || denominator != null;
    if (ratio && value != null) {
      problems.add(VALUE, Messages.text("target.bothNumeratorDenominatorValue"));
    } else if (!ratio && value == null) {
      problems.add(VALUE, Messages.text("target.noFigureGiveNumerator"));
    } else if (ratio) {
      ratioProblems(numerator, denominator, problems);
    } else {
      amountProblems(indicator, value, problems);
    }
    return problems.problems();
  }

  /** The quantity a figure makes, empty when it has any of the {@link #problems}. */
  public static Optional<Quantity> quantity(
      Indicator indicator, Long numerator, Long denominator, BigDecimal value) {
    if (!problems(indicator, numerator, denominator, value).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        value == null ? new Quantity.Ratio(numerator, denominator) : new Quantity.Amount(value));
  }

  private static void ratioProblems(Long n, Long d, ProblemCollector problems) {
    boolean counts =
        count(NUMERATOR, "target.numerator", n, problems)
            & count(DENOMINATOR, "target.denominator", d, problems);
    if (!counts) {
      return;
    }
    if (d == 0 && n > 0) {
      problems.add(DENOMINATOR, Messages.text("target.denominator.zeroWithNumerator", n));
    } else if (n > d) {
      problems.add(NUMERATOR, Messages.text("target.numeratorExceedsDenominator", n, d));
    }
  }

  // the count's name is looked up only for a problem: an upload checks a million rows that have
  // none
  private static boolean count(String path, String nameKey, Long count, ProblemCollector problems) {
    if (count == null) {
      problems.add(path, Messages.text("target.count.required", name(nameKey), path));
      return false;
    }
    if (count < 0) {
      problems.add(path, Messages.text("target.count.negative", name(nameKey), count, path));
      return false;
    }
    return true;
  }

  private static String name(String nameKey) {
    return Messages.text(nameKey).vi();
  }

  /**
   * Whether a figure of {@code indicator} must be reported as counts (numerator and denominator): a
   * ratio of sums is summed from its parts, so a value alone cannot enter it.
   */
  public static boolean countsRequired(Indicator indicator) {
    return indicator.aggregation() == Aggregation.RATIO_OF_SUMS;
  }

  private static void amountProblems(
      Indicator indicator, BigDecimal value, ProblemCollector problems) {
    if (indicator != null && countsRequired(indicator)) {
      problems.add(
          VALUE,
          Messages.text(
              "target.indicatorSummedUpNumerator", indicator.code(), value.toPlainString()));
    }
    if (value.signum() < 0) {
      problems.add(VALUE, Messages.text("target.valueCannotNegative", value.toPlainString()));
    }
    Quantity.Amount.precisionProblem(value).ifPresent(p -> problems.add(VALUE, p.vi(), p.en()));
    if (indicator != null
        && indicator.unit() == UnitOfMeasure.PERCENT
        && value.compareTo(HUNDRED) > 0) {
      problems.add(
          VALUE,
          Messages.text("target.value.percentAbove100", value.toPlainString(), indicator.code()));
    }
  }
}
