package vn.emulation.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emulation.core.TestUnits.AN_GIANG;
import static vn.emulation.core.TestUnits.CITY;
import static vn.emulation.core.TestUnits.EVE;
import static vn.emulation.core.TestUnits.NEW_WARD;
import static vn.emulation.core.TestUnits.NINE_WARDS;
import static vn.emulation.core.TestUnits.REFORM;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.TestUnits;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.core.unit.UnknownUnitException;

/**
 * History survives the merger of the nine Rạch Giá wards on 1 July 2025; a split does not pass it
 * on.
 */
class MergerAttainmentTest {

  private static final Indicator G2 =
      new Indicator(
          "G2",
          Pillar.DIGITAL_GOVERNMENT,
          LocalizedText.vietnamese("Hồ sơ xử lý trực tuyến toàn trình"),
          UnitOfMeasure.PERCENT,
          Aggregation.RATIO_OF_SUMS,
          Accumulation.STOCK);

  private static Target g2AtLeast80(int year) {
    return new Target(
        "G2", year, Comparator.AT_LEAST, BigDecimal.valueOf(80), TargetScope.EVERYWHERE);
  }

  /** Ward i (1–9) processed 80 + i of 100 dossiers online: 765 of 900 in all. */
  private static List<Measurement> nineWardReports(int year) {
    List<Measurement> reports = new ArrayList<>();
    for (int i = 0; i < NINE_WARDS.size(); i++) {
      reports.add(Measurement.ratio("G2", NINE_WARDS.get(i), year, 81 + i, 100));
    }
    return reports;
  }

  private static Attainment attainment(
      OrgHierarchy units, List<Measurement> reports, String unit, int year, LocalDate on) {
    return new AttainmentCalculator(units, MeasurementSet.of(reports))
        .attainment(g2AtLeast80(year), G2, unit, year, on);
  }

  @Test
  void beforeTheMergerTheCityAggregatesTheNineWards() {
    Attainment city = attainment(TestUnits.afterMerger(), nineWardReports(2024), CITY, 2024, EVE);

    assertThat(city.figure()).isEqualTo(new Quantity.Ratio(765, 900));
    assertThat(city.value()).isEqualByComparingTo("85.00");
    assertThat(city.coverage()).isEqualTo(new Coverage(9, 9));
  }

  @Test
  void newWardInheritsTheOldWardsReportsSummed() {
    Attainment rachGia =
        attainment(TestUnits.afterMerger(), nineWardReports(2024), NEW_WARD, 2024, REFORM);

    assertThat(rachGia.figure()).isEqualTo(new Quantity.Ratio(765, 900));
    assertThat(rachGia.isMet()).isTrue();
  }

  @Test
  void newWardInheritsOnlyWhatTheOldWardsReported() {
    List<Measurement> three = nineWardReports(2024).subList(0, 3); // 81 + 82 + 83 of 300

    Attainment rachGia = attainment(TestUnits.afterMerger(), three, NEW_WARD, 2024, REFORM);

    assertThat(rachGia.figure()).isEqualTo(new Quantity.Ratio(246, 300));
  }

  @Test
  void inheritedFigureCountsTheMergedWardsThatReported() {
    List<Measurement> three = nineWardReports(2024).subList(0, 3);

    Attainment rachGia = attainment(TestUnits.afterMerger(), three, NEW_WARD, 2024, REFORM);

    assertThat(rachGia.coverage().reported()).isEqualTo(3);
    assertThat(rachGia.coverage().expected()).isEqualTo(9);
    assertThat(rachGia.coverage().missing()).containsExactlyElementsOf(NINE_WARDS.subList(3, 9));
    assertThat(rachGia.status()).isEqualTo(AttainmentStatus.INCOMPLETE);
  }

