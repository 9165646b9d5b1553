package vn.emulation.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.target.Quantity.Amount;
import vn.emulation.core.target.Quantity.Ratio;

class QuantityTest {

  @ParameterizedTest
  @CsvSource({"-1, 10, -1/10", "3, -5, 3/-5", "-2, -1, -2/-1"})
  void rejectsNegativeCounts(long numerator, long denominator, String shown) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Ratio(numerator, denominator))
        .withMessageContaining("negative")
        .withMessageContaining(shown);
  }

  @Test
  void rejectsNumeratorAboveDenominator() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Ratio(191, 190))
        .withMessage("numerator 191 exceeds denominator 190");
  }

  @Test
  void acceptsEmptyAndFullRatios() {
    assertThat(new Ratio(0, 0).numerator()).isZero();
    assertThat(new Ratio(190, 190).value(UnitOfMeasure.PERCENT, 2)).isEqualByComparingTo("100");
  }

  @Test
  void rejectsNegativeAmountShowingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Amount(new BigDecimal("-0.5")))
        .withMessageContaining("-0.5");
  }

  @Test
  void rejectsMissingAmount() {
    assertThatThrownBy(() -> new Amount(null)).isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest(name = "{0}/{1} in {2} at scale {3} = {4}")
  @CsvSource({
    "152, 190, PERCENT, 2, 80.00",
    "2, 3, PERCENT, 2, 66.67",
    "1, 3, PERCENT, 2, 33.33",
    "1, 800, PERCENT, 2, 0.12", // 0.125: half-even rounds to the even neighbour
    "3, 800, PERCENT, 2, 0.38", // 0.375
    "1, 8, PERCENT, 0, 12", // 12.5
    "3, 8, PERCENT, 0, 38", // 37.5
    "1, 4, COUNT, 2, 0.25", // no ×100 outside percent
    "0, 0, PERCENT, 2, 0.00"
  })
  void ratioValueRoundsHalfEvenForDisplay(
      long numerator, long denominator, UnitOfMeasure unit, int scale, String expected) {
    BigDecimal value = new Ratio(numerator, denominator).value(unit, scale);
    assertThat(value).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @CsvSource({"21.125, 21.12", "21.135, 21.14", "7, 7.00"})
  void amountValueRoundsHalfEvenForDisplay(String amount, String expected) {
    assertThat(new Amount(new BigDecimal(amount)).value(UnitOfMeasure.PERCENT, 2))
        .isEqualTo(new BigDecimal(expected));
  }

  @Test
  void ratiosAddNumeratorsAndDenominators() {
    assertThat(new Ratio(100, 1000).plus(new Ratio(9, 10))).isEqualTo(new Ratio(109, 1010));
  }

  @Test
  void amountsAddUp() {
    assertThat(new Amount(new BigDecimal("1.5")).plus(new Amount(new BigDecimal("2.25"))))
        .isEqualTo(new Amount(new BigDecimal("3.75")));
  }

  @Test
  void refusesToAddAnAmountToARatio() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Ratio(1, 2).plus(new Amount(BigDecimal.ONE)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Amount(BigDecimal.ONE).plus(new Ratio(1, 2)));
  }

  @Test
  void refusesToOverflowWhenSumming() {
    Ratio huge = new Ratio(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThatThrownBy(() -> huge.plus(new Ratio(1, 1))).isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest(name = "{0}/{1} {2} {3} → {4}")
  @CsvSource({
    "9, 10, GREATER_THAN, 90, false",
    "181, 200, GREATER_THAN, 90, true",
    "2, 3, AT_LEAST, 66.67, false",
    "2, 3, AT_LEAST, 66.66, true",
    "0, 0, AT_LEAST, 0, false" // nothing to count is not a share of 0%
  })
  void ratioMeetsATargetExactly(
      long numerator,
      long denominator,
      Comparator comparator,
      BigDecimal threshold,
      boolean expected) {
    Target target = new Target("G10", 2023, comparator, threshold, TargetScope.EVERYWHERE);
    assertThat(new Ratio(numerator, denominator).meets(target, UnitOfMeasure.PERCENT))
        .isEqualTo(expected);
  }

  @Test
  void amountMeetsATargetOnItsValue() {
    Target target =
        new Target("E1", 2023, Comparator.AT_LEAST, new BigDecimal("20"), TargetScope.EVERYWHERE);
    assertThat(new Amount(new BigDecimal("20.0")).meets(target, UnitOfMeasure.PERCENT)).isTrue();
    assertThat(new Amount(new BigDecimal("19.99")).meets(target, UnitOfMeasure.PERCENT)).isFalse();
  }

  @Test
  void equalRatiosAreTheSameCountsNotTheSameShare() {
    assertThat(new Ratio(1, 2)).isEqualTo(new Ratio(1, 2)).hasSameHashCodeAs(new Ratio(1, 2));
    assertThat(new Ratio(1, 2)).isNotEqualTo(new Ratio(2, 4));
  }
}
