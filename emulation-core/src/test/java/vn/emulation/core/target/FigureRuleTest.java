package vn.emulation.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.TestPlans;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;

class FigureRuleTest {

  private static final Indicator SHARE = TestPlans.percent("G2", Pillar.DIGITAL_SOCIETY);
  private static final Indicator PERCENT_AMOUNT =
      new Indicator(
          "E1",
          Pillar.DIGITAL_ECONOMY,
          LocalizedText.of("Tỷ trọng", "Share"),
          UnitOfMeasure.PERCENT,
          Aggregation.REPORTED_AT_TOP,
          Accumulation.STOCK);

  private static List<Problem> problems(Indicator i, Long n, Long d, String v) {
    return FigureRule.problems(i, n, d, v == null ? null : new BigDecimal(v));
  }

  @Test
  void aRatioWithinItsDenominatorIsAQuantity() {
    assertThat(problems(SHARE, 3L, 4L, null)).isEmpty();
    assertThat(FigureRule.quantity(SHARE, 3L, 4L, null)).contains(new Quantity.Ratio(3, 4));
    assertThat(FigureRule.quantity(SHARE, 0L, 0L, null)).contains(new Quantity.Ratio(0, 0));
    assertThat(FigureRule.quantity(PERCENT_AMOUNT, null, null, new BigDecimal("100")))
        .contains(new Quantity.Amount(new BigDecimal("100")));
  }

  @Test
  void aFigureIsARatioOrAnAmountNeverBothNorNeither() {
    assertThat(problems(PERCENT_AMOUNT, 1L, 2L, "50"))
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple(
                "value",
                "Both numerator/denominator and value are given: give either numerator and"
                    + " denominator, or a value"));
    assertThat(problems(PERCENT_AMOUNT, null, null, null))
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(tuple("value", "No figure: give numerator and denominator, or a value"));
    assertThat(FigureRule.quantity(PERCENT_AMOUNT, 1L, 2L, BigDecimal.ONE)).isEmpty();
  }

  @Test
  void aRatioOfSumsIsReportedAsCountsAnAmountAsAValue() {
    assertThat(FigureRule.countsRequired(SHARE)).isTrue();
    assertThat(FigureRule.countsRequired(PERCENT_AMOUNT)).isFalse();
  }

  @Test
  void everyProblemOfTheCountsAtOnce() {
    assertThat(problems(SHARE, -1L, null, null))
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple("numerator", "The numerator cannot be negative, was -1"),
            tuple("denominator", "The denominator is required"));
  }

  @Test
  void theNumeratorStaysWithinTheDenominator() {
    assertThat(problems(SHARE, 5L, 4L, null))
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(tuple("numerator", "The numerator 5 exceeds the denominator 4"));
    assertThat(problems(SHARE, 5L, 0L, null))
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(tuple("denominator", "The denominator is 0 while the numerator is 5"));
  }

  @Test
  void everyProblemOfAnAmountAtOnce() {
    assertThat(problems(SHARE, null, null, "-0.5"))
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple(
                "value",
                "Indicator G2 is summed up as numerator and denominator: give those instead of"
                    + " the value -0.5"),
            tuple("value", "The value cannot be negative, was -0.5"));
    assertThat(problems(PERCENT_AMOUNT, null, null, "100.5"))
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple("value", "The value 100.5 exceeds 100: indicator E1 is a percentage"));
  }

  @Test
  void anUnknownIndicatorIsCheckedOnlyForWhatHoldsForEvery() {
    assertThat(problems(null, null, null, "250")).isEmpty();
    assertThat(problems(null, null, null, "-1")).hasSize(1);
  }

  @Test
  void everyProblemIsInVietnameseAndEnglish() {
    assertThat(problems(SHARE, 5L, 0L, "1"))
        .allSatisfy(p -> assertThat(p.reason().vi()).isNotEqualTo(p.reason().en()));
    assertThat(problems(SHARE, null, null, "-5"))
        .extracting(p -> p.reason().vi())
        .allSatisfy(vi -> assertThat(vi).containsAnyOf("Chỉ tiêu", "Giá trị"));
  }
}
