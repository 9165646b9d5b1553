package vn.emulation.jakarta.application.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.unit.UnitCommands.CloseUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.MoveUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.OpenUnit;
import vn.emulation.jakarta.messages.AdapterMessages;

public class UnitChangesTest {

  static final LocalDate KNOWN = LocalDate.of(2004, 1, 1);

  /** Kiên Giang (91) with Rạch Giá (899) and two wards, and Châu Thành (900) from 2010. */
  public static OrgHierarchy city() {
    return OrgHierarchy.of(
        List.of(
            OrgUnit.open("91", "Tỉnh Kiên Giang", UnitLevel.PROVINCE, null, KNOWN),
            OrgUnit.open("899", "Thành phố Rạch Giá", UnitLevel.DISTRICT, "91", KNOWN),
            OrgUnit.open(
                "900", "Huyện Châu Thành", UnitLevel.DISTRICT, "91", LocalDate.of(2010, 1, 1)),
            OrgUnit.open("30730", "Phường Vĩnh Thanh Vân", UnitLevel.COMMUNE, "899", KNOWN),
            OrgUnit.open("30733", "Phường Vĩnh Thanh", UnitLevel.COMMUNE, "899", KNOWN)));
  }

  public static List<String> paths(Runnable r) {
    try {
      r.run();
    } catch (InvalidInputException e) {
      return e.problems().stream().map(Problem::path).toList();
    }
    throw new AssertionError("no problem reported");
  }

  private final UnitChanges changes = new UnitChanges(city());

  @Test
  void opensAUnitUnderAParentOfAHigherLevel() {
    var change =
        changes.open(
            new OpenUnit(
                " 30736 ",
                "Phường Vĩnh Quang",
                UnitLevel.COMMUNE,
                "899",
                LocalDate.parse("2020-01-01")));

    assertThat(change.changed()).extracting(OrgUnit::code).containsExactly("30736");
    assertThat(change.after().childrenOn("899", LocalDate.of(2020, 1, 1)))
        .extracting(OrgUnit::code)
        .containsExactly("30730", "30733", "30736");
  }

  @Test
  void reportsEveryProblemOfANewUnitAtOnce() {
    // the edge could not read the level (WARD) nor the day (2020-02-30): they come with the command
    Unread unread =
        new Unread(
            List.of(
                new Problem(
                    "openedOn",
                    AdapterMessages.text("application.notValidDateExpected", "\"2020-02-30\"")),
                new Problem(
                    "level",
                    AdapterMessages.text(
                        "application.choice.unknown", "PROVINCE, DISTRICT, COMMUNE", "\"WARD\""))));

    assertThat(paths(() -> changes.open(new OpenUnit("30730", "", null, "nope", null, unread))))
        .containsExactly("code", "name", "level", "openedOn", "parentCode");
    // absent, they are required
    assertThat(
            paths(
                () ->
                    changes.open(
                        new OpenUnit("30799", "Phường Mới", null, "899", null, Unread.none()))))
        .containsExactly("level", "openedOn");
  }

  @Test
  void refusesAParentThatDidNotExistThatDayOrDoesNotStandAbove() {
    assertThat(
            paths(
                () ->
                    changes.open(
                        new OpenUnit(
                            "1",
                            "Xã Minh Lương",
                            UnitLevel.COMMUNE,
                            "900",
                            LocalDate.parse("2005-01-01")))))
        .containsExactly("parentCode");
    assertThat(
            paths(
                () ->
                    changes.open(
                        new OpenUnit(
                            "2",
                            "Phường Mới",
                            UnitLevel.DISTRICT,
                            "899",
                            LocalDate.parse("2020-01-01")))))
        .containsExactly("parentCode");
    assertThat(
            paths(
                () ->
                    changes.open(
                        new OpenUnit(
                            "3",
                            "Phường Mới",
                            UnitLevel.COMMUNE,
                            "30730",
                            LocalDate.parse("2020-01-01")))))
        .containsExactly("parentCode");
  }

  @Test
  void closesAUnitWithNothingUnderIt() {
    var change = changes.close("30730", new CloseUnit(LocalDate.parse("2025-07-01")));

    assertThat(change.changed())
        .singleElement()
        .satisfies(u -> assertThat(u.closedOn()).isEqualTo(LocalDate.of(2025, 7, 1)));
  }

  @Test
  void refusesToCloseAUnitWithUnitsUnderItOrBeforeItOpened() {
    assertThat(paths(() -> changes.close("899", new CloseUnit(LocalDate.parse("2025-07-01")))))
        .containsExactly("date");
    assertThat(paths(() -> changes.close("30730", new CloseUnit(LocalDate.parse("2004-01-01")))))
        .containsExactly("date");
    assertThatThrownBy(() -> changes.close("nope", new CloseUnit(LocalDate.parse("2025-07-01"))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void movesAUnitUnderAnotherParentKeepingItsName() {
    var change = changes.move("30730", new MoveUnit(LocalDate.parse("2020-01-01"), null, "900"));

    OrgUnit moved = change.changed().get(0);
    assertThat(moved.placements()).hasSize(2);
    assertThat(moved.nameOn(LocalDate.of(2021, 1, 1))).contains("Phường Vĩnh Thanh Vân");
    assertThat(moved.parentOn(LocalDate.of(2019, 12, 31))).contains("899");
    assertThat(moved.parentOn(LocalDate.of(2020, 1, 1))).contains("900");
  }

  @Test
  void aMoveThatChangesNothingOrComesTooEarlyIsRefused() {
    assertThat(
            paths(
                () ->
                    changes.move(
                        "30730",
                        new MoveUnit(
                            LocalDate.parse("2020-01-01"), "Phường Vĩnh Thanh Vân", null))))
        .containsExactly("name");
    assertThat(
            paths(
                () ->
                    changes.move(
                        "30730", new MoveUnit(LocalDate.parse("2000-01-01"), "Tên mới", "nope"))))
        .containsExactly("from", "parentCode");
  }
}
