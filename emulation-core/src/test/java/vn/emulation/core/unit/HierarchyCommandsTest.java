package vn.emulation.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.emulation.core.unit.OrgHierarchyTest.paths;
import static vn.emulation.core.unit.OrgHierarchyTest.problems;
import static vn.emulation.core.unit.UnitLevel.COMMUNE;
import static vn.emulation.core.unit.UnitLevel.DISTRICT;
import static vn.emulation.core.unit.UnitLevel.PROVINCE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.Problem;

/** The hierarchy's commands: each rule, and every problem of a request at once. */
class HierarchyCommandsTest {

  static final LocalDate KNOWN = LocalDate.of(2004, 1, 1);
  static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);
  static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);

  /** Kiên Giang (91) with Rạch Giá (899) and two wards, and Châu Thành (900) from 2010. */
  static OrgHierarchy city() {
    return OrgHierarchy.of(
        List.of(
            OrgUnit.open("91", "Tỉnh Kiên Giang", PROVINCE, null, KNOWN),
            OrgUnit.open("899", "Thành phố Rạch Giá", DISTRICT, "91", KNOWN),
            OrgUnit.open("900", "Huyện Châu Thành", DISTRICT, "91", LocalDate.of(2010, 1, 1)),
            OrgUnit.open("30730", "Phường Vĩnh Thanh Vân", COMMUNE, "899", KNOWN),
            OrgUnit.open("30733", "Phường Vĩnh Thanh", COMMUNE, "899", KNOWN)));
  }

  private final OrgHierarchy city = city();

  @Test
  void opensAUnitUnderAParentOfAHigherLevel() {
    OrgHierarchy after =
        city.open(new UnitDraft("30736", "Phường Vĩnh Quang", COMMUNE, "899"), Y2020);

    assertThat(after.childrenOn("899", Y2020))
        .extracting(OrgUnit::code)
        .containsExactly("30730", "30733", "30736");
    assertThat(city.find("30736")).isEmpty();
  }

  @Test
  void reportsEveryProblemOfANewUnitAtOnce() {
    assertThat(problems(() -> city.open(new UnitDraft("30730", " ", null, "nope"), null)))
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple("openedOn", "The date is required"),
            tuple("code", "Unit code 30730 is already used (codes are never reused)"),
            tuple("name", "The unit name is required"),
            tuple("level", "The unit level is required"),
            tuple("parentCode", "No unit with code nope"));
  }

  @Test
  void aParentMustExistThatDayAndStandAbove() {
    assertThat(
            problems(
                () ->
                    city.open(
                        new UnitDraft("1", "Xã Minh Lương", COMMUNE, "900"),
                        LocalDate.of(2005, 1, 1))))
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(tuple("parentCode", "Parent unit 900 does not exist on 2005-01-01"));
    assertThat(problems(() -> city.open(new UnitDraft("2", "Mới", DISTRICT, "899"), Y2020)))
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple(
                "parentCode",
                "A unit at district or city level must be under a higher level; 899 is at"
                    + " district or city level"));
    assertThat(paths(() -> city.open(new UnitDraft("3", "Mới", COMMUNE, "30730"), Y2020)))
        .containsExactly("parentCode");
  }

  @Test
  void closesAUnitWithNothingUnderIt() {
    assertThat(city.close("30730", JULY_2025).get("30730").closedOn()).isEqualTo(JULY_2025);
  }

  @Test
  void noUnitClosesWhileUnitsLieUnderItNorBeforeItOpened() {
    assertThat(problems(() -> city.close("899", JULY_2025)))
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple(
                "date",
                "Units 30730, 30733 are still under 899 from 2025-07-01; move or close them"
                    + " first"));
    assertThat(problems(() -> city.close("30730", KNOWN)))
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple("date", "Unit 30730 opened on 2004-01-01; the change must come later"));
    assertThat(paths(() -> city.close("nope", JULY_2025))).containsExactly("code");
    OrgHierarchy closed = city.close("30730", JULY_2025);
    assertThat(problems(() -> closed.close("30730", JULY_2025.plusDays(1))))
        .extracting(p -> p.reason().en())
        .containsExactly("Unit 30730 already closed on 2025-07-01");
  }

  @Test
  void aUnitPlacedUnderAnotherLaterKeepsItOpen() {
    OrgHierarchy moved = city.move("30730", JULY_2025, null, "900");

    assertThat(paths(() -> moved.close("900", Y2020))).containsExactly("date");
  }

  @Test
  void movesAUnitUnderAnotherParentKeepingItsName() {
    OrgUnit moved = city.move("30730", Y2020, null, "900").get("30730");

    assertThat(moved.nameOn(Y2020)).contains("Phường Vĩnh Thanh Vân");
    assertThat(moved.parentOn(Y2020.minusDays(1))).contains("899");
    assertThat(moved.parentOn(Y2020)).contains("900");
  }

  @Test
  void aMoveThatChangesNothingOrComesTooEarlyIsRefusedWithEveryProblem() {
    assertThat(problems(() -> city.move("30730", Y2020, "Phường Vĩnh Thanh Vân", null)))
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple("name", "Nothing changes: the name and the parent stay as they are"));
    assertThat(paths(() -> city.move("30730", LocalDate.of(2000, 1, 1), "Tên mới", "nope")))
        .containsExactly("from", "parentCode");
    assertThat(paths(() -> city.move("30730", Y2020, null, "30733"))).containsExactly("parentCode");
  }

  @Test
  void aMergerClosesTheSourcesNamesTheSuccessorAndMovesWhatLayUnderThem() {
    OrgHierarchy after =
        city.merge(
            List.of("899", "900"),
            new UnitDraft("950", "Thành phố mới", DISTRICT, "91"),
            JULY_2025);

    assertThat(after.get("899").closedOn()).isEqualTo(JULY_2025);
    assertThat(after.get("900").successorCodes()).containsExactly("950");
    assertThat(after.childrenOn("950", JULY_2025))
        .extracting(OrgUnit::code)
        .containsExactly("30730", "30733");
    assertThat(after.get("30730").parentOn(JULY_2025.minusDays(1))).contains("899");
  }

  @Test
  void aMergerReportsEveryProblemAtOnce() {
    assertThat(
            paths(
                () ->
                    city.merge(
                        List.of("30730"),
                        new UnitDraft("30791", "Phường Rạch Giá", COMMUNE, "30730"),
                        JULY_2025)))
        .containsExactly("sources", "successor.parentCode");
    assertThat(
            paths(
                () ->
                    city.merge(
                        List.of("30730", "30730", "x"),
                        new UnitDraft("899", "", COMMUNE, null),
                        null)))
        .containsExactly("date", "sources[1]", "sources[2]", "successor.code", "successor.name");
    assertThat(paths(() -> city.merge(List.of("30730", "30733"), null, JULY_2025)))
        .containsExactly("successor");
  }

  @Test
  void aMergedUnitMustStandAboveTheUnitsItTakesIn() {
    assertThat(
            problems(
                () ->
                    city.merge(
                        List.of("899", "900"),
                        new UnitDraft("950", "Phường Rạch Giá", COMMUNE, "91"),
                        JULY_2025)))
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple(
                "successor.level",
                "Unit 30730 moves under the new unit, so the new unit must be above ward or"
                    + " commune level"),
            tuple(
                "successor.level",
                "Unit 30733 moves under the new unit, so the new unit must be above ward or"
                    + " commune level"));
  }

  @Test
  void aSplitOpensTheNewUnitsAndClosesTheSource() {
    OrgHierarchy after =
        city.splitInto(
            "30730",
            List.of(
                new UnitDraft("30801", "Phường A", COMMUNE, "899"),
                new UnitDraft("30802", "Phường B", COMMUNE, "899")),
            JULY_2025);

    assertThat(after.get("30730").successorCodes()).containsExactlyInAnyOrder("30801", "30802");
    assertThat(after.get("30801").openedOn()).isEqualTo(JULY_2025);
  }

  @Test
  void aSplitReportsEveryProblemAtOnce() {
    assertThat(
            paths(
                () ->
                    city.splitInto(
                        "899",
                        List.of(new UnitDraft("950", "Thành phố A", DISTRICT, "91")),
                        JULY_2025)))
        .containsExactly("source", "successors");
    assertThat(
            problems(
                () ->
                    city.splitInto(
                        "30730",
                        java.util.Arrays.asList(
                            new UnitDraft("30801", "A", COMMUNE, "899"),
                            new UnitDraft("30801", "B", COMMUNE, "30730"),
                            null),
                        JULY_2025)))
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple("successors[1].code", "Unit code 30801 is already used (codes are never reused)"),
            tuple(
                "successors[1].parentCode",
                "Unit 30730 cannot be the parent: it closes on 2025-07-01"),
            tuple("successors[2]", "The new unit is required"));
  }

  @Test
  void everyProblemIsInVietnameseAndEnglish() {
    assertThat(
            problems(
                () ->
                    city.merge(
                        List.of("30730", "30730", "x"),
                        new UnitDraft("899", "", null, "nope"),
                        null)))
        .allSatisfy(p -> assertThat(p.reason().vi()).isNotEqualTo(p.reason().en()));
  }
}
