package vn.emulation.jakarta.application.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emulation.jakarta.application.progress.SampleCity.BIG_WARD;
import static vn.emulation.jakarta.application.progress.SampleCity.CITY;
import static vn.emulation.jakarta.application.progress.SampleCity.END_2023;
import static vn.emulation.jakarta.application.progress.SampleCity.SILENT_WARD;
import static vn.emulation.jakarta.application.progress.SampleCity.SMALL_WARD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.emulation.core.plan.UnknownPlanElementException;
import vn.emulation.core.target.AttainmentStatus;
import vn.emulation.core.target.Comparator;
import vn.emulation.core.target.Coverage;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.MeasurementSet;
import vn.emulation.core.target.Pillar;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.core.unit.UnknownUnitException;

class ProgressServiceTest {

  private final ProgressService service = SampleCity.service(SampleCity.figures2023());
  private final ProgressReport city = service.progress(2023, CITY, 2023, END_2023);

  @Test
  void cityShareIsTheRatioOfSummedCountsNotTheMeanOfWardShares() {
    TargetProgress g2 = city.row("G2").orElseThrow();

    assertThat(g2.value()).isEqualByComparingTo("83.64"); // 920 / 1100; the mean would be 55
    assertThat(g2.gap()).isEqualByComparingTo("23.64");
    // the silent ward has not reported: above the threshold, but not yet a fact
    assertThat(g2.status()).isEqualTo(AttainmentStatus.INCOMPLETE);
    assertThat(g2.coverage()).isEqualTo(new Coverage(2, 3, List.of(SILENT_WARD)));
  }

  @Test
  void onceEveryWardHasReportedTheCityShareIsMet() {
    List<Measurement> all = new java.util.ArrayList<>();
    all.add(ratio("G2", BIG_WARD, 900, 1000));
    all.add(ratio("G2", SMALL_WARD, 20, 100));
    all.add(ratio("G2", SILENT_WARD, 0, 0)); // handled no dossier: reported, adds nothing
    TargetProgress g2 =
        SampleCity.service(MeasurementSet.of(all))
            .progress(2023, CITY, 2023, END_2023)
            .row("G2")
            .orElseThrow();

    assertThat(g2.value()).isEqualByComparingTo("83.64");
    assertThat(g2.status()).isEqualTo(AttainmentStatus.MET);
    assertThat(g2.coverage()).isEqualTo(new Coverage(3, 3));
    assertThat(g2.parts()).hasSize(3);
  }

  @Test
  void eachRowCarriesTheTargetAsThePlanWritesIt() {
    TargetProgress g8 = city.row("G8").orElseThrow();

    assertThat(g8.indicatorCode()).isEqualTo("G8");
    assertThat(g8.pillar()).isEqualTo(Pillar.DIGITAL_GOVERNMENT);
    assertThat(g8.name().vi()).isNotBlank().isNotEqualTo(g8.name().en());
    assertThat(g8.name().en()).startsWith("Ward- and commune-level work files");
    assertThat(g8.milestoneYear()).isEqualTo(2023);
    assertThat(g8.comparator()).isEqualTo(Comparator.AT_LEAST);
    assertThat(g8.comparatorSymbol()).isEqualTo("≥");
    assertThat(g8.threshold()).isEqualByComparingTo("80");
    assertThat(g8.value()).isEqualByComparingTo("77.27"); // 85 / 110
    assertThat(g8.gap()).isEqualByComparingTo("-2.73");
    assertThat(g8.status()).isEqualTo(AttainmentStatus.INCOMPLETE); // the silent ward
  }

  @Test
  void cityTargetIsReportedForTheCityAndAbsentForWards() {
    assertThat(city.rows()).hasSize(27);
    assertThat(city.row("G7"))
        .get()
        .satisfies(
            g7 -> {
              assertThat(g7.status()).isEqualTo(AttainmentStatus.MET);
              assertThat(g7.coverage()).isEqualTo(new Coverage(1, 1));
            });

    ProgressReport ward = service.progress(2023, BIG_WARD, 2023, END_2023);
    assertThat(ward.rows())
        .hasSize(21)
        .noneMatch(r -> r.indicatorCode().equals("G7"))
        .noneMatch(r -> r.indicatorCode().equals("E1")); // the GRDP share: the city's alone
    assertThat(ward.row("G7")).isEmpty();
    assertThat(ward.row("G8")).isPresent();
  }

  @Test
  void rowsFollowThePlansOrderOfTargets() {
    assertThat(city.rows())
        .extracting(TargetProgress::indicatorCode)
        .startsWith("G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8", "G9", "G10", "E1")
        .endsWith("S9");
  }

  @Test
  void summaryCountsMetNotMetAndNoData() {
    ProgressSummary s = city.summary();

    // met: G7, the city's own; G1, G2, G3, G8 and G10 miss the silent ward's report, so they are
    // incomplete, which counts as not met
    assertThat(s.met()).isEqualTo(1);
    assertThat(s.notMet()).isEqualTo(5);
    assertThat(s.incomplete()).isEqualTo(5);
    assertThat(s.noData()).isEqualTo(21);
    assertThat(s.targets()).isEqualTo(27);
  }

