package vn.emulation.jakarta.application.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.plan.PlanStatus;
import vn.emulation.core.target.Measurement;
import vn.emulation.jakarta.application.ConflictException;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.audit.AuditEntry;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.MeasurementQuery;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.MeasurementReport;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.UploadedFile;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.plan.PlanCatalogs;
import vn.emulation.jakarta.application.plan.PlanCommands;
import vn.emulation.jakarta.application.unit.Scopes;
import vn.emulation.jakarta.format.upload.MeasurementFile;
import vn.emulation.jakarta.format.upload.UploadContent;
import vn.emulation.jakarta.testing.InMemoryCity;

/**
 * One report and bulk uploads of the Rạch Giá plan on the in-memory stores: what is stored and
 * audited, what is refused with nothing stored, and an upload recognised by its file's SHA-256.
 */
class MeasurementUseCasesTest {

  private static final String PLAN = InMemoryCity.PLAN;
  private static final String WARD = InMemoryCity.WARD;
  private static final String OTHER = InMemoryCity.OTHER_WARD;
  private static final String HEADER = "indicator,unit,year,breakdown,numerator,denominator,value";

  private final InMemoryCity city = new InMemoryCity();
  private final PlanCatalog plans = PlanCatalogs.withRachGia(city);
  private final MeasurementReports reports = reports(city, plans);
  private final MeasurementUploads uploads = uploads(city, plans);

  /** The audit entry of the plan's import by the system, before anything this test does. */
  private static final int PLAN_ENTRY = 1;

  static MeasurementReports reports(InMemoryCity city, PlanCatalog plans) {
    MeasurementReports r = new MeasurementReports();
    r.plans = plans;
    r.units = city.units;
    r.measurements = city.measurements;
    r.settings = city.settings;
    r.scopes = Scopes.of(city);
    r.callers = city.callers;
    r.audit = city.audit;
    r.events = city.events;
    return r;
  }

  static MeasurementUploads uploads(InMemoryCity city, PlanCatalog plans) {
    MeasurementUploads u = new MeasurementUploads();
    u.plans = plans;
    u.units = city.units;
    u.uploads = city.uploads;
    u.writer = city.writer;
    u.scopes = Scopes.of(city);
    u.callers = city.callers;
    u.audit = city.audit;
    u.events = city.events;
    u.clock = InMemoryCity.CLOCK;
    return u;
  }

  /** A CSV file as the edge hands it over: read by the measurement file format. */
  private static UploadedFile csv(String... rows) {
    String text = HEADER + "\n" + String.join("\n", rows) + "\n";
    return new MeasurementFile()
        .uploaded(
            UploadContent.of(text.getBytes(StandardCharsets.UTF_8)), "so-lieu.csv", "text/csv");
  }

  private List<AuditEntry> entriesOfThisTest() {
    List<AuditEntry> all = city.auditLog.entries();
    return all.subList(PLAN_ENTRY, all.size());
  }

