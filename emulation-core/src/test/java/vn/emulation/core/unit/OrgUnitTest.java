package vn.emulation.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emulation.core.common.YearPeriod;

class OrgUnitTest {

  private static final LocalDate OPENED = LocalDate.of(2005, 1, 1);
  private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  private static OrgUnit vinhThanh() {
    return OrgUnit.open("W02", "Phường Vĩnh Thanh", UnitLevel.COMMUNE, "RG", OPENED);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void rejectsBlankCode(String code) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrgUnit.open(code, "Phường Vĩnh Thanh", UnitLevel.COMMUNE, "RG", OPENED))
        .withMessageContaining("was: " + code);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void rejectsBlankName(String name) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrgUnit.open("W02", name, UnitLevel.COMMUNE, "RG", OPENED));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2005-01-01", "2004-12-31"})
  void rejectsClosingOnOrBeforeOpening(LocalDate closedOn) {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new OrgUnit(
                    "W02",
                    UnitLevel.COMMUNE,
                    OPENED,
                    closedOn,
                    List.of(new Placement(OPENED, "Phường Vĩnh Thanh", "RG")),
                    Set.of()))
        .withMessageContaining("W02")
        .withMessageContaining(closedOn.toString());
  }

  @Test
  void rejectsAUnitWithoutPlacementFromItsOpeningDay() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new OrgUnit(
                    "W02",
                    UnitLevel.COMMUNE,
                    OPENED,
                    null,
                    List.of(new Placement(OPENED.plusDays(1), "Phường Vĩnh Thanh", "RG")),
                    Set.of()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new OrgUnit("W02", UnitLevel.COMMUNE, OPENED, null, List.of(), Set.of()));
  }

  @ParameterizedTest(name = "on {0}: exists {1}")
  @CsvSource({"2004-12-31, false", "2005-01-01, true", "2025-06-30, true", "2025-07-01, false"})
  void existsFromItsOpeningDayUntilTheDayBeforeItCloses(LocalDate date, boolean exists) {
    OrgUnit closed = vinhThanh().closeOn(REFORM, Set.of("RGW"));

    assertThat(closed.existsOn(date)).isEqualTo(exists);
    assertThat(closed.nameOn(date).isPresent()).isEqualTo(exists);
  }

  @Test
  void keepsNamesAndParentsAsTheyStoodOnEachDate() {
    OrgUnit moved =
        vinhThanh()
            .moveOn(LocalDate.of(2020, 1, 1), "Phường Vĩnh Thanh (mới)", "RG")
            .moveOn(REFORM, "Phường Vĩnh Thanh (mới)", "AG");

    assertThat(moved.nameOn(LocalDate.of(2019, 12, 31))).hasValue("Phường Vĩnh Thanh");
    assertThat(moved.nameOn(LocalDate.of(2020, 1, 1))).hasValue("Phường Vĩnh Thanh (mới)");
    assertThat(moved.parentOn(REFORM.minusDays(1))).hasValue("RG");
    assertThat(moved.parentOn(REFORM)).hasValue("AG");
    assertThat(moved.code()).isEqualTo("W02");
    assertThat(moved.placements()).hasSize(3);
  }

  @Test
  void moveOnTheSameDateReplacesTheLaterPlacement() {
    OrgUnit moved = vinhThanh().moveOn(REFORM, "A", "AG").moveOn(REFORM, "B", "AG");

    assertThat(moved.placements())
        .extracting(Placement::name)
        .containsExactly("Phường Vĩnh Thanh", "B");
  }

  @Test
  void topUnitHasNoParent() {
    OrgUnit province = OrgUnit.open("AG", "Tỉnh An Giang", UnitLevel.PROVINCE, null, OPENED);

    assertThat(province.parentOn(REFORM)).isEmpty();
    assertThat(province.nameOn(REFORM)).hasValue("Tỉnh An Giang");
  }

  @Test
  void cannotMoveOnADayItDoesNotExist() {
    assertThatIllegalStateException()
        .isThrownBy(() -> vinhThanh().closeOn(REFORM, Set.of()).moveOn(REFORM, "X", "AG"))
        .withMessageContaining(REFORM.toString());
  }

  @Test
  void cannotCloseTwice() {
    OrgUnit closed = vinhThanh().closeOn(REFORM, Set.of("RGW"));

    assertThatIllegalStateException()
        .isThrownBy(() -> closed.closeOn(REFORM.plusDays(1), Set.of()))
        .withMessageContaining("already closed on 2025-07-01");
  }

  @Test
  void closingNamesTheSuccessors() {
    OrgUnit closed = vinhThanh().closeOn(REFORM, Set.of("RGW"));

    assertThat(closed.closedOn()).isEqualTo(REFORM);
    assertThat(closed.successorCodes()).containsExactly("RGW");
    assertThat(vinhThanh().closedOn()).isNull();
  }

  @Test
  void unitsWithTheSameHistoryAreEqual() {
    assertThat(vinhThanh()).isEqualTo(vinhThanh()).hasSameHashCodeAs(vinhThanh());
    assertThat(vinhThanh()).isNotEqualTo(vinhThanh().moveOn(REFORM, "Phường Vĩnh Thanh", "AG"));
  }

  @Test
  void theLastDayInAYearIsTheDayBeforeItClosedOrTheEndOfTheYear() {
    OrgUnit merged = vinhThanh().closeOn(REFORM, Set.of("RGW"));

    assertThat(merged.lastDayIn(2025)).contains(LocalDate.of(2025, 6, 30));
    assertThat(merged.lastDayIn(2024)).contains(LocalDate.of(2024, 12, 31));
    assertThat(merged.lastDayIn(2026)).isEmpty();
    assertThat(merged.lastDayIn(2004)).isEmpty();
    assertThat(vinhThanh().lastDayIn(2030)).contains(LocalDate.of(2030, 12, 31));
    assertThat(merged.lastDay()).contains(LocalDate.of(2025, 6, 30));
    assertThat(vinhThanh().lastDay()).isEmpty();
  }

  @Test
  void aUnitClosedOnTheFirstOfJanuaryHasNoDayInThatYear() {
    OrgUnit closed = vinhThanh().closeOn(LocalDate.of(2025, 1, 1), Set.of());

    assertThat(closed.lastDayIn(2025)).isEmpty();
    assertThat(closed.lastDayIn(2024)).contains(LocalDate.of(2024, 12, 31));
    assertThat(closed.years()).isEqualTo(new YearPeriod(2005, 2024));
  }

  @Test
  void theLastDayOnOrBeforeADateIsClampedToTheDaysItExisted() {
    OrgUnit merged = vinhThanh().closeOn(REFORM, Set.of("RGW"));

    assertThat(merged.lastDayOnOrBefore(LocalDate.of(2020, 5, 5)))
        .contains(LocalDate.of(2020, 5, 5));
    assertThat(merged.lastDayOnOrBefore(REFORM)).contains(LocalDate.of(2025, 6, 30));
    assertThat(merged.lastDayOnOrBefore(LocalDate.of(2004, 12, 31))).isEmpty();
  }

  @Test
  void theYearsOfAnOpenUnitHaveNoEnd() {
    assertThat(vinhThanh().years().first()).isEqualTo(2005);
    assertThat(vinhThanh().years().contains(2100)).isTrue();
    assertThat(vinhThanh().years().contains(2004)).isFalse();
  }
}
