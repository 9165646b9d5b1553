package vn.emulation.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.emulation.core.TestUnits.AN_GIANG;
import static vn.emulation.core.TestUnits.CITY;
import static vn.emulation.core.TestUnits.EVE;
import static vn.emulation.core.TestUnits.NEW_WARD;
import static vn.emulation.core.TestUnits.NINE_WARDS;
import static vn.emulation.core.TestUnits.REFORM;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.TestUnits;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;

/** The hierarchy through the reform of 1 July 2025. */
class OrgHierarchyTest {

  @Test
  void cityHasItsNineWardsBeforeTheReform() {
    OrgHierarchy units = TestUnits.afterMerger();

    assertThat(units.childrenOn(CITY, EVE))
        .extracting(OrgUnit::code)
        .containsExactlyElementsOf(NINE_WARDS);
    assertThat(units.childrenOn(CITY, EVE))
        .extracting(u -> u.nameOn(EVE).orElseThrow())
        .contains("Phường Vĩnh Thanh Vân", "Phường Rạch Sỏi");
  }

  @Test
  void mergerClosesTheNineWardsAndOpensRachGiaWard() {
    OrgHierarchy units = TestUnits.afterMerger();

    assertThat(units.childrenOn(CITY, REFORM)).isEmpty();
    assertThat(units.childrenOn(AN_GIANG, REFORM))
        .extracting(OrgUnit::code)
        .containsExactly(NEW_WARD);
    assertThat(units.predecessorsOf(NEW_WARD))
        .extracting(OrgUnit::code)
        .containsExactlyElementsOf(NINE_WARDS);
    assertThat(units.get("W08").closedOn()).isEqualTo(REFORM);
    assertThat(units.get("W08").successorCodes()).containsExactly(NEW_WARD);
    assertThat(units.get(NEW_WARD).nameOn(REFORM)).hasValue("Phường Rạch Giá");
  }

  @Test
  void mergerLeavesTheOriginalHierarchyAsItWas() {
    OrgHierarchy before = TestUnits.rachGia();

    before.merge(Set.copyOf(NINE_WARDS), TestUnits.newWard(), REFORM);

    assertThat(before.find(NEW_WARD)).isEmpty();
    assertThat(before.get("W01").closedOn()).isNull();
  }

  @Test
  void oldUnitsKeepTheirNamesAtPastDates() {
    OrgUnit vinhLoi = TestUnits.afterMerger().get("W09");

    assertThat(vinhLoi.nameOn(EVE)).hasValue("Phường Vĩnh Lợi");
    assertThat(vinhLoi.parentOn(EVE)).hasValue(CITY);
    assertThat(vinhLoi.nameOn(REFORM)).isEmpty();
  }

  @Test
  void mergerNeedsAtLeastTwoUnits() {
    assertThat(paths(() -> TestUnits.rachGia().merge(Set.of("W01"), TestUnits.newWard(), REFORM)))
        .containsExactly("sources");
  }

  @Test
  void successorMustOpenOnTheMergerDate() {
    OrgUnit early = OrgUnit.open(NEW_WARD, "Phường Rạch Giá", UnitLevel.COMMUNE, AN_GIANG, EVE);

    assertThatThrownBy(() -> TestUnits.rachGia().merge(Set.of("W01", "W02"), early, REFORM))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(NEW_WARD)
        .hasMessageContaining(REFORM.toString());
  }

  @Test
  void mergerOfAnUnknownUnitNamesIt() {
    assertThat(
            problems(
                () -> TestUnits.rachGia().merge(Set.of("W01", "W99"), TestUnits.newWard(), REFORM)))
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(tuple("sources[1]", "No unit with code W99"));
  }

  @Test
  void unitsAlreadyMergedCannotMergeAgain() {
    OrgUnit another =
        OrgUnit.open("RGY", "Phường khác", UnitLevel.COMMUNE, AN_GIANG, REFORM.plusDays(10));

    assertThat(
            problems(
                () ->
                    TestUnits.afterMerger()
                        .merge(Set.of("W01", "W02"), another, REFORM.plusDays(10))))
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple("sources[0]", "Unit W01 already closed on 2025-07-01"),
            tuple("sources[1]", "Unit W02 already closed on 2025-07-01"));
  }

  @Test
  void successorCodeMustBeNew() {
    OrgUnit reused = OrgUnit.open("W03", "Phường Rạch Giá", UnitLevel.COMMUNE, AN_GIANG, REFORM);

    assertThat(problems(() -> TestUnits.rachGia().merge(Set.of("W01", "W02"), reused, REFORM)))
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple("successor.code", "Unit code W03 is already used (codes are never reused)"));
  }

  @Test
  void splitNeedsAtLeastTwoNewUnits() {
    assertThat(paths(() -> TestUnits.rachGia().split("W01", List.of(TestUnits.newWard()), REFORM)))
        .containsExactly("successors");
  }

  @Test
  void splitClosesTheUnitWithEverySuccessorNamed() {
    OrgHierarchy split =
        TestUnits.rachGia()
            .split(
                "W01",
                List.of(
                    OrgUnit.open("W01A", "Phường A", UnitLevel.COMMUNE, AN_GIANG, REFORM),
                    OrgUnit.open("W01B", "Phường B", UnitLevel.COMMUNE, AN_GIANG, REFORM)),
                REFORM);

    assertThat(split.get("W01").successorCodes()).containsExactlyInAnyOrder("W01A", "W01B");
    assertThat(split.predecessorsOf("W01B")).extracting(OrgUnit::code).containsExactly("W01");
  }

  @Test
  void rejectsAnUnknownParentOrSuccessor() {
    LocalDate d = TestUnits.FOUNDED;
    assertThatThrownBy(
            () ->
                OrgHierarchy.of(
                    List.of(OrgUnit.open("W01", "Phường Vĩnh Quang", UnitLevel.COMMUNE, "RG", d))))
        .isInstanceOfSatisfying(
            UnknownUnitException.class, e -> assertThat(e.code()).isEqualTo("RG"));
    assertThatThrownBy(
            () ->
                OrgHierarchy.of(
                    List.of(
                        OrgUnit.open("W01", "Phường Vĩnh Quang", UnitLevel.COMMUNE, null, d)
                            .closeOn(REFORM, Set.of("RGW")))))
        .isInstanceOf(UnknownUnitException.class)
        .hasMessageContaining("successor of W01");
  }

  @Test
  void rejectsTheSameCodeTwice() {
    LocalDate d = TestUnits.FOUNDED;
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                OrgHierarchy.of(
                    List.of(
                        OrgUnit.open("W01", "Phường Vĩnh Quang", UnitLevel.COMMUNE, null, d),
                        OrgUnit.open("W01", "Phường Vĩnh Thanh", UnitLevel.COMMUNE, null, d))))
        .withMessageContaining("W01");
  }

  @Test
  void findIsEmptyAndGetThrowsForAnUnknownCode() {
    assertThat(TestUnits.rachGia().find("XX")).isEmpty();
    assertThatThrownBy(() -> TestUnits.rachGia().get("XX"))
        .isInstanceOf(UnknownUnitException.class)
        .hasMessage("unknown unit XX");
  }

  static List<Problem> problems(Runnable command) {
    try {
      command.run();
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("no problem reported");
  }

  static List<String> paths(Runnable command) {
    return problems(command).stream().map(Problem::path).toList();
  }
}
