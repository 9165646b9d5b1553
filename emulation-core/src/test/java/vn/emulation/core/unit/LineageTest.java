package vn.emulation.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a unit answers for after mergers, splits and moves: a successor reaches what the
 * reorganisation gave it, never what went to another successor; a moved unit goes with its new
 * parent.
 */
class LineageTest {

  static final LocalDate START = LocalDate.of(2020, 1, 1);
  static final LocalDate MOVE = LocalDate.of(2023, 3, 1);
  static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
  static final LocalDate LATER = LocalDate.of(2026, 1, 1);

  /** Province P; district D with wards A, B, C; district X with ward Y. */
  static OrgHierarchy province() {
    return OrgHierarchy.of(
        List.of(
            OrgUnit.open("P", "Tỉnh", UnitLevel.PROVINCE, null, START),
            OrgUnit.open("D", "Thành phố D", UnitLevel.DISTRICT, "P", START),
            OrgUnit.open("A", "Phường A", UnitLevel.COMMUNE, "D", START),
            OrgUnit.open("B", "Phường B", UnitLevel.COMMUNE, "D", START),
            OrgUnit.open("C", "Xã C", UnitLevel.COMMUNE, "D", START),
            OrgUnit.open("X", "Huyện X", UnitLevel.DISTRICT, "P", START),
            OrgUnit.open("Y", "Xã Y", UnitLevel.COMMUNE, "X", START)));
  }

  static OrgUnit ward(String code, String parent, LocalDate on) {
    return OrgUnit.open(code, "Phường " + code, UnitLevel.COMMUNE, parent, on);
  }

  /**
   * As in Rạch Giá on 1 July 2025: A and B merge into N1, C into N2, and district D closes naming
   * both new wards as its successors.
   */
  static OrgHierarchy splitDistrict() {
    OrgHierarchy h = province().merge(Set.of("A", "B"), ward("N1", "P", REFORM), REFORM);
    List<OrgUnit> units =
        new java.util.ArrayList<>(
            h.all().stream()
                .map(u -> u.code().equals("C") ? u.closeOn(REFORM, Set.of("N2")) : u)
                .toList());
    units.add(ward("N2", "P", REFORM));
    return closeNaming(OrgHierarchy.of(units), "D", Set.of("N1", "N2"));
  }

  static OrgHierarchy closeNaming(OrgHierarchy h, String code, Set<String> successors) {
    return OrgHierarchy.of(
        h.all().stream()
            .map(u -> u.code().equals(code) ? u.closeOn(REFORM, successors) : u)
            .toList());
  }

  @Test
  void aUnitReachesItselfAndTheUnitsUnderIt() {
    OrgHierarchy h = province();

    assertThat(h.lineageOn("A", LATER)).containsExactly("A");
    assertThat(h.lineageOn("D", LATER)).containsExactlyInAnyOrder("D", "A", "B", "C");
    assertThat(h.lineageOn("P", LATER))
        .containsExactlyInAnyOrder("P", "D", "A", "B", "C", "X", "Y");
  }

  @Test
  void aMergerGivesTheSuccessorTheWholeLineageOfEachPredecessor() {
    OrgHierarchy h =
        province()
            .merge(
                Set.of("D", "X"),
                OrgUnit.open("DX", "Thành phố DX", UnitLevel.DISTRICT, "P", REFORM),
                REFORM);

    assertThat(h.lineageOn("DX", LATER))
        .containsExactlyInAnyOrder("DX", "D", "A", "B", "C", "X", "Y");
    assertThat(h.lineageOn("D", LATER)).doesNotContain("DX", "X", "Y");
  }

  @Test
  void aSplitGivesEachSuccessorOnlyThePartsThatLeadIntoIt() {
    OrgHierarchy h = splitDistrict();

    assertThat(h.lineageOn("N1", LATER)).containsExactlyInAnyOrder("N1", "A", "B");
    assertThat(h.lineageOn("N2", LATER)).containsExactlyInAnyOrder("N2", "C");
  }

  @Test
  void theSplitUnitItselfIsReachedByNoneOfItsSuccessors() {
    OrgHierarchy h =
        OrgHierarchy.of(
            province()
                .split("C", List.of(ward("C1", "D", REFORM), ward("C2", "D", REFORM)), REFORM)
                .all());

    assertThat(h.lineageOn("C1", LATER)).containsExactly("C1");
    assertThat(h.lineageOn("C2", LATER)).containsExactly("C2");
    assertThat(h.lineageOn("D", LATER)).contains("C", "C1", "C2");
  }

  @Test
  void partsOfASplitUnitThatMoveToASuccessorGoWithIt() {
    // as stored: the split command refuses a unit with units under it, records may hold one
    List<OrgUnit> units =
        new java.util.ArrayList<>(
            province().all().stream().filter(u -> !u.code().equals("D")).toList());
    units.add(province().get("D").closeOn(REFORM, Set.of("D1", "D2")));
    units.add(OrgUnit.open("D1", "Thành phố D1", UnitLevel.DISTRICT, "P", REFORM));
    units.add(OrgUnit.open("D2", "Huyện D2", UnitLevel.DISTRICT, "P", REFORM));
    OrgHierarchy h = OrgHierarchy.of(units);
    h = moved(moved(moved(h, "A", "D1", REFORM), "B", "D1", REFORM), "C", "D2", REFORM);

    assertThat(h.lineageOn("D1", LATER)).containsExactlyInAnyOrder("D1", "A", "B");
    assertThat(h.lineageOn("D2", LATER)).containsExactlyInAnyOrder("D2", "C");
  }

