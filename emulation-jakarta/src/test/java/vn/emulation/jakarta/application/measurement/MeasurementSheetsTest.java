package vn.emulation.jakarta.application.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.target.AttainmentStatus;
import vn.emulation.core.target.Measurement;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.PreconditionFailedException;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.MeasurementReport;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.plan.PlanCatalogs;
import vn.emulation.jakarta.application.unit.Scopes;
import vn.emulation.jakarta.testing.InMemoryCity;

/**
 * The reporting desk's reads on the in-memory city: a ward's sheet lists what it may report with
 * the milestone's thresholds and what is stored (who, when, version, status); a correction keeps
 * the value it replaced, made on a stale version it is refused; a ward's reporter reads no other
 * ward.
 */
class MeasurementSheetsTest {

  private static final String PLAN = InMemoryCity.PLAN;
  private static final String WARD = InMemoryCity.WARD;
  private static final String OTHER = InMemoryCity.OTHER_WARD;

  private final InMemoryCity city = new InMemoryCity();
  private final PlanCatalog plans = PlanCatalogs.withRachGia(city);
  private final MeasurementReports reports = MeasurementUseCasesTest.reports(city, plans);
  private final MeasurementSheets sheets = sheets();

  private MeasurementSheets sheets() {
    MeasurementSheets s = new MeasurementSheets();
    s.plans = plans;
    s.units = city.units;
    s.measurements = city.measurements;
    s.scopes = Scopes.of(city);
    s.callers = city.callers;
    s.clock = InMemoryCity.CLOCK;
    return s;
  }

