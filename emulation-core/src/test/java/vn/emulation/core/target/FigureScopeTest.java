package vn.emulation.core.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.TestUnits;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;

/**
 * The reports a question reads ({@link FigureScope}) give the same answer as every report of the
 * plan: for every unit, milestone, year and day of a city whose nine wards merged and one of whose
 * communes split in 2025, with village breakdowns on every count, reports of units in years they
 * did not exist, gaps, a stock, a flow, a figure reported only at the top, a ward-level target and
 * a target met "in each sector" in one milestone but judged overall in the other.
 */
class FigureScopeTest {

  private static final List<Integer> YEARS = List.of(2022, 2023, 2024, 2025);
  private static final List<String> VILLAGES = List.of("thon-001", "thon-002", "thon-003");
  private static final List<String> SECTORS = List.of("cong-nghiep", "dich-vu", "nong-nghiep");

  private static final Indicator G2 =
      indicator("G2", UnitOfMeasure.PERCENT, Aggregation.RATIO_OF_SUMS, Accumulation.FLOW);
  private static final Indicator G8 =
      indicator("G8", UnitOfMeasure.PERCENT, Aggregation.RATIO_OF_SUMS, Accumulation.STOCK);
  private static final Indicator S4 =
      indicator("S4", UnitOfMeasure.PERCENT, Aggregation.RATIO_OF_SUMS, Accumulation.STOCK);
  private static final Indicator E2 =
      indicator("E2", UnitOfMeasure.PERCENT, Aggregation.RATIO_OF_SUMS, Accumulation.FLOW);
  private static final Indicator E1 =
      indicator("E1", UnitOfMeasure.PERCENT, Aggregation.REPORTED_AT_TOP, Accumulation.STOCK);
  private static final List<Indicator> INDICATORS = List.of(G2, G8, S4, E2, E1);

  private static final TargetScope WARDS =
      new TargetScope(Set.of(UnitLevel.COMMUNE), Set.of(), false);
  private static final TargetScope EACH_SECTOR = new TargetScope(Set.of(), Set.of(), true);

  private static final List<Target> TARGETS =
      List.of(
          target("G2", 2023, "60", TargetScope.EVERYWHERE),
          target("G8", 2023, "80", WARDS),
          target("S4", 2023, "90", TargetScope.EVERYWHERE),
          target("E2", 2023, "10", TargetScope.EVERYWHERE),
          target("E1", 2023, "20", TargetScope.EVERYWHERE),
          target("G2", 2025, "80", TargetScope.EVERYWHERE),
          target("G8", 2025, "90", WARDS),
          target("S4", 2025, "95", TargetScope.EVERYWHERE),
          target("E2", 2025, "20", EACH_SECTOR),
          target("E1", 2025, "30", TargetScope.EVERYWHERE));

  private static final OrgHierarchy UNITS =
      TestUnits.communeSplitAtTheReform()
          .merge(Set.copyOf(TestUnits.NINE_WARDS), TestUnits.newWard(), TestUnits.REFORM);

  private static final MeasurementSet ALL = reports(new Random(20251201));

