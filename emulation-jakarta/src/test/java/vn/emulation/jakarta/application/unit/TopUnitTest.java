package vn.emulation.jakarta.application.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;

class TopUnitTest {

  private static final LocalDate KNOWN = LocalDate.of(2004, 1, 1);
  private static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);
  private static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);

  /** Kiên Giang with Rạch Giá and three wards; An Giang beside it; in 2025 two wards merge. */
  private static OrgHierarchy province() {
    List<OrgUnit> units =
        new ArrayList<>(
            List.of(
                OrgUnit.open("91", "Tỉnh Kiên Giang", UnitLevel.PROVINCE, null, KNOWN),
                OrgUnit.open("89", "Tỉnh An Giang", UnitLevel.PROVINCE, null, KNOWN),
                OrgUnit.open("899", "Thành phố Rạch Giá", UnitLevel.DISTRICT, "91", KNOWN),
                OrgUnit.open("900", "Thành phố Hà Tiên", UnitLevel.DISTRICT, "91", KNOWN),
                OrgUnit.open("30730", "Phường Vĩnh Thanh Vân", UnitLevel.COMMUNE, "899", KNOWN),
                OrgUnit.open("30733", "Phường Vĩnh Thanh", UnitLevel.COMMUNE, "899", KNOWN),
                OrgUnit.open("30760", "Phường Vĩnh Thông", UnitLevel.COMMUNE, "899", KNOWN)));
    return OrgHierarchy.of(units)
        .merge(
            Set.of("30730", "30733"),
            OrgUnit.open("30790", "Phường Rạch Giá", UnitLevel.COMMUNE, "89", REORGANISED),
            REORGANISED);
  }

  @Test
  void theCityIsTheSmallestUnitAboveTheWardsThatReport() {
    assertThat(TopUnit.of(province(), List.of("30730", "30760"), END_2023)).contains("899");
  }

  @Test
  void theCityCountsWhenItReportsItself() {
    assertThat(TopUnit.of(province(), List.of("899", "30733"), END_2023)).contains("899");
  }

  @Test
  void aSingleReportingWardIsItsOwnTop() {
    assertThat(TopUnit.of(province(), List.of("30733"), END_2023)).contains("30733");
  }

  @Test
  void closedWardsCountThroughTheirSuccessors() {
    LocalDate end2025 = LocalDate.of(2025, 12, 31);

    assertThat(TopUnit.of(province(), List.of("30730", "30733"), end2025)).contains("30790");
    // 30760 still sits in Rạch Giá, 30790 in An Giang: nothing below the roots holds both
    assertThat(TopUnit.of(province(), List.of("30730", "30760"), end2025)).contains("30790");
  }

  @Test
  void unitsNotYetOpenAreLeftOut() {
    assertThat(TopUnit.of(province(), List.of("30790", "30760"), END_2023)).contains("30760");
  }

  @Test
  void amongUnrelatedTreesTheOneHoldingMostWinsThenTheLowerRoot() {
    OrgHierarchy h =
        OrgHierarchy.of(
            List.of(
                OrgUnit.open("b-city", "B", UnitLevel.DISTRICT, null, KNOWN),
                OrgUnit.open("b-1", "B1", UnitLevel.COMMUNE, "b-city", KNOWN),
                OrgUnit.open("b-2", "B2", UnitLevel.COMMUNE, "b-city", KNOWN),
                OrgUnit.open("a-city", "A", UnitLevel.DISTRICT, null, KNOWN),
                OrgUnit.open("a-1", "A1", UnitLevel.COMMUNE, "a-city", KNOWN)));

    assertThat(TopUnit.of(h, List.of("a-1", "b-1", "b-2"), END_2023)).contains("b-city");
    assertThat(TopUnit.of(h, List.of("b-1", "a-1"), END_2023)).contains("a-1");
  }

  @Test
  void nothingOfThePlanOnThatDayGivesNoTop() {
    assertThat(TopUnit.of(province(), List.of("30790"), END_2023)).isEmpty();
    assertThat(TopUnit.of(province(), List.of("no-such-unit"), END_2023)).isEmpty();
    assertThat(TopUnit.of(province(), List.of(), END_2023)).isEmpty();
  }
}
