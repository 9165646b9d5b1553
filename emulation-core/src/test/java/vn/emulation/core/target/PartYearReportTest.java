package vn.emulation.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.core.TestUnits.AN_GIANG;
import static vn.emulation.core.TestUnits.EVE;
import static vn.emulation.core.TestUnits.NEW_WARD;
import static vn.emulation.core.TestUnits.NINE_WARDS;
import static vn.emulation.core.TestUnits.REFORM;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.TestUnits;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;

/**
 * 2025, the year of the reform: the nine wards reported January to June, the new ward July to
 * December. A flow adds the parts; a stock takes the latest state and shows the earlier ones.
 */
class PartYearReportTest {

  private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

  private static final Indicator G2_FLOW = indicator("G2", Accumulation.FLOW);
  private static final Indicator S4_STOCK = indicator("S4", Accumulation.STOCK);

  private static Indicator indicator(String code, Accumulation accumulation) {
    return new Indicator(
        code,
        Pillar.DIGITAL_GOVERNMENT,
        LocalizedText.vietnamese(code),
        UnitOfMeasure.PERCENT,
        Aggregation.RATIO_OF_SUMS,
        accumulation);
  }

  private static Target atLeast80(String code) {
    return new Target(
        code, 2025, Comparator.AT_LEAST, BigDecimal.valueOf(80), TargetScope.EVERYWHERE);
  }

  /** Each old ward: 40 of 50 in the first half of 2025; the new ward as given. */
  private static List<Measurement> halves(String code, Long newWardNumerator) {
    List<Measurement> reports = new ArrayList<>();
    for (String ward : NINE_WARDS) {
      reports.add(Measurement.ratio(code, ward, 2025, 40, 50));
    }
    if (newWardNumerator != null) {
      reports.add(Measurement.ratio(code, NEW_WARD, 2025, newWardNumerator, 500));
    }
    return reports;
  }

  private static Attainment attainment(
      OrgHierarchy units,
      Indicator indicator,
      List<Measurement> reports,
      String unit,
      LocalDate on) {
    return new AttainmentCalculator(units, MeasurementSet.of(reports))
        .attainment(atLeast80(indicator.code()), indicator, unit, 2025, on);
  }

  @Test
  void aReportCoversTheDaysOfTheYearItsUnitExisted() {
    OrgHierarchy units = TestUnits.afterMerger();

    assertThat(ReportPeriod.of(units.get("W01"), 2025))
        .hasValue(new ReportPeriod(LocalDate.of(2025, 1, 1), EVE));
    assertThat(ReportPeriod.of(units.get(NEW_WARD), 2025))
        .hasValue(new ReportPeriod(REFORM, YEAR_END));
    assertThat(ReportPeriod.of(units.get("W01"), 2024).orElseThrow().wholeYear()).isTrue();
    assertThat(ReportPeriod.of(units.get(NEW_WARD), 2024)).isEmpty();
    assertThat(ReportPeriod.of(units.get("W01"), 2026)).isEmpty();
  }

  @Test
  void aFlowAddsThePredecessorsHalfYearToTheSuccessorsHalf() {
    Attainment a =
        attainment(TestUnits.afterMerger(), G2_FLOW, halves("G2", 350L), NEW_WARD, YEAR_END);

    // 9 × 40 of 50 = 360 of 450 before July, 350 of 500 after: 710 of 950 for the year
    assertThat(a.figure()).isEqualTo(new Quantity.Ratio(710, 950));
    assertThat(a.coverage()).isEqualTo(new Coverage(10, 10));
    assertThat(a.status()).isEqualTo(AttainmentStatus.NOT_MET);
    assertThat(a.parts()).hasSize(10).allMatch(p -> p.use() == FigurePart.Use.COUNTED);
    assertThat(a.parts())
        .filteredOn(p -> p.unitCode().equals("W01"))
        .singleElement()
        .satisfies(p -> assertThat(p.period().to()).isEqualTo(EVE));
  }

  @Test
  void theCityTotalKeepsThePredecessorsPartOfAFlow() {
    Attainment province =
        attainment(TestUnits.afterMerger(), G2_FLOW, halves("G2", 350L), AN_GIANG, YEAR_END);

    assertThat(province.figure()).isEqualTo(new Quantity.Ratio(710, 950));
  }

  @Test
  void aFlowWithoutTheSuccessorsHalfIsIncompleteAndNamesIt() {
    Attainment a =
        attainment(TestUnits.afterMerger(), G2_FLOW, halves("G2", null), NEW_WARD, YEAR_END);

    assertThat(a.figure()).isEqualTo(new Quantity.Ratio(360, 450));
    assertThat(a.status()).isEqualTo(AttainmentStatus.INCOMPLETE);
    assertThat(a.coverage().missing()).containsExactly(NEW_WARD);
  }

