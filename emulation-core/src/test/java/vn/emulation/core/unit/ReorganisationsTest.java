package vn.emulation.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.emulation.core.unit.HierarchyCommandsTest.JULY_2025;
import static vn.emulation.core.unit.HierarchyCommandsTest.KNOWN;
import static vn.emulation.core.unit.UnitLevel.COMMUNE;
import static vn.emulation.core.unit.UnitLevel.DISTRICT;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.unit.Reorganisation.Kind;

/** What a unit's history says of the reorganisations it took part in, from either side. */
class ReorganisationsTest {

  private final OrgHierarchy city = HierarchyCommandsTest.city();

  private static List<Object> said(OrgHierarchy h, String code) {
    return h.reorganisationsOf(code).stream()
        .map(r -> (Object) tuple(r.kind(), r.day(), r.units()))
        .toList();
  }

  @Test
  void aMergerFormedTheNewUnitAndEachSourceMergedIntoIt() {
    OrgHierarchy after =
        city.merge(
            List.of("30733", "30730"),
            new UnitDraft("30790", "Phường Rạch Giá", COMMUNE, "899"),
            JULY_2025);

    assertThat(said(after, "30790"))
        .containsExactly(tuple(Kind.FORMED_BY_MERGER, JULY_2025, List.of("30730", "30733")));
    assertThat(said(after, "30730"))
        .containsExactly(tuple(Kind.MERGED_INTO, JULY_2025, List.of("30790")));
    assertThat(Kind.MERGED_INTO.side()).isEqualTo(Reorganisation.Side.SUCCESSORS);
    assertThat(Kind.FORMED_BY_MERGER.side()).isEqualTo(Reorganisation.Side.PREDECESSORS);
  }

  @Test
  void aSplitFormedEachNewUnitFromTheSourceWhichSplitIntoThem() {
    OrgHierarchy after =
        city.splitInto(
            "30730",
            List.of(
                new UnitDraft("30802", "Phường B", COMMUNE, "899"),
                new UnitDraft("30801", "Phường A", COMMUNE, "899")),
            JULY_2025);

    assertThat(said(after, "30730"))
        .containsExactly(tuple(Kind.SPLIT_INTO, JULY_2025, List.of("30801", "30802")));
    assertThat(said(after, "30801"))
        .containsExactly(tuple(Kind.SPLIT_FROM, JULY_2025, List.of("30730")));
  }

  @Test
  void aUnitClosedWithNoSuccessorWasDissolvedAndAnOpenUnitHasNothingToSay() {
    OrgHierarchy after = city.close("30733", JULY_2025);

    assertThat(said(after, "30733")).containsExactly(tuple(Kind.DISSOLVED, JULY_2025, List.of()));
    assertThat(said(after, "30730")).isEmpty();
    assertThat(said(after, "nope")).isEmpty();
  }

  @Test
  void aUnitClosedIntoOneThatExistedBeforeWasTakenOverNotMerged() {
    LocalDate day = LocalDate.of(2015, 1, 1);
    OrgHierarchy h =
        OrgHierarchy.of(
            List.of(
                OrgUnit.open("899", "Thành phố Rạch Giá", DISTRICT, null, KNOWN),
                OrgUnit.open("30730", "Phường Một", COMMUNE, "899", KNOWN),
                OrgUnit.open("30733", "Phường Hai", COMMUNE, "899", KNOWN)
                    .closeOn(day, Set.of("30730"))));

    assertThat(said(h, "30733")).containsExactly(tuple(Kind.TAKEN_OVER_BY, day, List.of("30730")));
    assertThat(said(h, "30730")).containsExactly(tuple(Kind.TOOK_OVER, day, List.of("30733")));
  }

  @Test
  void aUnitFormedByAMergerAndLaterSplitTellsBothInOrder() {
    LocalDate later = LocalDate.of(2027, 1, 1);
    OrgHierarchy after =
        city.merge(
                List.of("30730", "30733"),
                new UnitDraft("30790", "Phường Rạch Giá", COMMUNE, "899"),
                JULY_2025)
            .splitInto(
                "30790",
                List.of(
                    new UnitDraft("30791", "Phường Bắc", COMMUNE, "899"),
                    new UnitDraft("30792", "Phường Nam", COMMUNE, "899")),
                later);

    assertThat(said(after, "30790"))
        .containsExactly(
            tuple(Kind.FORMED_BY_MERGER, JULY_2025, List.of("30730", "30733")),
            tuple(Kind.SPLIT_INTO, later, List.of("30791", "30792")));
  }

  @Test
  void wardsMergedWhileTheCityAroundThemSplitAreToldApartOnTheSameDay() {
    OrgHierarchy h =
        OrgHierarchy.of(
            List.of(
                OrgUnit.open("91", "Tỉnh Kiên Giang", UnitLevel.PROVINCE, null, KNOWN),
                OrgUnit.open("899", "Thành phố Rạch Giá", DISTRICT, "91", KNOWN)
                    .closeOn(JULY_2025, Set.of("30790", "30791")),
                OrgUnit.open("30745", "Phường Vĩnh Lạc", COMMUNE, "899", KNOWN)
                    .closeOn(JULY_2025, Set.of("30790")),
                OrgUnit.open("30754", "Phường Rạch Sỏi", COMMUNE, "899", KNOWN)
                    .closeOn(JULY_2025, Set.of("30790")),
                OrgUnit.open("30790", "Phường Rạch Giá", COMMUNE, "91", JULY_2025),
                OrgUnit.open("30791", "Phường Vĩnh Thông", COMMUNE, "91", JULY_2025)));

    assertThat(said(h, "30790"))
        .containsExactly(
            tuple(Kind.FORMED_BY_MERGER, JULY_2025, List.of("30745", "30754")),
            tuple(Kind.SPLIT_FROM, JULY_2025, List.of("899")));
    assertThat(said(h, "30791")).containsExactly(tuple(Kind.SPLIT_FROM, JULY_2025, List.of("899")));
    assertThat(said(h, "30745"))
        .containsExactly(tuple(Kind.MERGED_INTO, JULY_2025, List.of("30790")));
    assertThat(said(h, "899"))
        .containsExactly(tuple(Kind.SPLIT_INTO, JULY_2025, List.of("30790", "30791")));
  }

  @Test
  void aNewUnitThatReplacedOneUnitAloneTookItOver() {
    LocalDate day = LocalDate.of(2015, 1, 1);
    OrgHierarchy h =
        OrgHierarchy.of(
            List.of(
                OrgUnit.open("899", "Thành phố Rạch Giá", DISTRICT, null, KNOWN),
                OrgUnit.open("30730", "Phường Một", COMMUNE, "899", KNOWN)
                    .closeOn(day, Set.of("30731")),
                OrgUnit.open("30731", "Phường Một (mới)", COMMUNE, "899", day)));

    assertThat(said(h, "30731")).containsExactly(tuple(Kind.TOOK_OVER, day, List.of("30730")));
    assertThat(said(h, "30730")).containsExactly(tuple(Kind.TAKEN_OVER_BY, day, List.of("30731")));
  }
}
