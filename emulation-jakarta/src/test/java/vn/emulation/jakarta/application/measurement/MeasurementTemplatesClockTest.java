package vn.emulation.jakarta.application.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.YearPeriod;

/** A template's default year is this year in Vietnam, from the injected clock. */
class MeasurementTemplatesClockTest {

  private static final YearPeriod PLAN = YearPeriod.of(2022, 2025);

  private static MeasurementTemplates at(String instant) {
    MeasurementTemplates t = new MeasurementTemplates();
    t.clock = Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Ho_Chi_Minh"));
    return t;
  }

  @Test
  void halfPastMidnightOnNewYearsDayInVietnamIsTheNewYear() {
    // 17:30 UTC on 31 December 2024 is 00:30 on 1 January 2025 in Vietnam
    assertThat(at("2024-12-31T17:30:00Z").defaultYear(PLAN)).isEqualTo(2025);
  }

  @Test
  void beforeMidnightInVietnamItIsStillTheOldYear() {
    assertThat(at("2024-12-31T16:59:59Z").defaultYear(PLAN)).isEqualTo(2024);
  }

  @Test
  void outsideThePlanTheNearestEndOfIt() {
    assertThat(at("2027-06-01T00:00:00Z").defaultYear(PLAN)).isEqualTo(2025);
    assertThat(at("2020-06-01T00:00:00Z").defaultYear(PLAN)).isEqualTo(2022);
  }
}