  @Test
  void aMovedUnitLeavesItsOldParentAndGoesWithItsNewOne() {
    OrgHierarchy h = moved(province(), "C", "X", MOVE);

    assertThat(h.lineageOn("D", LATER)).containsExactlyInAnyOrder("D", "A", "B");
    assertThat(h.lineageOn("X", LATER)).containsExactlyInAnyOrder("X", "Y", "C");
  }

  @Test
  void aMoveCountsFromItsDayNotBefore() {
    OrgHierarchy h = moved(province(), "C", "X", MOVE);

    assertThat(h.lineageOn("D", MOVE.minusDays(1))).contains("C");
    assertThat(h.lineageOn("X", MOVE.minusDays(1))).doesNotContain("C");
    assertThat(h.lineageOn("D", MOVE)).doesNotContain("C");
  }

  @Test
  void aClosedUnitStaysWithTheParentItHadOnItsLastDay() {
    OrgHierarchy h = splitDistrict();

    assertThat(h.lineageOn("D", LATER)).containsExactlyInAnyOrder("D", "A", "B", "C");
  }

  @Test
  void aUnitThatOpensLaterBelongsToItsFirstParentAlready() {
    OrgHierarchy h =
        OrgHierarchy.of(
            List.of(
                OrgUnit.open("D", "Thành phố D", UnitLevel.DISTRICT, null, START),
                ward("F", "D", LATER)));

    assertThat(h.lineageOn("D", REFORM)).containsExactlyInAnyOrder("D", "F");
  }

  @Test
  void aMergerAfterASplitPassesOnOnlyWhatTheSplitGave() {
    OrgHierarchy h = splitDistrict().merge(Set.of("N2", "Y"), ward("Z", "P", LATER), LATER);

    assertThat(h.lineageOn("Z", LATER)).containsExactlyInAnyOrder("Z", "N2", "C", "Y");
  }

  @Test
  void aSplitAfterAMergerPassesOnNeitherTheMergedUnitNorItsPredecessors() {
    OrgHierarchy h = province().merge(Set.of("A", "B"), ward("AB", "D", MOVE), MOVE);
    h = h.split("AB", List.of(ward("S1", "D", REFORM), ward("S2", "D", REFORM)), REFORM);

    assertThat(h.lineageOn("S1", LATER)).containsExactly("S1");
    assertThat(h.lineageOn("S2", LATER)).containsExactly("S2");
  }

  @Test
  void anUnknownUnitReachesNothing() {
    assertThat(province().lineageOn("NOPE", LATER)).isEmpty();
  }

  /**
   * Province P with district D (no wards), and province Q from the start; on REFORM, D splits into
   * D1 and D2, both placed under Q; W, a ward of P, dissolves on REFORM.
   */
  private static OrgHierarchy splitAcross() {
    return OrgHierarchy.of(
        List.of(
            OrgUnit.open("P", "Tỉnh P", UnitLevel.PROVINCE, null, START),
            OrgUnit.open("Q", "Tỉnh Q", UnitLevel.PROVINCE, null, START),
            OrgUnit.open("D", "Thành phố D", UnitLevel.DISTRICT, "P", START)
                .closeOn(REFORM, Set.of("D1", "D2")),
            OrgUnit.open("D1", "Thành phố D1", UnitLevel.DISTRICT, "Q", REFORM),
            OrgUnit.open("D2", "Huyện D2", UnitLevel.DISTRICT, "Q", REFORM),
            ward("W", "P", START).closeOn(REFORM, Set.of())));
  }

  @Test
  void aSplitUnitsTerritoryLiesWhereItsSuccessorsMeetAndItsLineageFollows() {
    OrgHierarchy h = splitAcross();

    assertThat(h.territoryOn("D", LATER)).contains("Q");
    assertThat(h.lineageOn("Q", LATER)).contains("D", "D1", "D2");
    assertThat(h.lineageOn("P", LATER)).doesNotContain("D");
    assertThat(h.lineageOn("D1", LATER)).containsExactly("D1");
    // before the split D is P's, as it was
    assertThat(h.territoryOn("D", REFORM.minusDays(1))).isEmpty();
    assertThat(h.lineageOn("P", REFORM.minusDays(1))).contains("D");
  }

  @Test
  void aDissolvedUnitsTerritoryStaysWithTheUnitItLastStoodUnderAsThatStandsNow() {
    OrgHierarchy h =
        splitAcross()
            .merge(
                Set.of("P", "Q"),
                OrgUnit.open("PQ", "Tỉnh PQ", UnitLevel.PROVINCE, null, LATER),
                LATER);

    assertThat(h.territoryOn("W", REFORM)).contains("P");
    assertThat(h.territoryOn("W", LATER)).contains("PQ");
    assertThat(h.lineageOn("PQ", LATER)).contains("W", "D", "P", "Q");
  }

  @Test
  void aMergedOrOpenUnitHasNoSeparateTerritory() {
    OrgHierarchy h = province().merge(Set.of("A", "B"), ward("N1", "P", REFORM), REFORM);

    assertThat(h.territoryOn("A", LATER)).isEmpty();
    assertThat(h.territoryOn("N1", LATER)).isEmpty();
    assertThat(h.territoryOn("nope", LATER)).isEmpty();
  }

  @Test
  void everyClosedUnitIsInTheLineageOfWhereItsTerritoryLies() {
    OrgHierarchy h = splitDistrict();
    for (OrgUnit u : h.all()) {
      h.territoryOn(u.code(), LATER)
          .ifPresent(home -> assertThat(h.lineageOn(home, LATER)).contains(u.code()));
    }
  }

  private static OrgHierarchy moved(OrgHierarchy h, String code, String parent, LocalDate on) {
    return OrgHierarchy.of(
        h.all().stream()
            .map(u -> u.code().equals(code) ? u.moveOn(on, u.nameOn(on).orElseThrow(), parent) : u)
            .toList());
  }
}