  @Test
  void drillDownGivesTheSameRowsForEachWardByCode() {
    List<ProgressReport> wards = service.drillDown(2023, CITY, 2023, END_2023);

    assertThat(wards)
        .extracting(ProgressReport::unitCode)
        .containsExactly(BIG_WARD, SMALL_WARD, SILENT_WARD);
    assertThat(wards)
        .extracting(ProgressReport::unitName)
        .containsExactly("Phường Vĩnh Thanh Vân", "Phường Vĩnh Lạc", "Phường An Hòa");
    assertThat(wards)
        .allSatisfy(
            w -> {
              assertThat(w.level()).isEqualTo(UnitLevel.COMMUNE);
              assertThat(w.rows()).hasSize(21);
              assertThat(w.children()).isEmpty();
            });
    assertThat(wards.get(1).row("G2").orElseThrow().value()).isEqualByComparingTo("20.00");
    assertThat(wards.get(2).rows())
        .allMatch(
            r ->
                r.status() == AttainmentStatus.NO_DATA
                    && r.value() == null
                    && r.gap() == null
                    && r.coverage().equals(new Coverage(0, 1, List.of(SILENT_WARD))));
    assertThat(city.children()).isSameAs(city.children());
  }

  @Test
  void rankingPutsMoreTargetsMetFirstThenMoreCoverage() {
    var figures =
        MeasurementSet.of(
            List.of(
                ratio("G1", BIG_WARD, 100, 100),
                ratio("G2", BIG_WARD, 90, 100),
                ratio("G1", SMALL_WARD, 50, 50),
                ratio("G2", SMALL_WARD, 10, 100),
                ratio("G3", SMALL_WARD, 90, 100)));

    List<UnitRank> ranking = SampleCity.service(figures).ranking(2023, CITY, 2023, END_2023);

    // both wards meet two targets; the small ward reported three, the big ward two
    assertThat(ranking)
        .extracting(UnitRank::rank, UnitRank::unitCode)
        .containsExactly(rank(1, SMALL_WARD), rank(2, BIG_WARD), rank(3, SILENT_WARD));
    assertThat(ranking.get(0).summary().coverage()).isEqualTo(new Coverage(3, 21));
    assertThat(ranking.get(0).unitName()).isEqualTo("Phường Vĩnh Lạc");
  }

  @Test
  void unitsEqualOnTargetsMetAndCoverageShareARankAndAreListedByCode() {
    var figures =
        MeasurementSet.of(
            List.of(
                ratio("G1", SMALL_WARD, 50, 50), ratio("G3", SMALL_WARD, 10, 100),
                ratio("G1", BIG_WARD, 100, 100), ratio("G2", BIG_WARD, 10, 100)));

    List<UnitRank> ranking = SampleCity.service(figures).ranking(2023, CITY, 2023, END_2023);

    assertThat(ranking)
        .extracting(UnitRank::rank, UnitRank::unitCode)
        .containsExactly(rank(1, BIG_WARD), rank(1, SMALL_WARD), rank(3, SILENT_WARD));
  }

  @Test
  void namesAndChildrenAreThoseOfTheReportsDate() {
    OrgHierarchy renamed =
        OrgHierarchy.of(
            SampleCity.hierarchy().all().stream()
                .map(
                    u ->
                        u.code().equals(SILENT_WARD)
                            ? u.moveOn(LocalDate.of(2024, 1, 1), "Phường An Hòa mới", CITY)
                            : u)
                .toList());
    ProgressService s = new ProgressService(SampleCity.plan(), renamed, SampleCity.figures2023());

    assertThat(s.progress(2023, SILENT_WARD, 2023, END_2023).unitName()).isEqualTo("Phường An Hòa");
    assertThat(s.progress(2025, SILENT_WARD, 2023, LocalDate.of(2024, 6, 1)).unitName())
        .isEqualTo("Phường An Hòa mới");
  }

  @Test
  void rejectsAMilestoneThePlanDoesNotHave() {
    assertThatThrownBy(() -> service.progress(2024, CITY, 2024, END_2023))
        .isInstanceOf(UnknownPlanElementException.class)
        .hasMessageContaining("milestone \"2024\"");
  }

  @Test
  void rejectsAUnitThatDidNotExistOnTheDate() {
    assertThatThrownBy(() -> service.progress(2023, CITY, 2023, LocalDate.of(2019, 12, 31)))
        .isInstanceOf(UnknownUnitException.class)
        .hasMessageContaining(CITY);
    assertThatThrownBy(() -> service.progress(2023, "99999", 2023, END_2023))
        .isInstanceOf(UnknownUnitException.class);
  }

  @Test
  void targetsOfTheOtherMilestoneAreNotMixedIn() {
    ProgressReport r2025 = service.progress(2025, CITY, 2023, END_2023);

    assertThat(r2025.rows()).allMatch(r -> r.milestoneYear() == 2025);
    // the same 2023 figure, held against the 2025 threshold of 80
    assertThat(r2025.row("G2").orElseThrow().threshold())
        .isEqualByComparingTo(BigDecimal.valueOf(80));
    assertThat(r2025.row("G2").orElseThrow().gap()).isEqualByComparingTo("3.64");
  }

  private static Measurement ratio(String code, String unit, long n, long d) {
    return Measurement.ratio(code, unit, 2023, n, d);
  }

  private static Tuple rank(int rank, String code) {
    return Tuple.tuple(rank, code);
  }
}