  @Test
  void newWardsOwnReportWinsOverTheOldWards() {
    List<Measurement> reports = new ArrayList<>();
    for (String old : NINE_WARDS) {
      reports.add(Measurement.ratio("G2", old, 2025, 50, 100)); // first half of 2025
    }
    reports.add(Measurement.ratio("G2", NEW_WARD, 2025, 95, 100));

    Attainment rachGia = attainment(TestUnits.afterMerger(), reports, NEW_WARD, 2025, REFORM);

    assertThat(rachGia.figure()).isEqualTo(new Quantity.Ratio(95, 100));
    assertThat(rachGia.isMet()).isTrue();
  }

  @Test
  void oldReportsStayAttributedToTheOldUnits() {
    MeasurementSet reports = MeasurementSet.of(nineWardReports(2024));
    AttainmentCalculator calculator = new AttainmentCalculator(TestUnits.afterMerger(), reports);

    Attainment vinhQuang = calculator.attainment(g2AtLeast80(2024), G2, "W01", 2024, EVE);

    assertThat(vinhQuang.unitCode()).isEqualTo("W01");
    assertThat(vinhQuang.figure()).isEqualTo(new Quantity.Ratio(81, 100));
    assertThat(reports.find("G2", "W01", 2024, "")).isPresent();
    assertThat(reports.find("G2", NEW_WARD, 2024, "")).isEmpty();
  }

  @Test
  void oldWardsAndTheAbolishedCityCannotBeAskedAboutAfterTheReform() {
    OrgHierarchy units = TestUnits.afterMerger();
    List<Measurement> reports = nineWardReports(2024);

    assertThatThrownBy(() -> attainment(units, reports, "W01", 2024, REFORM))
        .isInstanceOf(UnknownUnitException.class);
    assertThatThrownBy(() -> attainment(units, reports, CITY, 2024, REFORM))
        .isInstanceOf(UnknownUnitException.class);
  }

  @Test
  void newProvinceTakesTheOldFiguresThroughTheNewWard() {
    OrgHierarchy units = TestUnits.afterMerger();

    Attainment before = attainment(units, nineWardReports(2024), AN_GIANG, 2024, EVE);
    Attainment after = attainment(units, nineWardReports(2024), AN_GIANG, 2024, REFORM);

    assertThat(before.status()).isEqualTo(AttainmentStatus.NO_DATA);
    assertThat(after.figure()).isEqualTo(new Quantity.Ratio(765, 900));
  }

  @Test
  void historySurvivesSuccessiveMergers() {
    LocalDate later = LocalDate.of(2026, 1, 1);
    OrgUnit bigger = OrgUnit.open("RGX", "Phường Rạch Giá mới", UnitLevel.COMMUNE, AN_GIANG, later);
    List<OrgUnit> units = new ArrayList<>(TestUnits.afterMerger().all());
    units.add(
        OrgUnit.open("C9", "Phường Vĩnh Thông", UnitLevel.COMMUNE, AN_GIANG, TestUnits.FOUNDED));
    OrgHierarchy merged = OrgHierarchy.of(units).merge(Set.of(NEW_WARD, "C9"), bigger, later);
    List<Measurement> reports = new ArrayList<>(nineWardReports(2024));
    reports.add(Measurement.ratio("G2", "C9", 2024, 35, 100));

    Attainment a = attainment(merged, reports, "RGX", 2024, later);

    assertThat(a.figure()).isEqualTo(new Quantity.Ratio(800, 1000));
    assertThat(a.isMet()).isTrue();
  }

  @Test
  void splitUnitsFiguresAreNotInheritedByItsSuccessors() {
    OrgHierarchy split = TestUnits.communeSplitAtTheReform();
    List<Measurement> reports = List.of(Measurement.ratio("G2", "C1", 2024, 90, 100));

    assertThat(attainment(split, reports, "C1", 2024, EVE).isMet()).isTrue();
    assertThat(attainment(split, reports, "C1A", 2024, REFORM).status())
        .isEqualTo(AttainmentStatus.NO_DATA);
    assertThat(attainment(split, reports, "C1B", 2024, REFORM).status())
        .isEqualTo(AttainmentStatus.NO_DATA);
  }
}