  @Test
  void aStockTakesTheLatestStateAndShowsTheEarlierParts() {
    Attainment a =
        attainment(TestUnits.afterMerger(), S4_STOCK, halves("S4", 420L), NEW_WARD, YEAR_END);

    assertThat(a.figure()).isEqualTo(new Quantity.Ratio(420, 500));
    assertThat(a.status()).isEqualTo(AttainmentStatus.MET);
    assertThat(a.coverage()).isEqualTo(new Coverage(1, 1));
    assertThat(a.parts())
        .filteredOn(p -> p.use() == FigurePart.Use.COUNTED)
        .extracting(FigurePart::unitCode)
        .containsExactly(NEW_WARD);
    assertThat(a.parts())
        .filteredOn(p -> p.use() == FigurePart.Use.EARLIER_STATE)
        .extracting(FigurePart::unitCode)
        .containsExactlyElementsOf(NINE_WARDS);
  }

  @Test
  void aStockWithoutTheLatestStateShowsTheEarlierOneAsIncomplete() {
    Attainment a =
        attainment(TestUnits.afterMerger(), S4_STOCK, halves("S4", null), NEW_WARD, YEAR_END);

    assertThat(a.figure()).isEqualTo(new Quantity.Ratio(360, 450));
    assertThat(a.status()).isEqualTo(AttainmentStatus.INCOMPLETE);
    assertThat(a.coverage().missing()).containsExactly(NEW_WARD);
  }

  @Test
  void beforeTheReformYearTheSuccessorStillInheritsWholeYears() {
    List<Measurement> reports = new ArrayList<>();
    for (String ward : NINE_WARDS) {
      reports.add(Measurement.ratio("S4", ward, 2024, 45, 50));
    }
    Attainment a =
        new AttainmentCalculator(TestUnits.afterMerger(), MeasurementSet.of(reports))
            .attainment(
                new Target(
                    "S4",
                    2025,
                    Comparator.AT_LEAST,
                    BigDecimal.valueOf(80),
                    TargetScope.EVERYWHERE),
                S4_STOCK,
                NEW_WARD,
                2024,
                YEAR_END);

    assertThat(a.figure()).isEqualTo(new Quantity.Ratio(405, 450));
    assertThat(a.coverage()).isEqualTo(new Coverage(9, 9));
    assertThat(a.status()).isEqualTo(AttainmentStatus.MET);
  }

  @Test
  void aSplitUnitsFlowCountsAboveAllItsSuccessorsAndIsNamedThere() {
    OrgHierarchy split = TestUnits.communeSplitAtTheReform();
    List<Measurement> reports =
        List.of(
            Measurement.ratio("G2", "C1", 2025, 90, 100),
            Measurement.ratio("G2", "C1A", 2025, 40, 50),
            Measurement.ratio("G2", "C1B", 2025, 45, 50));

    Attainment c1a = attainment(split, G2_FLOW, reports, "C1A", YEAR_END);
    Attainment province = attainment(split, G2_FLOW, reports, AN_GIANG, YEAR_END);

    assertThat(c1a.figure()).isEqualTo(new Quantity.Ratio(40, 50)); // C1's part is not divisible
    assertThat(province.figure()).isEqualTo(new Quantity.Ratio(175, 200));
    assertThat(province.parts()).extracting(FigurePart::unitCode).contains("C1", "C1A", "C1B");
  }

  @Test
  void aSplitUnitsStockIsShownAboveItsSuccessorsAsAnEarlierState() {
    OrgHierarchy split = TestUnits.communeSplitAtTheReform();
    List<Measurement> reports =
        List.of(
            Measurement.ratio("S4", "C1", 2025, 90, 100),
            Measurement.ratio("S4", "C1A", 2025, 40, 50),
            Measurement.ratio("S4", "C1B", 2025, 45, 50));

    Attainment province = attainment(split, S4_STOCK, reports, AN_GIANG, YEAR_END);

    assertThat(province.figure()).isEqualTo(new Quantity.Ratio(85, 100));
    assertThat(province.parts())
        .filteredOn(p -> p.unitCode().equals("C1"))
        .singleElement()
        .satisfies(p -> assertThat(p.use()).isEqualTo(FigurePart.Use.EARLIER_STATE));
  }

  @Test
  void aReportForAYearItsUnitDidNotExistIsSetAsideAndSaysWhy() {
    List<Measurement> reports = new ArrayList<>(halves("G2", 350L));
    reports.add(Measurement.ratio("G2", NEW_WARD, 2024, 1, 1));

    Attainment a =
        new AttainmentCalculator(TestUnits.afterMerger(), MeasurementSet.of(reports))
            .attainment(atLeast80("G2"), G2_FLOW, NEW_WARD, 2024, YEAR_END);

    assertThat(a.parts())
        .filteredOn(p -> p.use() == FigurePart.Use.SET_ASIDE)
        .singleElement()
        .satisfies(p -> assertThat(p.reason().en()).contains("did not exist in 2024"));
  }