  @Test
  void theReportsAQuestionReadsGiveTheSameAnswersAsEveryReport() {
    int compared = 0;
    int decided = 0;
    int inEachSector = 0;
    for (int milestone : List.of(2023, 2025)) {
      for (int year : YEARS) {
        FigureScope scope = FigureScope.of(TARGETS, milestone, year);
        MeasurementSet read = ALL.within(scope);
        assertThat(read.size()).isLessThan(ALL.size() / 4);
        AttainmentCalculator full = new AttainmentCalculator(UNITS, ALL);
        AttainmentCalculator restricted = new AttainmentCalculator(UNITS, read);
        for (LocalDate day : days(year)) {
          for (OrgUnit unit : UNITS.all()) {
            if (!unit.existsOn(day)) {
              continue;
            }
            for (Target target : TARGETS) {
              if (target.milestoneYear() != milestone
                  || !target.scope().appliesAtOrBelow(unit.level())) {
                continue;
              }
              Indicator indicator = indicator(target.indicatorCode());
              Attainment expected = full.attainment(target, indicator, unit.code(), year, day);
              assertThat(restricted.attainment(target, indicator, unit.code(), year, day))
                  .as("%s %s/%d %s on %s", target.indicatorCode(), milestone, year, unit, day)
                  .isEqualTo(expected);
              compared++;
              if (expected.status() == AttainmentStatus.MET
                  || expected.status() == AttainmentStatus.NOT_MET) {
                decided++;
              }
              if (target.scope().eachBreakdown() && expected.parts().size() > 1) {
                inEachSector++;
              }
            }
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(500);
    assertThat(decided).isGreaterThan(100);
    assertThat(inEachSector).isGreaterThan(10);
  }

  @Test
  void aScopeWithoutTheSectorsOfATargetMetInEachSectorWouldChangeAnswers() {
    // the comparison above can fail: leaving out what the scope keeps changes answers
    FigureScope scope = FigureScope.of(TARGETS, 2025, 2024);
    FigureScope overallOnly = new FigureScope(2024, Set.of());
    Target e2 = TARGETS.stream().filter(t -> t.scope().eachBreakdown()).findFirst().orElseThrow();
    AttainmentCalculator kept = new AttainmentCalculator(UNITS, ALL.within(scope));
    AttainmentCalculator dropped = new AttainmentCalculator(UNITS, ALL.within(overallOnly));
    LocalDate day = LocalDate.of(2024, 12, 31);

    assertThat(
            UNITS.all().stream()
                .filter(u -> u.existsOn(day))
                .filter(
                    u ->
                        !kept.attainment(e2, E2, u.code(), 2024, day)
                            .equals(dropped.attainment(e2, E2, u.code(), 2024, day))))
        .isNotEmpty();
  }

  @Test
  void readsTheYearAskedWithEveryBreakdownOnlyOfTargetsMetInEachBreakdown() {
    FigureScope for2025 = FigureScope.of(TARGETS, 2025, 2024);
    FigureScope for2023 = FigureScope.of(TARGETS, 2023, 2024);

    assertThat(for2025.eachBreakdown()).containsExactly("E2");
    assertThat(for2023.eachBreakdown()).isEmpty();
    assertThat(for2025.reads(part("E2", "W01", 2024, "dich-vu"))).isTrue();
    assertThat(for2023.reads(part("E2", "W01", 2024, "dich-vu"))).isFalse();
    assertThat(for2025.reads(part("G2", "W01", 2024, "thon-001"))).isFalse();
    assertThat(for2025.reads(Measurement.ratio("G2", "W01", 2024, 1, 2))).isTrue();
    assertThat(for2025.reads(Measurement.ratio("G2", "W01", 2023, 1, 2))).isFalse();
  }

  @Test
  void readsTheOverallFiguresOfTheIndicatorsOfTheMilestonesTargetsOnly() {
    // an indicator without a target of the milestone is never asked about (ADR 0054: the store
    // reads the figures indicator by indicator)
    List<Target> twoMilestones =
        List.of(
            target("G2", 2023, "60", TargetScope.EVERYWHERE),
            target("E2", 2025, "20", EACH_SECTOR),
            target("S4", 2025, "95", TargetScope.EVERYWHERE));
    FigureScope for2025 = FigureScope.of(twoMilestones, 2025, 2024);

    assertThat(for2025.indicators()).containsExactlyInAnyOrder("E2", "S4");
    assertThat(for2025.overallOnly()).containsExactly("S4");
    assertThat(for2025.reads(Measurement.ratio("S4", "W01", 2024, 1, 2))).isTrue();
    assertThat(for2025.reads(Measurement.ratio("E2", "W01", 2024, 1, 2))).isTrue();
    assertThat(for2025.reads(part("E2", "W01", 2024, "dich-vu"))).isTrue();
    assertThat(for2025.reads(Measurement.ratio("G2", "W01", 2024, 1, 2))).isFalse();
    assertThat(for2025.forUnit(UNITS, "W01", LocalDate.of(2024, 12, 31)).indicators())
        .isEqualTo(for2025.indicators());
    assertThat(new FigureScope(2024, Set.of()).everyIndicator()).isTrue();
    assertThat(new FigureScope(2024, Set.of()).reads(Measurement.ratio("G2", "W01", 2024, 1, 2)))
        .isTrue();
  }

  private static List<LocalDate> days(int year) {
    List<LocalDate> days = new ArrayList<>();
    days.add(LocalDate.of(year, 12, 31));
    days.add(LocalDate.of(year, 3, 1));
    if (year == 2025) {
      days.add(TestUnits.EVE);
      days.add(TestUnits.REFORM);
    }
    return days;
  }

  /**
   * Every unit, every year (also the years it did not exist in), a few left out: villages under
   * each count and the overall figure their sum; sectors under E2, the top's E1.
   */
  private static MeasurementSet reports(Random random) {
    List<Measurement> reports = new ArrayList<>();
    for (OrgUnit unit : UNITS.all()) {
      for (int year : YEARS) {
        for (Indicator indicator : INDICATORS) {
          if (random.nextInt(10) == 0) {
            continue;
          }
          if (indicator == E1) {
            if (unit.level() == UnitLevel.PROVINCE) {
              reports.add(Measurement.amount("E1", unit.code(), year, pct(random)));
            }
            continue;
          }
          List<String> parts = indicator == E2 ? SECTORS : VILLAGES;
          long numerator = 0;
          long denominator = 0;
          for (String part : parts) {
            long d = 50 + random.nextInt(200);
            long n = (long) (d * (0.5 + random.nextDouble() * 0.5));
            numerator += n;
            denominator += d;
            if (random.nextInt(8) != 0) {
              reports.add(
                  new Measurement(
                      indicator.code(), unit.code(), year, part, new Quantity.Ratio(n, d)));
            }
          }
          if (unit.level() != UnitLevel.PROVINCE || random.nextBoolean()) {
            reports.add(
                Measurement.ratio(indicator.code(), unit.code(), year, numerator, denominator));
          }
        }
      }
    }
    return MeasurementSet.of(reports);
  }

  private static Measurement part(String indicator, String unit, int year, String breakdown) {
    return new Measurement(indicator, unit, year, breakdown, new Quantity.Ratio(1, 2));
  }

  private static BigDecimal pct(Random random) {
    return BigDecimal.valueOf(10 + random.nextInt(300), 1);
  }

  private static Indicator indicator(String code) {
    return INDICATORS.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
  }

  private static Indicator indicator(
      String code, UnitOfMeasure unit, Aggregation aggregation, Accumulation accumulation) {
    return new Indicator(
        code,
        Pillar.DIGITAL_GOVERNMENT,
        LocalizedText.vietnamese(code),
        unit,
        aggregation,
        accumulation);
  }

  private static Target target(String code, int milestone, String threshold, TargetScope scope) {
    return new Target(code, milestone, Comparator.AT_LEAST, new BigDecimal(threshold), scope);
  }
}
