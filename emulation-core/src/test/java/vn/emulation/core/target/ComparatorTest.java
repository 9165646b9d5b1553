package vn.emulation.core.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plan's wording held against values: "tối thiểu" ≥, "trên" >, "100%" =, exactly. */
class ComparatorTest {

  @ParameterizedTest(name = "{1} {0} {2} → {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          AT_LEAST     | 90     | 90   | true
          AT_LEAST     | 89.99  | 90   | false
          AT_LEAST     | 90.01  | 90   | true
          AT_LEAST     | 90.000 | 90   | true
          GREATER_THAN | 90     | 90   | false
          GREATER_THAN | 90.0   | 90   | false
          GREATER_THAN | 90.01  | 90   | true
          GREATER_THAN | 89.99  | 90   | false
          EQUAL        | 100    | 100  | true
          EQUAL        | 100.00 | 100  | true
          EQUAL        | 99.99  | 100  | false
          EQUAL        | 100.01 | 100  | false
          AT_LEAST     | 0      | 0    | true
          GREATER_THAN | 0      | 0    | false
          """)
  void comparesDecimalValuesExactlyWhateverTheirScale(
      Comparator comparator, BigDecimal value, BigDecimal threshold, boolean expected) {
    assertThat(comparator.test(value, threshold)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1}/{2} {0} {3}% → {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          GREATER_THAN | 9   | 10  | 90        | false
          GREATER_THAN | 181 | 200 | 90        | true
          GREATER_THAN | 91  | 100 | 90        | true
          AT_LEAST     | 9   | 10  | 90        | true
          AT_LEAST     | 179 | 200 | 90        | false
          AT_LEAST     | 2   | 3   | 66.67     | false
          AT_LEAST     | 2   | 3   | 66.66     | true
          AT_LEAST     | 2   | 3   | 66.666667 | false
          AT_LEAST     | 2   | 3   | 66.666666 | true
          AT_LEAST     | 1   | 3   | 33.33     | true
          EQUAL        | 1   | 3   | 33.33     | false
          EQUAL        | 200 | 200 | 100       | true
          EQUAL        | 199 | 200 | 100       | false
          EQUAL        | 7   | 20  | 35        | true
          AT_LEAST     | 0   | 10  | 0         | true
          GREATER_THAN | 0   | 10  | 0         | false
          """)
  void comparesPercentRatiosWithoutDividing(
      Comparator comparator,
      long numerator,
      long denominator,
      BigDecimal threshold,
      boolean expected) {
    assertThat(comparator.testRatio(numerator, denominator, 100, threshold)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1}/{2} {0} {3} → {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          AT_LEAST     | 1 | 10 | 0.1 | true
          GREATER_THAN | 1 | 10 | 0.1 | false
          EQUAL        | 3 | 10 | 0.3 | true
          """)
  void comparesPlainRatiosWithScaleOne(
      Comparator comparator,
      long numerator,
      long denominator,
      BigDecimal threshold,
      boolean expected) {
    // 0.1 + 0.2 != 0.3 in binary floating point; here 3/10 is exactly 0.3.
    assertThat(comparator.testRatio(numerator, denominator, 1, threshold)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "AT_LEAST, ≥, tối thiểu, at least",
    "GREATER_THAN, >, trên, more than",
    "EQUAL, =, bằng, exactly"
  })
  void speaksThePlansWording(Comparator comparator, String symbol, String vi, String en) {
    assertThat(comparator.symbol()).isEqualTo(symbol);
    assertThat(comparator.phrase().vi()).isEqualTo(vi);
    assertThat(comparator.phrase().en()).isEqualTo(en);
  }

  @ParameterizedTest
  @CsvSource({
    "AT_LEAST, 60, ≥ 60",
    "GREATER_THAN, 90.0, > 90",
    "EQUAL, 100.00, = 100",
    "AT_LEAST, 66.50, ≥ 66.5"
  })
  void targetReadsAsSymbolAndPlainThreshold(
      Comparator comparator, BigDecimal threshold, String expected) {
    Target target = new Target("G10", 2023, comparator, threshold, TargetScope.EVERYWHERE);
    assertThat(target.requirement()).isEqualTo(expected);
  }
}
