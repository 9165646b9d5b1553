package vn.emulation.jakarta.application.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.plan.PlanCatalogs;
import vn.emulation.jakarta.application.unit.Scopes;
import vn.emulation.jakarta.application.upload.UploadFormat;
import vn.emulation.jakarta.testing.InMemoryCity;

/**
 * The blank file a use case decides, before any format writes it: whose rows, which indicators
 * (what the unit's level may report), which units listed, and whom it is refused to.
 */
class MeasurementTemplatesTest {

  private static final String PLAN = InMemoryCity.PLAN;

  private final InMemoryCity city = new InMemoryCity();
  private final MeasurementTemplates templates = templates(city);

  private static MeasurementTemplates templates(InMemoryCity city) {
    MeasurementTemplates t = new MeasurementTemplates();
    t.plans = PlanCatalogs.withRachGia(city);
    t.units = city.units;
    // the wards took part in the plan (reports, participants): the city holds them all
    t.planUnits = plan -> Set.of(InMemoryCity.WARD, InMemoryCity.OTHER_WARD);
    t.scopes = Scopes.of(city);
    t.callers = city.callers;
    t.clock = InMemoryCity.CLOCK;
    return t;
  }

  @Test
  void theCitysTemplateHasARowForWhatOnlyTheCityReportsAWardsHasNone() {
    BlankTemplate whole = templates.template(PLAN, UploadFormat.CSV, null, 2024);
    BlankTemplate ward = templates.template(PLAN, UploadFormat.CSV, InMemoryCity.WARD, 2024);

    assertThat(whole.exampleUnit()).isEqualTo(InMemoryCity.CITY);
    assertThat(whole.year()).isEqualTo(2024);
    assertThat(whole.exampleIndicators()).extracting(Indicator::code).contains("G2", "G7");
    assertThat(ward.exampleUnit()).isEqualTo(InMemoryCity.WARD);
    assertThat(ward.exampleIndicators()).extracting(Indicator::code).contains("G2");
    assertThat(ward.exampleIndicators()).extracting(Indicator::code).doesNotContain("G7");
  }

  @Test
  void onlyTheXlsxListsTheUnitsOfTheYear() {
    assertThat(templates.template(PLAN, UploadFormat.CSV, null, 2024).listedUnits()).isEmpty();
    assertThat(templates.template(PLAN, UploadFormat.XLSX, null, 2024).listedUnits())
        .extracting(OrgUnit::code)
        .containsExactly(InMemoryCity.WARD, InMemoryCity.OTHER_WARD, InMemoryCity.CITY);
  }

  @Test
  void aWardsReporterGetsTheirOwnWardsAndNoOther() {
    city.callers.actAs(InMemoryCity.WARD_REPORTER);

    assertThat(templates.template(PLAN, UploadFormat.CSV, null, null).exampleUnit())
        .isEqualTo(InMemoryCity.WARD);
    assertThatThrownBy(
            () -> templates.template(PLAN, UploadFormat.CSV, InMemoryCity.OTHER_WARD, null))
        .isInstanceOf(AccessDeniedException.class);
  }
}
