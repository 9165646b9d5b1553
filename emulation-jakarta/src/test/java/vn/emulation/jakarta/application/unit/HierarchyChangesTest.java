package vn.emulation.jakarta.application.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.PreconditionFailedException;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.audit.AuditEntry;
import vn.emulation.jakarta.application.unit.UnitCommands.CloseUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.MergeUnits;
import vn.emulation.jakarta.application.unit.UnitCommands.MoveUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.NewUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.OpenUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.SplitUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.UnitQuery;
import vn.emulation.jakarta.application.unit.UnitCommands.UnitTreeQuery;
import vn.emulation.jakarta.testing.InMemoryCity;

/**
 * Opening, closing, moving, merging and splitting units on the in-memory unit store: what is
 * stored, what is audited, and what is refused with nothing stored.
 */
class HierarchyChangesTest {

  private static final String CITY = InMemoryCity.CITY;
  private static final String WARD = InMemoryCity.WARD;
  private static final String OTHER = InMemoryCity.OTHER_WARD;
  private static final LocalDate JULY = LocalDate.of(2025, 7, 1);

  private final InMemoryCity city = new InMemoryCity();
  private final UnitDirectory directory = directory(city);
  private final HierarchyChanges changes = changes(city);

  static UnitDirectory directory(InMemoryCity city) {
    UnitDirectory d = new UnitDirectory();
    d.units = city.units;
    d.scopes = Scopes.of(city);
    d.clock = InMemoryCity.CLOCK;
    return d;
  }

  static HierarchyChanges changes(InMemoryCity city) {
    HierarchyChanges c = new HierarchyChanges();
    c.units = city.units;
    c.audit = city.audit;
    c.callers = city.callers;
    c.events = city.events;
    return c;
  }

