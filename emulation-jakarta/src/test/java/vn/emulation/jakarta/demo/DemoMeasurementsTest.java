package vn.emulation.jakarta.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.emulation.jakarta.demo.DemoCityGenerator.CITY_RACH_GIA;
import static vn.emulation.jakarta.demo.DemoCityGenerator.WARD_RACH_GIA;
import static vn.emulation.jakarta.demo.DemoFixtures.CITY;
import static vn.emulation.jakarta.demo.DemoFixtures.PLAN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.emulation.core.target.Aggregation;
import vn.emulation.core.target.Attainment;
import vn.emulation.core.target.AttainmentCalculator;
import vn.emulation.core.target.AttainmentStatus;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.MeasurementSet;
import vn.emulation.core.target.Quantity;
import vn.emulation.core.target.ReportPeriod;
import vn.emulation.core.target.Target;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;

class DemoMeasurementsTest {

  private static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);

  private final List<Measurement> measurements = CITY.measurements();
  private final AttainmentCalculator calculator =
      new AttainmentCalculator(CITY.units(), MeasurementSet.of(measurements));

  @Test
  void everyIndicatorOfThePlanHasMeasurements() {
    Set<String> measured =
        measurements.stream().map(Measurement::indicatorCode).collect(Collectors.toSet());
    assertThat(measured)
        .containsExactlyInAnyOrderElementsOf(
            PLAN.indicators().stream().map(Indicator::code).toList());
  }

  @Test
  void everyMeasurementPassesCoreValidationAndIsOnePerKey() {
    assertThat(measurements)
        .allSatisfy(
            m ->
                assertThatCode(
                        () ->
                            new Measurement(
                                m.indicatorCode(),
                                m.unitCode(),
                                m.year(),
                                m.breakdown(),
                                m.quantity()))
                    .doesNotThrowAnyException());
    assertThatCode(() -> MeasurementSet.of(measurements)).doesNotThrowAnyException();
  }

  @Test
  void measurementsNameKnownIndicatorsAndUnitsThatExistedInTheYear() {
    assertThat(measurements)
        .allSatisfy(
            m -> {
              assertThat(PLAN.indicator(m.indicatorCode())).isPresent();
              assertThat(PLAN.identity().period().contains(m.year()))
                  .as("year %s", m.year())
                  .isTrue();
              OrgUnit unit = CITY.units().find(m.unitCode()).orElseThrow();
              assertThat(ReportPeriod.of(unit, m.year()))
                  .as("%s in %s", unit, m.year())
                  .isPresent();
            });
  }

  @Test
  void indicatorsReportedAtTheTopComeFromTheCityOnly() {
    assertThat(measurements)
        .filteredOn(
            m ->
                PLAN.indicator(m.indicatorCode()).orElseThrow().aggregation()
                    == Aggregation.REPORTED_AT_TOP)
        .isNotEmpty()
        .allMatch(m -> m.unitCode().equals(CITY_RACH_GIA));
    assertThat(measurements)
        .filteredOn(m -> m.indicatorCode().equals("E2") && m.year() == 2023)
        .extracting(Measurement::breakdown)
        .containsExactlyInAnyOrder("NONG_NGHIEP", "CONG_NGHIEP", "DICH_VU");
  }

  @Test
  void countableIndicatorsAreRatiosOfVariedSize() {
    List<Quantity.Ratio> ratios =
        measurements.stream()
            .filter(m -> !m.unitCode().equals(CITY_RACH_GIA))
            .map(m -> (Quantity.Ratio) m.quantity())
            .toList();
    assertThat(ratios).anyMatch(r -> r.denominator() < 20);
    assertThat(ratios).anyMatch(r -> r.denominator() >= 10_000);
    assertThat(ratios).allMatch(r -> r.denominator() > 0);
  }

  @Test
  void in2025TheOldWardsReportTheirFirstHalfAndTheNewWardsTheirSecond() {
    Set<String> reporting2025 =
        measurements.stream()
            .filter(m -> m.year() == 2025)
            .map(Measurement::unitCode)
            .collect(Collectors.toSet());

    assertThat(reporting2025)
        .contains(WARD_RACH_GIA)
        .containsAll(
            CITY.units().predecessorsOf(WARD_RACH_GIA).stream()
                .filter(u -> u.successorCodes().size() == 1)
                .map(u -> u.code())
                .toList())
        .doesNotContain(DemoCityGenerator.CITY_RACH_GIA);
    // a flow's half year holds about half a year's dossiers
    Measurement whole = find("G2", "30745", 2024);
    Measurement half = find("G2", "30745", 2025);
    assertThat(((Quantity.Ratio) half.quantity()).denominator())
        .isLessThan(((Quantity.Ratio) whole.quantity()).denominator() * 3 / 4);
  }

  @Test
  void theNewWardsFiguresFor2025AreCompleteThroughTheOldWardsHalves() {
    AttainmentCalculator calculator =
        new AttainmentCalculator(CITY.units(), MeasurementSet.of(measurements));
    Target g2 =
        PLAN.targets().stream()
            .filter(t -> t.indicatorCode().equals("G2") && t.milestoneYear() == 2025)
            .findFirst()
            .orElseThrow();

    Attainment a =
        calculator.attainment(
            g2,
            PLAN.indicator("G2").orElseThrow(),
            WARD_RACH_GIA,
            2025,
            LocalDate.of(2025, 12, 31));

    assertThat(a.coverage().isComplete()).isTrue();
    assertThat(a.coverage().expected()).isEqualTo(1 + 9);
  }

  private Measurement find(String indicator, String unit, int year) {
    return measurements.stream()
        .filter(
            m ->
                m.indicatorCode().equals(indicator)
                    && m.unitCode().equals(unit)
                    && m.year() == year)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void valuesRiseTowardTheLastMilestone() {
    Indicator s1 = PLAN.indicator("S1").orElseThrow();
    double v2022 = value(s1, "30736", 2022);
    double v2024 = value(s1, "30736", 2024);
    assertThat(v2024).isGreaterThan(v2022);
  }

  @Test
  void in2023SomeWardsMeetATargetAndSomeMissIt() {
    List<Attainment> attainments = wardAttainments2023();
    Set<AttainmentStatus> statuses =
        attainments.stream().map(Attainment::status).collect(Collectors.toSet());

    // a ward's own figure is complete or absent: incomplete belongs to aggregates
    assertThat(statuses).isEqualTo(EnumSet.complementOf(EnumSet.of(AttainmentStatus.INCOMPLETE)));
    for (Target t : wardTargets2023()) {
      if (t.indicatorCode().equals("G2")) {
        assertThat(attainments)
            .filteredOn(a -> a.target().equals(t))
            .extracting(Attainment::status)
            .contains(AttainmentStatus.MET, AttainmentStatus.NOT_MET);
      }
    }
  }

  @Test
  void missingReportsShowAsNoData() {
    Target s7 = PLAN.target("S7", 2023).orElseThrow();
    Attainment anBinh =
        calculator.attainment(s7, PLAN.indicator("S7").orElseThrow(), "30751", 2023, END_2023);

    assertThat(anBinh.status()).isEqualTo(AttainmentStatus.NO_DATA);
  }

  @Test
  void theCityFigureAggregatesItsWards() {
    Target g2 = PLAN.target("G2", 2023).orElseThrow();
    Attainment city =
        calculator.attainment(
            g2, PLAN.indicator("G2").orElseThrow(), CITY_RACH_GIA, 2023, END_2023);

    assertThat(city.status()).isNotEqualTo(AttainmentStatus.NO_DATA);
    assertThat(city.coverage().expected()).isEqualTo(12);
  }

  private List<Target> wardTargets2023() {
    return PLAN.targets().stream()
        .filter(t -> t.milestoneYear() == 2023 && t.scope().appliesTo(UnitLevel.COMMUNE))
        .toList();
  }

  private List<Attainment> wardAttainments2023() {
    List<Attainment> out = new ArrayList<>();
    for (OrgUnit ward : CITY.units().childrenOn(CITY_RACH_GIA, END_2023)) {
      for (Target t : wardTargets2023()) {
        Indicator i = PLAN.indicator(t.indicatorCode()).orElseThrow();
        if (i.aggregation() != Aggregation.REPORTED_AT_TOP) {
          out.add(calculator.attainment(t, i, ward.code(), 2023, END_2023));
        }
      }
    }
    return out;
  }

  private double value(Indicator indicator, String unit, int year) {
    return measurements.stream()
        .filter(
            m ->
                m.indicatorCode().equals(indicator.code())
                    && m.unitCode().equals(unit)
                    && m.year() == year)
        .findFirst()
        .orElseThrow()
        .quantity()
        .value(indicator.unit(), 2)
        .doubleValue();
  }
}
