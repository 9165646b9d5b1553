package vn.emulation.jakarta.application.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Role;

/** Which units a ward's user reaches: their own, those under it, those it succeeded. */
class UnitScopesTest {

  private static final LocalDate START = LocalDate.of(2022, 1, 1);
  private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
  private static final LocalDate MOVE = LocalDate.of(2024, 3, 1);
  private static final LocalDate AFTER = LocalDate.of(2026, 1, 1);

  private final OrgHierarchy city =
      OrgHierarchy.of(
          List.of(
              OrgUnit.open("CITY", "Thành phố Rạch Giá", UnitLevel.DISTRICT, null, START),
              OrgUnit.open("W1", "Phường Vĩnh Lạc", UnitLevel.COMMUNE, "CITY", START),
              OrgUnit.open("W2", "Phường Rạch Sỏi", UnitLevel.COMMUNE, "CITY", START),
              OrgUnit.open("W3", "Phường An Hòa", UnitLevel.COMMUNE, "CITY", START)));

  @Test
  void aWardReachesOnlyItself() {
    assertThat(UnitScopes.reach(city, "W1", AFTER)).containsExactly("W1");
  }

  @Test
  void theCityReachesEveryUnitUnderIt() {
    assertThat(UnitScopes.reach(city, "CITY", AFTER))
        .containsExactlyInAnyOrder("CITY", "W1", "W2", "W3");
  }

  @Test
  void aMergedWardKeepsTheHistoryOfTheWardsItReplaced() {
    OrgHierarchy after =
        city.merge(
            Set.of("W1", "W2"),
            OrgUnit.open("NEW", "Phường Rạch Giá", UnitLevel.COMMUNE, "CITY", MERGER),
            MERGER);

    assertThat(UnitScopes.reach(after, "NEW", AFTER)).containsExactlyInAnyOrder("NEW", "W1", "W2");
    assertThat(UnitScopes.reach(after, "W1", AFTER)).containsExactly("W1");
  }

  @Test
  void aWardFormedFromASplitCityReachesOnlyTheWardsThatWentIntoIt() {
    // as on 1 July 2025: W1 and W2 form NEW, W3 forms OTHER, and the city closes naming both
    OrgHierarchy merged =
        city.merge(
            Set.of("W1", "W2"),
            OrgUnit.open("NEW", "Phường Rạch Giá", UnitLevel.COMMUNE, null, MERGER),
            MERGER);
    java.util.List<OrgUnit> units = new java.util.ArrayList<>();
    for (OrgUnit u : merged.all()) {
      units.add(
          switch (u.code()) {
            case "CITY" -> u.closeOn(MERGER, Set.of("NEW", "OTHER"));
            case "W3" -> u.closeOn(MERGER, Set.of("OTHER"));
            default -> u;
          });
    }
    units.add(OrgUnit.open("OTHER", "Phường Vĩnh Thông", UnitLevel.COMMUNE, null, MERGER));
    OrgHierarchy after = OrgHierarchy.of(units);

    assertThat(UnitScopes.reach(after, "NEW", AFTER)).containsExactlyInAnyOrder("NEW", "W1", "W2");
    assertThat(UnitScopes.reach(after, "OTHER", AFTER)).containsExactlyInAnyOrder("OTHER", "W3");
  }

  @Test
  void aWardMovedToAnotherCityLeavesTheOldCitysScope() {
    OrgHierarchy moved =
        OrgHierarchy.of(
            java.util.stream.Stream.concat(
                    city.all().stream()
                        .map(
                            u ->
                                u.code().equals("W3")
                                    ? u.moveOn(MOVE, "Phường An Hòa", "CITY2")
                                    : u),
                    java.util.stream.Stream.of(
                        OrgUnit.open(
                            "CITY2", "Thành phố Hà Tiên", UnitLevel.DISTRICT, null, START)))
                .toList());

    assertThat(UnitScopes.reach(moved, "CITY", AFTER))
        .containsExactlyInAnyOrder("CITY", "W1", "W2");
    assertThat(UnitScopes.reach(moved, "CITY2", AFTER)).containsExactlyInAnyOrder("CITY2", "W3");
  }

  @Test
  void anUnknownUnitReachesNothing() {
    assertThat(UnitScopes.reach(city, "NOPE", AFTER)).isEmpty();
  }

  @Test
  void aLimitedScopeFiltersListsAndAnUnlimitedOneDoesNot() {
    UnitScope ward = UnitScope.of(Set.of("W1"));

    assertThat(ward.includes("W1")).isTrue();
    assertThat(ward.includes("W2")).isFalse();
    assertThat(ward.includes(null)).isFalse();
    assertThat(ward.filter(null)).containsExactly("W1");
    assertThat(ward.filter("W1")).containsExactly("W1");
    assertThat(UnitScope.all().filter(null)).isNull();
    assertThat(UnitScope.all().includes("anything")).isTrue();
  }

  @Test
  void nobodyKnownReachesNoUnitNotEveryUnit() {
    // no repository: a caller without a unit role and no city-wide one needs no hierarchy
    UnitScope scope = new UnitScopes().of(Caller.anonymous());

    assertThat(scope.unlimited()).isFalse();
    assertThat(scope.codes()).contains(Set.of());
    assertThat(scope.includes("W1")).isFalse();
    assertThat(scope.filter(null)).isEmpty();
  }

  @Test
  void aReaderOfWhatIsPublishedReachesNoUnit() {
    UnitScope scope = new UnitScopes().of(new Caller("mai.vo", Set.of(Role.PUBLIC), null));

    assertThat(scope.unlimited()).isFalse();
    assertThat(scope.includes("W1")).isFalse();
  }

  @Test
  void aUnitsUserWhoseTokenNamesNoUnitReachesNoUnit() {
    assertThat(new UnitScopes().of(new Caller("tram", Set.of(Role.REPORTER), null)).includes("W1"))
        .isFalse();
  }

  @Test
  void cityWideRolesAndTheSystemReachEveryUnit() {
    assertThat(new UnitScopes().of(new Caller("ha", Set.of(Role.COUNCIL), null)).unlimited())
        .isTrue();
    assertThat(
            new UnitScopes()
                .of(new Caller("a", Set.of(Role.REPORTER, Role.OFFICER), "W1"))
                .unlimited())
        .isTrue();
    assertThat(new UnitScopes().of(Caller.system()).unlimited()).isTrue();
  }
}