  private static List<String> paths(Runnable command) {
    try {
      command.run();
    } catch (InvalidInputException e) {
      return e.problems().stream().map(Problem::path).toList();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void opensAUnitUnderItsParentAndAuditsIt() {
    UnitHistory opened =
        changes.open(
            new OpenUnit(
                "30999", "Phường Mới", UnitLevel.COMMUNE, CITY, LocalDate.parse("2026-01-01")));

    assertThat(opened.code()).isEqualTo("30999");
    assertThat(city.units.find("30999").orElseThrow().parentOn(LocalDate.of(2026, 1, 1)))
        .contains(CITY);
    UnitsOn tree = directory.tree(new UnitTreeQuery(null, CITY));
    assertThat(tree.units().items()).extracting(OrgUnit::code).containsExactly(CITY);
    assertThat(tree.hierarchy().childrenOn(CITY, tree.date()))
        .extracting(OrgUnit::code)
        .containsExactly(WARD, OTHER, "30999");
    AuditEntry entry = city.auditLog.entries().get(0);
    assertThat(entry.action()).isEqualTo("unit.open");
    assertThat(entry.target()).isEqualTo("units/30999");
    assertThat(entry.beforeState()).isNull();
  }

  @Test
  void refusesAnOpeningWithEveryProblemAndStoresNothing() {
    assertThat(paths(() -> changes.open(new OpenUnit(WARD, " ", null, "NOWHERE", null))))
        .contains("name", "level", "openedOn");
    assertThat(
            paths(
                () ->
                    changes.open(
                        new OpenUnit(
                            WARD,
                            "Lần nữa",
                            UnitLevel.COMMUNE,
                            CITY,
                            LocalDate.parse("2026-01-01")))))
        .containsExactly("code");

    assertThat(city.units.hierarchy().all()).hasSize(3);
    assertThat(city.auditLog.entries()).isEmpty();
  }

  @Test
  void closesAUnitAndAnswersItsNewVersion() {
    Tagged<UnitHistory> before = directory.record(OTHER).map(UnitDirectory.UnitRecord::history);

    Tagged<UnitHistory> closed =
        changes.close(
            OTHER,
            new CloseUnit(LocalDate.parse("2026-01-01")),
            Precondition.oneOf(List.of(before.tag())));

    assertThat(closed.value().closedOn()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(closed.tag()).isNotEqualTo(before.tag());
    assertThat(city.units.find(OTHER).orElseThrow().existsOn(LocalDate.of(2026, 1, 1))).isFalse();
    assertThat(city.auditedActions()).containsExactly("unit.close");
  }

  @Test
  void refusesToCloseAUnitThatStillHasUnitsUnderIt() {
    assertThat(paths(() -> changes.close(CITY, new CloseUnit(LocalDate.parse("2026-01-01")))))
        .containsExactly("date");

    assertThat(city.units.find(CITY).orElseThrow().closedOn()).isNull();
    assertThat(city.auditLog.entries()).isEmpty();
  }

  @Test
  void refusesAChangeToAVersionTheClientDidNotSee() {
    changes.move(WARD, new MoveUnit(LocalDate.parse("2026-01-01"), "Phường Vĩnh Thanh", null));

    assertThatThrownBy(
            () ->
                changes.close(
                    WARD,
                    new CloseUnit(LocalDate.parse("2026-02-01")),
                    Precondition.oneOf(List.of("1"))))
        .isInstanceOf(PreconditionFailedException.class);

    assertThat(city.units.find(WARD).orElseThrow().closedOn()).isNull();
    assertThat(city.auditedActions()).containsExactly("unit.move");
  }

  @Test
  void movesAUnitFromADayKeepingItsEarlierPlacement() {
    changes.open(
        new OpenUnit(
            "31000", "Thành phố Hà Tiên", UnitLevel.DISTRICT, null, LocalDate.parse("2020-01-01")));

    UnitHistory moved =
        changes.move(OTHER, new MoveUnit(LocalDate.parse("2026-01-01"), null, "31000"));

    OrgUnit unit = city.units.find(OTHER).orElseThrow();
    assertThat(unit.parentOn(LocalDate.of(2025, 12, 31))).contains(CITY);
    assertThat(unit.parentOn(LocalDate.of(2026, 1, 1))).contains("31000");
    assertThat(moved.placements()).hasSize(2);
    assertThat(city.auditedActions()).containsExactly("unit.open", "unit.move");
  }

  @Test
  void refusesAMoveThatChangesNothingAndOneOfAnUnknownUnit() {
    assertThat(
            paths(
                () -> changes.move(WARD, new MoveUnit(LocalDate.parse("2026-01-01"), null, CITY))))
        .containsExactly("name");
    assertThatThrownBy(
            () -> changes.move("NOWHERE", new MoveUnit(LocalDate.parse("2026-01-01"), "X", null)))
        .isInstanceOf(NotFoundException.class);

    assertThat(city.units.find(WARD).orElseThrow().placements()).hasSize(1);
    assertThat(city.auditLog.entries()).isEmpty();
  }

  @Test
  void mergesWardsIntoANewOneThatNamesItsPredecessors() {
    UnitHistory merged =
        changes.merge(
            new MergeUnits(
                List.of(WARD, OTHER),
                new NewUnit("31100", "Phường Rạch Giá", UnitLevel.COMMUNE, CITY),
                JULY));

    assertThat(merged.predecessors()).containsExactlyInAnyOrder(WARD, OTHER);
    for (String source : List.of(WARD, OTHER)) {
      OrgUnit closed = city.units.find(source).orElseThrow();
      assertThat(closed.closedOn()).isEqualTo(JULY);
      assertThat(closed.successorCodes()).containsExactly("31100");
    }
    assertThat(
            directory
                .list(new UnitQuery(JULY, UnitLevel.COMMUNE, null, new PageRequest(0, 20)))
                .units()
                .items())
        .extracting(OrgUnit::code)
        .containsExactly("31100");
    AuditEntry entry = city.auditLog.entries().get(0);
    assertThat(entry.action()).isEqualTo("unit.merge");
    assertThat(entry.beforeState()).contains(WARD).contains(OTHER);
  }

  @Test
  void refusesAMergerOfOneUnitOrOfAUnitNamedTwice() {
    assertThat(
            paths(
                () ->
                    changes.merge(
                        new MergeUnits(
                            List.of(WARD, WARD),
                            new NewUnit("31100", "Phường Rạch Giá", UnitLevel.COMMUNE, CITY),
                            JULY))))
        .contains("sources[1]");
    assertThat(
            paths(
                () ->
                    changes.merge(
                        new MergeUnits(
                            List.of(WARD),
                            new NewUnit("31100", "Phường Rạch Giá", UnitLevel.COMMUNE, CITY),
                            JULY))))
        .contains("sources");

    assertThat(city.units.find("31100")).isEmpty();
    assertThat(city.auditLog.entries()).isEmpty();
  }

  @Test
  void splitsAWardIntoNewOnesInTheOrderGiven() {
    List<UnitHistory> parts =
        changes.split(
            new SplitUnit(
                WARD,
                List.of(
                    new NewUnit("31201", "Phường Vĩnh Thanh", UnitLevel.COMMUNE, CITY),
                    new NewUnit("31202", "Phường Vân Thanh", UnitLevel.COMMUNE, CITY)),
                JULY));

    assertThat(parts).extracting(UnitHistory::code).containsExactly("31201", "31202");
    assertThat(parts).allSatisfy(p -> assertThat(p.predecessors()).containsExactly(WARD));
    OrgUnit source = city.units.find(WARD).orElseThrow();
    assertThat(source.closedOn()).isEqualTo(JULY);
    assertThat(source.successorCodes()).containsExactlyInAnyOrder("31201", "31202");
    assertThat(city.auditedActions()).containsExactly("unit.split");
    assertThat(city.auditLog.entries().get(0).target()).isEqualTo("units/" + WARD);
  }

  @Test
  void refusesASplitIntoAnExistingCode() {
    assertThatThrownBy(
            () ->
                changes.split(
                    new SplitUnit(
                        WARD,
                        List.of(
                            new NewUnit(OTHER, "Phường Vĩnh Lạc", UnitLevel.COMMUNE, CITY),
                            new NewUnit("31202", "Phường Vân Thanh", UnitLevel.COMMUNE, CITY)),
                        JULY)))
        .isInstanceOf(InvalidInputException.class);

    assertThat(city.units.find(WARD).orElseThrow().closedOn()).isNull();
    assertThat(city.units.find("31202")).isEmpty();
    assertThat(city.auditLog.entries()).isEmpty();
  }

  @Test
  void aWardsReporterSeesItsOwnWardOnly() {
    city.callers.actAs(InMemoryCity.WARD_REPORTER);

    assertThat(
            directory.list(new UnitQuery(null, null, null, new PageRequest(0, 20))).units().items())
        .extracting(OrgUnit::code)
        .containsExactly(WARD);
    assertThatThrownBy(() -> directory.history(OTHER)).isInstanceOf(NotFoundException.class);
    assertThat(directory.tree(new UnitTreeQuery(null, null)).units().items())
        .extracting(OrgUnit::code)
        .containsExactly(WARD);
  }

  @Test
  void todayIsTheClocksDay() {
    assertThat(directory.tree(new UnitTreeQuery(null, null)).date())
        .isEqualTo(LocalDate.of(2026, 3, 2));
  }
}