  @Test
  void aClosedPlanTakesNoMoreReportsAndStoresNothing() {
    plans.changeStatus(
        PLAN, 1, new PlanCommands.ChangeStatus(PlanStatus.CLOSED, LocalDate.parse("2026-01-01")));

    assertThatThrownBy(
            () ->
                reports.report(
                    PLAN, new MeasurementReport("G2", WARD, 2024, null, 152L, 190L, null)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("closed on 2026-01-01");
    assertThat(city.measurements.forUnit(PLAN, WARD)).isEmpty();
    assertThat(city.auditedActions()).containsExactly("plan.import", "plan.status");
  }

  @Test
  void storesAReportAndAuditsItUnderItsPath() {
    Reported reported =
        reports.report(PLAN, new MeasurementReport("G2", WARD, 2024, null, 152L, 190L, null));

    assertThat(reported.created()).isTrue();
    assertThat(reported.measurement().measurement())
        .isEqualTo(Measurement.ratio("G2", WARD, 2024, 152, 190));
    assertThat(reported.measurement().reportedAt()).hasToString("2026-03-02T03:00Z");
    assertThat(city.measurements.forUnit(PLAN, WARD))
        .containsExactly(Measurement.ratio("G2", WARD, 2024, 152, 190));
    AuditEntry entry = entriesOfThisTest().get(0);
    assertThat(entry.action()).isEqualTo("measurement.report");
    assertThat(entry.target()).isEqualTo("plans/" + PLAN + "/measurements/G2/" + WARD + "/2024");
    assertThat(entry.beforeState()).isNull();
  }

  @Test
  void aSecondReportForTheSameKeyIsACorrectionAuditedWithTheValueBefore() {
    reports.report(PLAN, new MeasurementReport("G2", WARD, 2024, null, 152L, 190L, null));

    Reported corrected =
        reports.report(PLAN, new MeasurementReport("G2", WARD, 2024, null, 160L, 190L, null));

    assertThat(corrected.created()).isFalse();
    assertThat(city.measurements.count(PLAN)).isEqualTo(1);
    assertThat(city.measurements.find(PLAN, "G2", WARD, 2024, "").orElseThrow().measurement())
        .isEqualTo(Measurement.ratio("G2", WARD, 2024, 160, 190));
    assertThat(entriesOfThisTest().get(1).beforeState()).contains("152");
  }

  @Test
  void refusesAReportWithEveryProblemAndStoresNothing() {
    assertThatThrownBy(
            () ->
                reports.report(
                    PLAN, new MeasurementReport("G99", "NOWHERE", 2021, null, -1L, null, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .contains("indicatorCode", "unitCode", "year"));

    assertThat(city.measurements.count(PLAN)).isZero();
    assertThat(entriesOfThisTest()).isEmpty();
  }

  @Test
  void aWardsReporterMayNotReportForAnotherWard() {
    city.callers.actAs(InMemoryCity.WARD_REPORTER);

    assertThatThrownBy(
            () ->
                reports.report(PLAN, new MeasurementReport("G2", OTHER, 2024, null, 1L, 2L, null)))
        .isInstanceOf(AccessDeniedException.class);

    reports.report(PLAN, new MeasurementReport("G2", WARD, 2024, null, 1L, 2L, null));
    assertThat(city.measurements.forUnit(PLAN, OTHER)).isEmpty();
    assertThat(city.measurements.forUnit(PLAN, WARD)).hasSize(1);
  }

  @Test
  void aReportToAnUnknownPlanIsNotFound() {
    assertThatThrownBy(
            () ->
                reports.report(
                    "no-plan", new MeasurementReport("G2", WARD, 2024, null, 1L, 2L, null)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void storesAnUploadWithItsRowsAndAuditsItsSummary() {
    Uploaded uploaded =
        uploads.upload(PLAN, csv("G2,30730,2023,,152,190,", "G2,30745,2023,,40,50,"));

    assertThat(uploaded.created()).isTrue();
    assertThat(uploaded.upload().rowCount()).isEqualTo(2);
    assertThat(uploaded.upload().uploadedAt()).hasToString("2026-03-02T03:00Z");
    assertThat(city.uploads.all()).hasSize(1);
    assertThat(city.measurements.page(PLAN, null, "G2", 2023, new PageRequest(0, 10)).items())
        .extracting(StoredMeasurement::uploadId)
        .containsOnly(uploaded.upload().id());
    AuditEntry entry = entriesOfThisTest().get(0);
    assertThat(entry.action()).isEqualTo("measurement.upload");
    assertThat(entry.target())
        .isEqualTo("plans/" + PLAN + "/measurements/uploads/" + uploaded.upload().id());
    assertThat(entry.afterState()).contains(uploaded.upload().sha256()).doesNotContain("152");
  }

  @Test
  void theSameFileAgainIsRecognisedByItsHashAndStoresNothing() {
    Uploaded first = uploads.upload(PLAN, csv("G2,30730,2023,,152,190,"));

    Uploaded again = uploads.upload(PLAN, csv("G2,30730,2023,,152,190,"));

    assertThat(again.created()).isFalse();
    assertThat(again.upload().id()).isEqualTo(first.upload().id());
    assertThat(city.uploads.all()).hasSize(1);
    assertThat(entriesOfThisTest())
        .extracting(AuditEntry::action)
        .containsExactly("measurement.upload");
    assertThat(uploads.upload(PLAN, first.upload().id()).sha256())
        .isEqualTo(first.upload().sha256());
  }

  @Test
  void refusesAWholeUploadForOneBadRowAndStoresNone() {
    // rows count as the file's lines: the header is row 1
    assertThatThrownBy(
            () -> uploads.upload(PLAN, csv("G2,30730,2023,,152,190,", "G2,NOWHERE,2023,,1,2,")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems()).extracting(Problem::path).containsExactly("rows[3].unit"));

    assertThat(city.uploads.all()).isEmpty();
    assertThat(city.measurements.count(PLAN)).isZero();
    assertThat(entriesOfThisTest()).isEmpty();
  }

  @Test
  void aWardsReporterMayNotUploadAnotherWardsValues() {
    city.callers.actAs(InMemoryCity.WARD_REPORTER);

    assertThatThrownBy(
            () -> uploads.upload(PLAN, csv("G2,30730,2023,,1,2,", "G2,30745,2023,,1,2,")))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining(OTHER);

    assertThat(city.uploads.all()).isEmpty();
    assertThat(city.measurements.count(PLAN)).isZero();
  }

  @Test
  void aWardsReporterListsTheirOwnWardsValuesOnly() {
    uploads.upload(PLAN, csv("G2,30730,2023,,1,2,", "G2,30745,2023,,3,4,"));
    city.callers.actAs(InMemoryCity.WARD_REPORTER);

    List<StoredMeasurement> listed =
        reports.list(PLAN, new MeasurementQuery(null, null, null, new PageRequest(0, 50))).items();

    assertThat(listed).extracting(s -> s.measurement().unitCode()).containsExactly(WARD);
    assertThatThrownBy(
            () ->
                reports.list(PLAN, new MeasurementQuery(OTHER, null, null, new PageRequest(0, 50))))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void anAmountKeepsItsBreakdown() {
    reports.report(
        PLAN, new MeasurementReport("E2", "899", 2023, "NONG_NGHIEP", null, null, BigDecimal.TEN));

    assertThat(city.measurements.forUnit(PLAN, "899"))
        .extracting(Measurement::breakdown)
        .containsExactly("NONG_NGHIEP");
  }

  @Test
  void aListsProblemsOfReadingComeWithItsOwnInTheQuerysOrder() {
    vn.emulation.jakarta.application.Unread unread =
        new vn.emulation.jakarta.application.Unread(
            List.of(
                new Problem(
                    "size", vn.emulation.core.common.LocalizedText.of("sai size", "bad size"))));

    assertThatThrownBy(
            () -> reports.list(PLAN, new MeasurementQuery("NOWHERE", "G99", 2019, null), unread))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("size", "year", "indicator", "unit"));
  }
}
