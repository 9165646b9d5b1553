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

/**
 * A question about one unit reads only the reports of the units its figure can be made of: every
 * figure of every unit, on days before, on and after mergers, splits and moves, is the same from
 * those reports as from all of them; and a province's question reads its own units only.
 */
class FigureScopeUnitsTest {

  private static final List<LocalDate> DAYS =
      List.of(
          LocalDate.of(2024, 12, 31),
          LocalDate.of(2025, 3, 1),
          TestUnits.EVE,
          TestUnits.REFORM,
          LocalDate.of(2025, 12, 31),
          LocalDate.of(2026, 6, 1));

  private static Indicator indicator(String code, Accumulation accumulation) {
    return new Indicator(
        code,
        Pillar.DIGITAL_GOVERNMENT,
        LocalizedText.vietnamese(code),
        UnitOfMeasure.PERCENT,
        Aggregation.RATIO_OF_SUMS,
        accumulation);
  }

  private static final List<Indicator> INDICATORS =
      List.of(indicator("G2", Accumulation.STOCK), indicator("G5", Accumulation.FLOW));

  /** The test units, the reform's merger and split, and a ward moved to the other province. */
  private static List<OrgHierarchy> hierarchies() {
    OrgHierarchy moved =
        TestUnits.communeSplitAtTheReform()
            .move("W09", LocalDate.of(2025, 3, 1), "Phường Vĩnh Lợi", TestUnits.AN_GIANG);
    return List.of(
        TestUnits.rachGia(),
        TestUnits.afterMerger(),
        TestUnits.communeSplitAtTheReform(),
        moved,
        moved.merge(
            Set.copyOf(TestUnits.NINE_WARDS.subList(0, 8)), TestUnits.newWard(), TestUnits.REFORM));
  }

  /** Reports of every unit, both years, some missing. */
  private static MeasurementSet reports(OrgHierarchy h, Random r) {
    List<Measurement> all = new ArrayList<>();
    for (OrgUnit u : h.all()) {
      for (int year : new int[] {2024, 2025}) {
        for (Indicator i : INDICATORS) {
          if (r.nextInt(4) > 0) {
            long d = 10 + r.nextInt(1000);
            all.add(Measurement.ratio(i.code(), u.code(), year, r.nextLong(d + 1), d));
          }
        }
      }
    }
    return MeasurementSet.of(all);
  }

  @Test
  void everyFigureFromTheUnitsReadIsTheFigureFromEveryReport() {
    Random r = new Random(20261201L);
    int compared = 0;
    for (OrgHierarchy h : hierarchies()) {
      MeasurementSet every = reports(h, r);
      AttainmentCalculator all = new AttainmentCalculator(h, every);
      for (LocalDate day : DAYS) {
        int year = day.getYear() > 2025 ? 2025 : day.getYear();
        FigureScope scope = new FigureScope(year, Set.of());
        for (OrgUnit u : h.all()) {
          if (!u.existsOn(day)) {
            continue;
          }
          FigureScope bounded = scope.forUnit(h, u.code(), day);
          MeasurementSet read = every.within(bounded);
          AttainmentCalculator few = new AttainmentCalculator(h, read);
          for (Indicator i : INDICATORS) {
            Target t =
                new Target(
                    i.code(),
                    2025,
                    Comparator.AT_LEAST,
                    new BigDecimal("50"),
                    TargetScope.EVERYWHERE);
            assertThat(few.attainment(t, i, u.code(), year, day))
                .as("%s on %s", u.code(), day)
                .isEqualTo(all.attainment(t, i, u.code(), year, day));
            compared++;
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(200);
  }

  @Test
  void aProvincesQuestionReadsItsOwnUnitsAndTheirForebearsOnly() {
    OrgHierarchy h = TestUnits.afterMerger();

    Set<String> kienGiang = FigureScope.unitsRead(h, TestUnits.KIEN_GIANG, TestUnits.REFORM);
    Set<String> ward = FigureScope.unitsRead(h, TestUnits.NEW_WARD, TestUnits.REFORM);

    assertThat(kienGiang)
        .contains(TestUnits.KIEN_GIANG, TestUnits.CITY)
        .doesNotContain(TestUnits.AN_GIANG);
    assertThat(kienGiang).containsAll(TestUnits.NINE_WARDS);
    assertThat(ward).contains(TestUnits.NEW_WARD).containsAll(TestUnits.NINE_WARDS);
    assertThat(ward).doesNotContain(TestUnits.KIEN_GIANG, TestUnits.AN_GIANG);
    assertThat(FigureScope.unitsRead(h, "NO-SUCH", TestUnits.REFORM)).isEmpty();
    FigureScope one =
        new FigureScope(2025, Set.of()).forUnit(h, TestUnits.NEW_WARD, TestUnits.REFORM);
    assertThat(one.everyUnit()).isFalse();
    assertThat(one.reads(Measurement.ratio("G2", "W01", 2025, 1, 2))).isTrue();
    assertThat(one.reads(Measurement.ratio("G2", TestUnits.AN_GIANG, 2025, 1, 2))).isFalse();
    assertThat(new FigureScope(2025, Set.of()).everyUnit()).isTrue();
  }
}
