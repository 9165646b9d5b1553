package vn.emulation.core.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.target.Forecast.Method;
import vn.emulation.core.target.Forecast.Outlook;
import vn.emulation.core.target.Forecast.Point;

class ForecastTest {

  private static Point p(int year, String value) {
    return new Point(year, new BigDecimal(value));
  }

  private static Forecast percent(List<Point> points, Comparator c, String threshold) {
    return Forecast.of(points, 2025, c, new BigDecimal(threshold), UnitOfMeasure.PERCENT);
  }

  @Test
  void theMilestonesOwnFigureIsTheFactNotAForecast() {
    Forecast f =
        percent(List.of(p(2022, "50"), p(2025, "81.57"), p(2026, "99")), Comparator.AT_LEAST, "80");

    assertThat(f.method()).isEqualTo(Method.OBSERVED);
    assertThat(f.projected()).isEqualByComparingTo("81.57");
    assertThat(f.low()).isEqualByComparingTo("81.57");
    assertThat(f.high()).isEqualByComparingTo("81.57");
    assertThat(f.outlook()).isEqualTo(Outlook.ON_TRACK);
    assertThat(f.atRisk()).isFalse();
  }

  @Test
  void threePointsGiveALeastSquaresLineAndItsPredictionInterval() {
    // 60, 70, 77 in 2022–2024: slope 8.5, 2025 projected 86; residuals −0.5, 1, −0.5 → s = 1.2247
    // half width = 12.706 × 1.2247 × √(1 + 1/3 + 4/2) = 28.41
    Forecast f =
        percent(List.of(p(2022, "60"), p(2023, "70"), p(2024, "77")), Comparator.AT_LEAST, "80");

    assertThat(f.method()).isEqualTo(Method.LINEAR_TREND);
    assertThat(f.points()).isEqualTo(3);
    assertThat(f.projected()).isEqualByComparingTo("86.00");
    assertThat(f.low()).isEqualByComparingTo("57.59");
    assertThat(f.high()).isEqualByComparingTo("100.00");
    assertThat(f.outlook())
        .as("the projection meets 80 but three points leave the interval wide")
        .isEqualTo(Outlook.AT_RISK);
    assertThat(f.reason().vi()).contains("3 năm").contains("95 %");
  }

  @Test
  void aTightTrendWellAboveTheThresholdIsOnTrack() {
    Forecast f =
        percent(
            List.of(p(2021, "90"), p(2022, "92"), p(2023, "94.1"), p(2024, "95.9")),
            Comparator.AT_LEAST,
            "80");

    assertThat(f.outlook()).isEqualTo(Outlook.ON_TRACK);
    assertThat(f.low()).isGreaterThan(new BigDecimal("80"));
  }

  @Test
  void aProjectionShortOfTheThresholdIsOffTrack() {
    Forecast f =
        percent(
            List.of(p(2022, "40"), p(2023, "42"), p(2024, "43")), Comparator.GREATER_THAN, "90");

    assertThat(f.outlook()).isEqualTo(Outlook.OFF_TRACK);
    assertThat(f.atRisk()).isTrue();
    assertThat(f.reason().en()).contains("misses");
  }

  @Test
  void twoPointsFixADirectionButNoErrorSoTheIntervalIsEveryPossibleValue() {
    Forecast f = percent(List.of(p(2022, "70"), p(2023, "80")), Comparator.AT_LEAST, "80");

    assertThat(f.method()).isEqualTo(Method.TWO_POINT_LINE);
    assertThat(f.projected()).as("70 → 80 → 90 → 100").isEqualByComparingTo("100.00");
    assertThat(f.low()).isEqualByComparingTo("0.00");
    assertThat(f.high()).isEqualByComparingTo("100.00");
    assertThat(f.outlook()).isEqualTo(Outlook.AT_RISK);
  }

  @Test
  void onePointIsNoTrendAndNoFigureIsNoForecast() {
    Forecast one = percent(List.of(p(2023, "85")), Comparator.AT_LEAST, "80");
    assertThat(one.method()).isEqualTo(Method.LAST_VALUE);
    assertThat(one.projected()).isEqualByComparingTo("85");
    assertThat(one.outlook()).isEqualTo(Outlook.AT_RISK);

    Forecast none = percent(List.of(), Comparator.AT_LEAST, "80");
    assertThat(none.method()).isEqualTo(Method.NONE);
    assertThat(none.projected()).isNull();
    assertThat(none.outlook()).isEqualTo(Outlook.UNKNOWN);
  }

  @Test
  void aCountIsBoundedBelowOnlyAndAPercentageIsHeldWithinZeroToOneHundred() {
    Forecast count =
        Forecast.of(
            List.of(p(2023, "3"), p(2024, "5")),
            2025,
            Comparator.AT_LEAST,
            new BigDecimal("5"),
            UnitOfMeasure.COUNT);
    assertThat(count.projected()).isEqualByComparingTo("7.00");
    assertThat(count.high()).as("unbounded").isNull();

    Forecast exact =
        percent(List.of(p(2022, "98"), p(2023, "99"), p(2024, "100")), Comparator.EQUAL, "100");
    assertThat(exact.projected()).as("held within 0–100").isEqualByComparingTo("100.00");
    assertThat(exact.outlook()).isEqualTo(Outlook.ON_TRACK);
  }
}
