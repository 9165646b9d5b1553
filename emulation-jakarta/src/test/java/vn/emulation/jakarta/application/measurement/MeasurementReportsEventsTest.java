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
import vn.emulation.jakarta.application.plan.PlanCatalogs;
import vn.emulation.jakarta.testing.InMemoryCity;

/** Reports announce each value they stored, new or corrected, and nothing for one refused. */
class MeasurementReportsEventsTest {

  private final InMemoryCity city = new InMemoryCity();
  private final MeasurementReports reports =
      MeasurementUseCasesTest.reports(city, PlanCatalogs.withRachGia(city));

  @Test
  void aNewValueAndItsCorrectionAreAnnouncedARefusedOneIsNot() {
    reports.report(PLAN, new MeasurementReport("G2", WARD, 2023, null, 80L, 100L, null));
    reports.report(PLAN, new MeasurementReport("G2", WARD, 2023, null, 85L, 100L, null));
    assertThatThrownBy(
            () ->
                reports.report(PLAN, new MeasurementReport("G99", WARD, 2023, null, 1L, 2L, null)))
        .isInstanceOf(InvalidInputException.class);

    assertThat(city.events.announced)
        .filteredOn(e -> !(e instanceof PlanStatusChanged))
        .containsExactly(
            new ReportStored(PLAN, WARD, "G2", 2023, true),
            new ReportStored(PLAN, WARD, "G2", 2023, false));
  }
}
