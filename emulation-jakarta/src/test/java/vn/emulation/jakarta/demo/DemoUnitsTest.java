package vn.emulation.jakarta.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.jakarta.demo.DemoCityGenerator.CITY_RACH_GIA;
import static vn.emulation.jakarta.demo.DemoCityGenerator.PROVINCE_AN_GIANG;
import static vn.emulation.jakarta.demo.DemoCityGenerator.PROVINCE_KIEN_GIANG;
import static vn.emulation.jakarta.demo.DemoCityGenerator.REORGANISED_ON;
import static vn.emulation.jakarta.demo.DemoCityGenerator.WARD_RACH_GIA;
import static vn.emulation.jakarta.demo.DemoFixtures.CITY;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;

class DemoUnitsTest {

  private static final LocalDate BEFORE = LocalDate.of(2024, 12, 31);
  private static final List<String> NINE_WARDS =
      List.of(
          "Phường Vĩnh Quang",
          "Phường Vĩnh Thanh",
          "Phường Vĩnh Thanh Vân",
          "Phường Vĩnh Lạc",
          "Phường Vĩnh Hiệp",
          "Phường An Hòa",
          "Phường An Bình",
          "Phường Rạch Sỏi",
          "Phường Vĩnh Lợi");

  private final OrgHierarchy units = CITY.units();

  @Test
  void rachGiaCityLiesInKienGiangAtDistrictLevel() {
    OrgUnit city = units.get(CITY_RACH_GIA);

    assertThat(city.level()).isEqualTo(UnitLevel.DISTRICT);
    assertThat(city.parentOn(BEFORE)).contains(PROVINCE_KIEN_GIANG);
    assertThat(units.get(PROVINCE_KIEN_GIANG).openedOn())
        .isBeforeOrEqualTo(LocalDate.of(2004, 1, 1));
    assertThat(units.get(PROVINCE_KIEN_GIANG).level()).isEqualTo(UnitLevel.PROVINCE);
  }

  @Test
  void beforeTheReorganisationTheCityHasElevenWardsAndOneCommune() {
    List<OrgUnit> children = units.childrenOn(CITY_RACH_GIA, BEFORE);

    assertThat(children).hasSize(12).allMatch(u -> u.level() == UnitLevel.COMMUNE);
    assertThat(children)
        .extracting(u -> u.nameOn(BEFORE).orElseThrow())
        .containsAll(NINE_WARDS)
        .contains("Phường Vĩnh Bảo", "Phường Vĩnh Thông", "Xã Phi Thông");
    assertThat(children).extracting(OrgUnit::code).allMatch(c -> c.matches("\\d{5}"));
  }

  @Test
  void theNineWardsMergeIntoRachGiaWardOfAnGiang() {
    OrgUnit rachGia = units.get(WARD_RACH_GIA);

    assertThat(rachGia.openedOn()).isEqualTo(REORGANISED_ON);
    assertThat(rachGia.nameOn(REORGANISED_ON)).contains("Phường Rạch Giá");
    assertThat(rachGia.parentOn(REORGANISED_ON)).contains(PROVINCE_AN_GIANG);
    List<OrgUnit> merged =
        units.predecessorsOf(WARD_RACH_GIA).stream()
            .filter(u -> u.level() == UnitLevel.COMMUNE)
            .toList();
    assertThat(merged)
        .extracting(u -> u.nameOn(BEFORE).orElseThrow())
        .containsExactlyInAnyOrderElementsOf(NINE_WARDS);
    assertThat(merged)
        .allMatch(u -> REORGANISED_ON.equals(u.closedOn()))
        .allMatch(u -> u.successorCodes().equals(Set.of(WARD_RACH_GIA)));
  }

  @Test
  void theCityIsSharedBetweenTheTwoNewWards() {
    OrgUnit city = units.get(CITY_RACH_GIA);

    assertThat(city.successorCodes()).hasSize(2).contains(WARD_RACH_GIA);
    assertThat(units.predecessorsOf(WARD_RACH_GIA)).contains(city);
  }

  @Test
  void theOtherThreeMergeIntoAnotherNewWard() {
    List<OrgUnit> others =
        units.childrenOn(CITY_RACH_GIA, BEFORE).stream()
            .filter(u -> !u.successorCodes().contains(WARD_RACH_GIA))
            .toList();

    assertThat(others).hasSize(3);
    String successor = others.get(0).successorCodes().iterator().next();
    assertThat(others).allMatch(u -> u.successorCodes().equals(Set.of(successor)));
    assertThat(units.get(successor).parentOn(REORGANISED_ON)).contains(PROVINCE_AN_GIANG);
  }

  @Test
  void kienGiangAndTheCityCloseAndAnGiangRemains() {
    assertThat(units.get(CITY_RACH_GIA).existsOn(REORGANISED_ON)).isFalse();
    assertThat(units.get(PROVINCE_KIEN_GIANG).existsOn(REORGANISED_ON)).isFalse();
    assertThat(units.get(PROVINCE_KIEN_GIANG).successorCodes()).containsExactly(PROVINCE_AN_GIANG);
    assertThat(units.get(PROVINCE_AN_GIANG).existsOn(REORGANISED_ON)).isTrue();
    assertThat(units.childrenOn(PROVINCE_AN_GIANG, REORGANISED_ON)).hasSize(2);
    assertThat(units.childrenOn(CITY_RACH_GIA, REORGANISED_ON)).isEmpty();
  }
}
