package vn.emulation.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearPeriodTest {

  private static final YearPeriod PLAN_PERIOD = YearPeriod.of(2022, 2025);

  @ParameterizedTest(name = "{0} in 2022–2025: {1}")
  @CsvSource({"2021, false", "2022, true", "2023, true", "2025, true", "2026, false"})
  void containsBothEnds(int year, boolean expected) {
    assertThat(PLAN_PERIOD.contains(year)).isEqualTo(expected);
  }

  @Test
  void aSingleYearIsAPeriod() {
    assertThat(YearPeriod.of(2023, 2023).contains(2023)).isTrue();
  }

  @Test
  void rejectsAPeriodEndingBeforeItStarts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> YearPeriod.of(2025, 2022))
        .withMessageContaining("2025–2022");
  }

  @Test
  void readsAsFirstDashLast() {
    assertThat(PLAN_PERIOD).hasToString("2022–2025");
  }

  @Test
  void equalPeriodsAreEqual() {
    assertThat(new YearPeriod(2022, 2025)).isEqualTo(PLAN_PERIOD).hasSameHashCodeAs(PLAN_PERIOD);
    assertThat(YearPeriod.of(2022, 2026)).isNotEqualTo(PLAN_PERIOD);
  }
}
