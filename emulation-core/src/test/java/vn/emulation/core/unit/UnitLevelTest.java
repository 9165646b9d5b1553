package vn.emulation.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.core.unit.UnitLevel.COMMUNE;
import static vn.emulation.core.unit.UnitLevel.DISTRICT;
import static vn.emulation.core.unit.UnitLevel.PROVINCE;

import org.junit.jupiter.api.Test;

class UnitLevelTest {

  @Test
  void aProvinceStandsAboveADistrictWhichStandsAboveACommune() {
    assertThat(PROVINCE.isAbove(DISTRICT)).isTrue();
    assertThat(DISTRICT.isAbove(COMMUNE)).isTrue();
    assertThat(PROVINCE.isAbove(COMMUNE)).isTrue();
    assertThat(COMMUNE.isAbove(DISTRICT)).isFalse();
    assertThat(DISTRICT.isAbove(DISTRICT)).isFalse();
  }

  @Test
  void belowIsTheConverse() {
    assertThat(COMMUNE.isBelow(DISTRICT)).isTrue();
    assertThat(DISTRICT.isBelow(PROVINCE)).isTrue();
    assertThat(DISTRICT.isBelow(DISTRICT)).isFalse();
    assertThat(PROVINCE.isBelow(COMMUNE)).isFalse();
  }

  @Test
  void atOrBelowIncludesTheLevelItself() {
    assertThat(DISTRICT.isAtOrBelow(DISTRICT)).isTrue();
    assertThat(COMMUNE.isAtOrBelow(PROVINCE)).isTrue();
    assertThat(PROVINCE.isAtOrBelow(DISTRICT)).isFalse();
  }
}