  /** The nine wards merged into the new ward; the city closes naming two successors (a split). */
  private static OrgHierarchy cityClosedIntoTwoWards() {
    List<OrgUnit> units = new ArrayList<>();
    for (OrgUnit u : TestUnits.rachGia().all()) {
      units.add(
          u.code().equals(TestUnits.CITY)
              ? new OrgUnit(
                  u.code(), u.level(), u.openedOn(), null, u.placements(), java.util.Set.of())
              : u);
    }
    units.add(OrgUnit.open("VT", "Phường Vĩnh Thông", UnitLevel.COMMUNE, AN_GIANG, REFORM));
    OrgHierarchy h =
        OrgHierarchy.of(units).merge(java.util.Set.copyOf(NINE_WARDS), TestUnits.newWard(), REFORM);
    List<OrgUnit> after = new ArrayList<>();
    for (OrgUnit u : h.all()) {
      after.add(
          u.code().equals(TestUnits.CITY)
              ? u.closeOn(REFORM, java.util.Set.of(NEW_WARD, "VT"))
              : u);
    }
    return OrgHierarchy.of(after);
  }

  @Test
  void anAbolishedCityIsNotExpectedToReportWhatItsWardsReport() {
    Attainment province =
        attainment(cityClosedIntoTwoWards(), G2_FLOW, halves("G2", 350L), AN_GIANG, YEAR_END);

    assertThat(province.figure()).isEqualTo(new Quantity.Ratio(710, 950));
    assertThat(province.coverage().missing()).doesNotContain(TestUnits.CITY);
    assertThat(province.coverage().missing()).containsExactly("VT"); // the other new ward
  }

  @Test
  void anAbolishedCitysOwnReportIsSetAsideNotAddedToItsWards() {
    List<Measurement> reports = new ArrayList<>(halves("G2", 350L));
    reports.add(Measurement.ratio("G2", TestUnits.CITY, 2025, 360, 450));
    reports.add(Measurement.ratio("G2", "VT", 2025, 0, 0));

    Attainment province =
        attainment(cityClosedIntoTwoWards(), G2_FLOW, reports, AN_GIANG, YEAR_END);

    assertThat(province.figure()).isEqualTo(new Quantity.Ratio(710, 950));
    assertThat(province.status()).isEqualTo(AttainmentStatus.NOT_MET);
    assertThat(province.parts())
        .filteredOn(p -> p.unitCode().equals(TestUnits.CITY))
        .singleElement()
        .satisfies(p -> assertThat(p.use()).isEqualTo(FigurePart.Use.SET_ASIDE));
  }

  @Test
  void aSplitUnitsStockCountsForTheYearsBeforeItSplit() {
    OrgHierarchy split = TestUnits.communeSplitAtTheReform();
    List<Measurement> reports = List.of(Measurement.ratio("S4", "C1", 2024, 90, 100));

    Attainment province =
        new AttainmentCalculator(split, MeasurementSet.of(reports))
            .attainment(atLeast80("S4"), S4_STOCK, AN_GIANG, 2024, YEAR_END);

    assertThat(province.figure()).isEqualTo(new Quantity.Ratio(90, 100));
    assertThat(province.coverage()).isEqualTo(new Coverage(1, 1));
    assertThat(province.status()).isEqualTo(AttainmentStatus.MET);
  }

  @Test
  void aMergerCountsOnlyFromItsDate() {
    // Kiên Giang merges into An Giang on 1 July 2025: on 31 December 2024 it is not yet part of it
    List<OrgUnit> units = new ArrayList<>();
    units.add(
        OrgUnit.open("KG", "Tỉnh Kiên Giang", UnitLevel.PROVINCE, null, TestUnits.FOUNDED)
            .closeOn(REFORM, java.util.Set.of(AN_GIANG)));
    units.add(OrgUnit.open(AN_GIANG, "Tỉnh An Giang", UnitLevel.PROVINCE, null, TestUnits.FOUNDED));
    List<Measurement> reports =
        List.of(
            Measurement.ratio("G2", "KG", 2024, 90, 100),
            Measurement.ratio("G2", AN_GIANG, 2024, 50, 100));
    AttainmentCalculator calculator =
        new AttainmentCalculator(OrgHierarchy.of(units), MeasurementSet.of(reports));

    assertThat(
            calculator
                .attainment(atLeast80("G2"), G2_FLOW, AN_GIANG, 2024, LocalDate.of(2024, 12, 31))
                .figure())
        .isEqualTo(new Quantity.Ratio(50, 100));
    assertThat(calculator.attainment(atLeast80("G2"), G2_FLOW, AN_GIANG, 2024, YEAR_END).figure())
        .isEqualTo(new Quantity.Ratio(140, 200));
  }
}
