package vn.emulation.jakarta.application.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.Quantity;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.audit.FactsRevision;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.plan.PlanCatalogs;
import vn.emulation.jakarta.application.plan.PlanUnits;
import vn.emulation.jakarta.application.progress.ProgressReport;
import vn.emulation.jakarta.testing.InMemoryCity;

/**
 * The progress reports are kept against the audit log's head (ADR 0034): asked again while nothing
 * is written, the same report (its children worked out once); a report stored with its audit entry
 * is in the next answer.
 */
class ProgressReportsMemoTest {

  private static final String PLAN = InMemoryCity.PLAN;
  private static final ProgressParameters CITY_2025 =
      new ProgressParameters(InMemoryCity.CITY, 2025, 2025, null);

  private final InMemoryCity city = new InMemoryCity();
  private final PlanCatalog catalog = PlanCatalogs.withRachGia(city);
  private final ProgressReports reports = reports();

  private ProgressReports reports() {
    ProgressReports r = new ProgressReports();
    r.catalog = catalog;
    r.units = city.units;
    r.measurements = city.measurements;
    r.planUnits =
        new PlanUnits(plan -> Set.of(InMemoryCity.WARD, InMemoryCity.OTHER_WARD), city.auditLog);
    r.revisions = new FactsRevision(city.auditLog);
    r.clock = InMemoryCity.CLOCK;
    return r;
  }

  private ProgressReport cityReport() {
    return reports.progress(PLAN, CITY_2025, Unread.none());
  }

  private void store(String ward, long numerator, long denominator, boolean audited) {
    city.measurements.put(PLAN, Measurement.ratio("G2", ward, 2025, numerator, denominator), null);
    if (audited) {
      city.audit.record("measurement.report", "plans/" + PLAN + "/measurements", null, ward);
    }
  }

  @Test
  void askedAgainWhileNothingIsWrittenItIsTheSameReportWithItsChildren() {
    store(InMemoryCity.WARD, 80, 100, true);
    ProgressReport first = cityReport();
    var children = first.children();

    ProgressReport again = cityReport();

    assertThat(again).isSameAs(first);
    assertThat(again.children()).isSameAs(children);
    assertThat(
            reports
                .drillDown(
                    PLAN,
                    CITY_2025,
                    new vn.emulation.jakarta.application.PageRequest(0, 10),
                    Unread.none())
                .parent())
        .isSameAs(first);
  }

  @Test
  void aReportStoredWithItsAuditEntryIsInTheNextAnswer() {
    store(InMemoryCity.WARD, 80, 100, true);
    store(InMemoryCity.OTHER_WARD, 10, 100, true);
    assertThat(cityReport().row("G2").orElseThrow().figure())
        .isEqualTo(new Quantity.Ratio(90, 200));

    store(InMemoryCity.OTHER_WARD, 90, 100, true);

    assertThat(cityReport().row("G2").orElseThrow().figure())
        .isEqualTo(new Quantity.Ratio(170, 200));
    assertThat(cityReport().children().get(1).row("G2").orElseThrow().figure())
        .isEqualTo(new Quantity.Ratio(90, 100));
  }

  @Test
  void aWriteWithoutItsAuditEntryIsNotSeenUntilTheHeadMoves() {
    // why every write of a fact must append its audit entry in its transaction (ADR 0034)
    store(InMemoryCity.WARD, 80, 100, true);
    store(InMemoryCity.OTHER_WARD, 10, 100, true);
    ProgressReport before = cityReport();

    store(InMemoryCity.OTHER_WARD, 90, 100, false);
    assertThat(cityReport()).isSameAs(before);

    city.audit.record("unit.move", "units/" + InMemoryCity.WARD, null, "any write");
    assertThat(cityReport().row("G2").orElseThrow().figure())
        .isEqualTo(new Quantity.Ratio(170, 200));
  }
}
