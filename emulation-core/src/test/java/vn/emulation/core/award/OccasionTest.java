package vn.emulation.core.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;

/** An occasion judges the units that exist while it is held, no others. */
class OccasionTest {

  private static final LocalDate FOUNDED = LocalDate.of(2005, 1, 1);
  private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  private static Occasion finalReview2025() {
    return new Occasion(
        "FINAL-2025",
        OccasionType.FINAL,
        LocalizedText.vietnamese("Tổng kết"),
        2025,
        2025,
        LocalDate.of(2025, 10, 1),
        LocalDate.of(2025, 12, 31),
        List.of("GK"));
  }

  private static Occasion annual2024() {
    return new Occasion(
        "ANNUAL-2024",
        OccasionType.ANNUAL,
        LocalizedText.vietnamese("2024"),
        2024,
        2025,
        LocalDate.of(2024, 10, 1),
        LocalDate.of(2024, 12, 31),
        List.of("GK"));
  }

  private static final OrgUnit OLD_WARD =
      OrgUnit.open("W1", "Phường Vĩnh Lạc", UnitLevel.COMMUNE, null, FOUNDED)
          .closeOn(REFORM, Set.of("RGW"));
  private static final OrgUnit NEW_WARD =
      OrgUnit.open("RGW", "Phường Rạch Giá", UnitLevel.COMMUNE, null, REFORM);

  @Test
  void aWardClosedBeforeTheOccasionIsNotJudged() {
    assertThat(finalReview2025().judges(OLD_WARD)).isFalse();
    assertThat(finalReview2025().judgedOn(OLD_WARD)).isEmpty();
    assertThat(finalReview2025().absenceOf(OLD_WARD)).contains(Occasion.Absence.CLOSED_BEFORE);
    assertThat(finalReview2025().absenceOf(NEW_WARD)).isEmpty();
  }

  @Test
  void itsSuccessorIsJudgedOnTheLastDayOfTheWindow() {
    assertThat(finalReview2025().judgedOn(NEW_WARD)).hasValue(LocalDate.of(2025, 12, 31));
  }

  @Test
  void aWardOpenedAfterTheOccasionIsNotJudgedForIt() {
    assertThat(annual2024().judges(NEW_WARD)).isFalse();
    assertThat(annual2024().absenceOf(NEW_WARD)).contains(Occasion.Absence.OPENED_AFTER);
    assertThat(annual2024().judgedOn(OLD_WARD)).hasValue(LocalDate.of(2024, 12, 31));
  }

  @Test
  void aWardClosingDuringTheWindowIsJudgedOnItsLastDay() {
    OrgUnit closesInNovember =
        OrgUnit.open("W2", "Phường An Hòa", UnitLevel.COMMUNE, null, FOUNDED)
            .closeOn(LocalDate.of(2025, 11, 15), Set.of("RGW"));

    assertThat(finalReview2025().judgedOn(closesInNovember)).hasValue(LocalDate.of(2025, 11, 14));
  }
}
