package vn.emulation.jakarta.application.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emulation.jakarta.testing.InMemoryCity.PLAN;
import static vn.emulation.jakarta.testing.InMemoryCity.WARD;

import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.jakarta.application.events.PlanStatusChanged;
import vn.emulation.jakarta.application.events.ReportStored;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.MeasurementReport;
import vn.emulation.jakarta.testing.InMemoryCity;

/** The desk announces each value it stored, new or corrected, and nothing for one it refused. */
class MeasurementDeskEventsTest {

  private final InMemoryCity city = new InMemoryCity();
  private final MeasurementDesk desk = MeasurementDeskTest.desk(city);

  @Test
  void aNewValueAndItsCorrectionAreAnnouncedARefusedOneIsNot() {
    desk.report(PLAN, new MeasurementReport("G2", WARD, 2023, null, 80L, 100L, null));
    desk.report(PLAN, new MeasurementReport("G2", WARD, 2023, null, 85L, 100L, null));
    assertThatThrownBy(
            () -> desk.report(PLAN, new MeasurementReport("G99", WARD, 2023, null, 1L, 2L, null)))
        .isInstanceOf(InvalidInputException.class);

    assertThat(city.events.announced)
        .filteredOn(e -> !(e instanceof PlanStatusChanged))
        .containsExactly(
            new ReportStored(PLAN, WARD, "G2", 2023, true),
            new ReportStored(PLAN, WARD, "G2", 2023, false));
  }
}