  private static ReportingSheet.Line row(ReportingSheet sheet, String indicator) {
    return sheet.lines().stream()
        .filter(r -> r.indicator().code().equals(indicator) && r.breakdown().isEmpty())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aWardsSheetListsWhatItReportsWithTheMilestonesThresholdAndTheStoredFigure() {
    city.callers.actAs(InMemoryCity.WARD_REPORTER);
    reports.report(PLAN, new MeasurementReport("G2", WARD, 2024, null, 152L, 190L, null));

    ReportingSheet sheet = sheets.sheet(PLAN, null, 2024, Unread.none());

    assertThat(sheet.unitCode()).isEqualTo(WARD);
    assertThat(sheet.unitName()).isEqualTo("Phường Vĩnh Thanh Vân");
    assertThat(sheet.year()).isEqualTo(2024);
    assertThat(sheet.milestoneYear()).isEqualTo(2025);
    assertThat(sheet.firstYear()).isEqualTo(2022);
    assertThat(sheet.lastYear()).isEqualTo(2025);
    // what only the city reports has no row on a ward's sheet
    assertThat(sheet.lines())
        .extracting(l -> l.indicator().code())
        .contains("G2")
        .doesNotContain("G7");
    ReportingSheet.Line g2 = row(sheet, "G2");
    assertThat(g2.stored().measurement()).isEqualTo(Measurement.ratio("G2", WARD, 2024, 152, 190));
    assertThat(g2.stored().reportedBy()).isEqualTo("tram.reporter");
    assertThat(g2.stored().reportedAt()).hasToString("2026-03-02T03:00Z");
    assertThat(g2.stored().version()).isEqualTo(1);
    assertThat(g2.target().milestoneYear()).isEqualTo(2025);
    assertThat(g2.target().indicatorCode()).isEqualTo("G2");
    assertThat(g2.status()).isIn(AttainmentStatus.MET, AttainmentStatus.NOT_MET);
    // a line not reported yet is there, empty
    ReportingSheet.Line empty =
        sheet.lines().stream().filter(r -> r.stored() == null).findFirst().orElseThrow();
    assertThat(empty.breakdown()).isEmpty();
  }

  @Test
  void aCorrectionKeepsTheValueItReplacedAndTheHistoryListsBothNewestFirst() {
    city.callers.actAs(InMemoryCity.WARD_REPORTER);
    reports.report(PLAN, new MeasurementReport("G2", WARD, 2024, null, 152L, 190L, null));
    reports.report(
        PLAN,
        new MeasurementReport("G2", WARD, 2024, null, 160L, 190L, null),
        Precondition.oneOf(List.of("1")));

    FigureHistory history = sheets.history(PLAN, null, "G2", 2024, null, Unread.none());

    assertThat(history.current().measurement())
        .isEqualTo(Measurement.ratio("G2", WARD, 2024, 160, 190));
    assertThat(history.current().version()).isEqualTo(2);
    assertThat(history.superseded()).hasSize(1);
    assertThat(history.superseded().get(0).measurement())
        .isEqualTo(Measurement.ratio("G2", WARD, 2024, 152, 190));
    assertThat(history.superseded().get(0).version()).isEqualTo(1);
    assertThat(history.superseded().get(0).reportedBy()).isEqualTo("tram.reporter");
    assertThat(row(sheets.sheet(PLAN, WARD, 2024, Unread.none()), "G2").stored().version())
        .isEqualTo(2);
  }

  @Test
  void aCorrectionMadeOnAStaleVersionIsRefusedAndStoresNothing() {
    city.callers.actAs(InMemoryCity.WARD_REPORTER);
    reports.report(PLAN, new MeasurementReport("G2", WARD, 2024, null, 152L, 190L, null));
    reports.report(PLAN, new MeasurementReport("G2", WARD, 2024, null, 155L, 190L, null));

    assertThatThrownBy(
            () ->
                reports.report(
                    PLAN,
                    new MeasurementReport("G2", WARD, 2024, null, 170L, 190L, null),
                    Precondition.oneOf(List.of("1"))))
        .isInstanceOf(PreconditionFailedException.class)
        .hasMessageContaining("G2");
    FigureHistory history = sheets.history(PLAN, WARD, "G2", 2024, "", Unread.none());
    assertThat(history.current().measurement())
        .isEqualTo(Measurement.ratio("G2", WARD, 2024, 155, 190));
    assertThat(history.superseded())
        .extracting(StoredMeasurement::measurement)
        .containsExactly(Measurement.ratio("G2", WARD, 2024, 152, 190));
    // "0" is the version of a figure not stored yet
    assertThatThrownBy(
            () ->
                reports.report(
                    PLAN,
                    new MeasurementReport("G2", WARD, 2024, null, 170L, 190L, null),
                    Precondition.oneOf(List.of("0"))))
        .isInstanceOf(PreconditionFailedException.class);
  }

  @Test
  void aWardsReporterReadsNoOtherWardAndCityStaffNameTheUnit() {
    city.callers.actAs(InMemoryCity.WARD_REPORTER);
    assertThatThrownBy(() -> sheets.sheet(PLAN, OTHER, 2024, Unread.none()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining(OTHER);
    assertThatThrownBy(() -> sheets.history(PLAN, OTHER, "G2", 2024, null, Unread.none()))
        .isInstanceOf(AccessDeniedException.class);

    city.callers.actAs(InMemoryCity.OFFICER);
    assertThat(sheets.sheet(PLAN, OTHER, 2024, Unread.none()).unitCode()).isEqualTo(OTHER);
    assertThatThrownBy(() -> sheets.sheet(PLAN, null, 2024, Unread.none()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(p -> p.path()).containsExactly("unit"));
  }

  @Test
  void aYearOutsideThePeriodAndAnUnknownIndicatorAreNamed() {
    city.callers.actAs(InMemoryCity.OFFICER);
    assertThatThrownBy(() -> sheets.sheet(PLAN, WARD, 2030, Unread.none()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(p -> p.path()).containsExactly("year"));
    assertThatThrownBy(() -> sheets.history(PLAN, WARD, "X9", null, null, Unread.none()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.path())
                    .containsExactlyInAnyOrder("indicator", "year"));
  }

  @Test
  void theDefaultYearIsThisYearWithinThePeriod() {
    city.callers.actAs(InMemoryCity.OFFICER);
    // the test clock stands in 2026, after the period: its last year
    assertThat(sheets.sheet(PLAN, WARD, null, Unread.none()).year()).isEqualTo(2025);
    assertThat(MeasurementSheets.milestoneOf(plans.inForceToday(PLAN), 2022)).isEqualTo(2023);
    assertThat(MeasurementSheets.milestoneOf(plans.inForceToday(PLAN), 2023)).isEqualTo(2023);
  }
}
