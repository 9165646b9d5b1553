package vn.emulation.jakarta.application.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.jakarta.application.unit.UnitChangesTest.city;
import static vn.emulation.jakarta.application.unit.UnitChangesTest.paths;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.unit.UnitCommands.MergeUnits;
import vn.emulation.jakarta.application.unit.UnitCommands.NewUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.SplitUnit;

class ReorganisationTest {

  static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

  private final Reorganisation reorganisation = new Reorganisation(city());

  @Test
  void aMergerClosesTheSourcesAndNamesTheSuccessor() {
    var change =
        reorganisation.merge(
            new MergeUnits(
                List.of("30730", "30733"),
                new NewUnit("30791", "Phường Rạch Giá", UnitLevel.COMMUNE, "899"),
                LocalDate.parse("2025-07-01")));

    OrgHierarchy after = change.after();
    assertThat(change.changed())
        .extracting(OrgUnit::code)
        .containsExactlyInAnyOrder("30730", "30733", "30791");
    assertThat(after.get("30730").closedOn()).isEqualTo(JULY_2025);
    assertThat(after.get("30730").successorCodes()).containsExactly("30791");
    assertThat(after.predecessorsOf("30791"))
        .extracting(OrgUnit::code)
        .containsExactly("30730", "30733");
    assertThat(after.childrenOn("899", JULY_2025))
        .extracting(OrgUnit::code)
        .containsExactly("30791");
  }

  @Test
  void theUnitsUnderMergedUnitsMoveUnderTheSuccessor() {
    var change =
        reorganisation.merge(
            new MergeUnits(
                List.of("899", "900"),
                new NewUnit("950", "Thành phố Rạch Giá mới", UnitLevel.DISTRICT, "91"),
                LocalDate.parse("2025-07-01")));

    assertThat(change.after().childrenOn("950", JULY_2025))
        .extracting(OrgUnit::code)
        .containsExactly("30730", "30733");
    assertThat(change.after().get("30730").parentOn(JULY_2025.minusDays(1))).contains("899");
  }

  @Test
  void aMergerOfOneUnitOrOfAUnitTwiceIsRefusedWithEveryProblem() {
    assertThat(
            paths(
                () ->
                    reorganisation.merge(
                        new MergeUnits(
                            List.of("30730"),
                            new NewUnit("30791", "Phường Rạch Giá", UnitLevel.COMMUNE, "30730"),
                            LocalDate.parse("2025-07-01")))))
        .containsExactly("sources", "successor.parentCode");
    assertThat(
            paths(
                () ->
                    reorganisation.merge(
                        new MergeUnits(
                            List.of("30730", "30730", "x"),
                            new NewUnit("899", "", UnitLevel.COMMUNE, null),
                            null))))
        .containsExactly("date", "sources[1]", "sources[2]", "successor.code", "successor.name");
  }

  @Test
  void aSuccessorBelowTheUnitsItTakesInIsRefused() {
    assertThat(
            paths(
                () ->
                    reorganisation.merge(
                        new MergeUnits(
                            List.of("899", "900"),
                            new NewUnit("950", "Phường Rạch Giá", UnitLevel.COMMUNE, "91"),
                            LocalDate.parse("2025-07-01")))))
        .containsExactly("successor.level", "successor.level");
  }

  @Test
  void aSplitOpensTheNewUnitsAndClosesTheSource() {
    var change =
        reorganisation.split(
            new SplitUnit(
                "30730",
                List.of(
                    new NewUnit("30801", "Phường Vĩnh Thanh Vân A", UnitLevel.COMMUNE, "899"),
                    new NewUnit("30802", "Phường Vĩnh Thanh Vân B", UnitLevel.COMMUNE, "899")),
                LocalDate.parse("2025-07-01")));

    assertThat(change.after().get("30730").successorCodes())
        .containsExactlyInAnyOrder("30801", "30802");
    assertThat(change.changed()).hasSize(3);
  }

  @Test
  void aSplitOfAUnitWithUnitsUnderItOrIntoOneOrRepeatedCodesIsRefused() {
    assertThat(
            paths(
                () ->
                    reorganisation.split(
                        new SplitUnit(
                            "899",
                            List.of(new NewUnit("950", "Thành phố A", UnitLevel.DISTRICT, "91")),
                            LocalDate.parse("2025-07-01")))))
        .containsExactly("source", "successors");
    assertThat(
            paths(
                () ->
                    reorganisation.split(
                        new SplitUnit(
                            "30730",
                            List.of(
                                new NewUnit("30801", "A", UnitLevel.COMMUNE, "899"),
                                new NewUnit("30801", "B", UnitLevel.COMMUNE, "30730")),
                            LocalDate.parse("2025-07-01")))))
        .containsExactly("successors[1].code", "successors[1].parentCode");
  }
}
