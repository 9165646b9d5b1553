package vn.emulation.jakarta.interfaces.rest;

import java.time.LocalDate;
import java.util.List;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.Placement;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.unit.UnitsOn;

/**
 * How the API shows units as they stood on a day: in a list or in a tree. (A unit with its whole
 * history is the use cases' {@link vn.emulation.jakarta.application.unit.UnitHistory}, which the
 * audit log keeps too.)
 */
public final class UnitViews {

  private UnitViews() {}

  /**
   * A unit as it stood on a day.
   *
   * @param code its code
   * @param name its name that day
   * @param level its level
   * @param parentCode its parent that day, {@code null} for a top unit
   * @param openedOn its first day
   * @param closedOn the first day it no longer exists, {@code null} while it exists
   */
  public record UnitSummary(
      String code,
      String name,
      UnitLevel level,
      String parentCode,
      LocalDate openedOn,
      LocalDate closedOn) {}

  /**
   * A unit in the hierarchy of a day, with the units under it that day.
   *
   * @param code its code
   * @param name its name that day
   * @param level its level
   * @param parentCode its parent that day, {@code null} for a top unit
   * @param children the units under it that day, by code
   */
  public record UnitNode(
      String code, String name, UnitLevel level, String parentCode, List<UnitNode> children) {}

  /**
   * The hierarchy as it stood on a day.
   *
   * @param date the day
   * @param roots the top units that day (or the unit asked for), each with what lies under it
   */
  public record UnitTree(LocalDate date, List<UnitNode> roots) {}

  /** A page of units, each as it stood on the day. */
  static Page<UnitSummary> list(UnitsOn on) {
    return on.units().map(u -> summary(u, on.date()));
  }

  /** The units asked for, each with what lay under it on the day. */
  static UnitTree tree(UnitsOn on) {
    return new UnitTree(
        on.date(),
        on.units().items().stream().map(u -> node(on.hierarchy(), u, on.date())).toList());
  }

  static UnitSummary summary(OrgUnit u, LocalDate date) {
    Placement p = u.placementOn(date).orElseThrow();
    return new UnitSummary(
        u.code(), p.name(), u.level(), p.parentCode(), u.openedOn(), u.closedOn());
  }

  static UnitNode node(OrgHierarchy h, OrgUnit u, LocalDate date) {
    Placement p = u.placementOn(date).orElseThrow();
    return new UnitNode(
        u.code(),
        p.name(),
        u.level(),
        p.parentCode(),
        h.childrenOn(u.code(), date).stream().map(c -> node(h, c, date)).toList());
  }
}
