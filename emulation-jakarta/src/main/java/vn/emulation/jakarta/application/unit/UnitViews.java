package vn.emulation.jakarta.application.unit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.Placement;
import vn.emulation.core.unit.UnitLevel;

/** How units are shown: as they stood on a day, in a tree, or with their whole history. */
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

  /**
   * A unit with its whole history.
   *
   * @param code its code, for life
   * @param name its latest name
   * @param level its level
   * @param openedOn its first day
   * @param closedOn the first day it no longer exists, {@code null} while it exists
   * @param placements its names and parents, each from a day, oldest first
   * @param successors the units that took it over when it closed
   * @param predecessors the units it took over when they merged or split into it
   */
  public record UnitHistory(
      String code,
      String name,
      UnitLevel level,
      LocalDate openedOn,
      LocalDate closedOn,
      List<Placement> placements,
      List<String> successors,
      List<String> predecessors) {}

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

  /** The units existing on {@code date} with no parent that day (or one that no longer exists). */
  static List<OrgUnit> tops(OrgHierarchy h, LocalDate date) {
    return h.all().stream()
        .filter(u -> u.existsOn(date))
        .filter(u -> u.parentOn(date).flatMap(h::find).filter(p -> p.existsOn(date)).isEmpty())
        .sorted(Comparator.comparing(OrgUnit::code))
        .toList();
  }

  static UnitHistory history(OrgHierarchy h, OrgUnit u) {
    List<Placement> placements = u.placements();
    return new UnitHistory(
        u.code(),
        placements.get(placements.size() - 1).name(),
        u.level(),
        u.openedOn(),
        u.closedOn(),
        placements,
        u.successorCodes().stream().sorted().toList(),
        h.predecessorsOf(u.code()).stream().map(OrgUnit::code).toList());
  }
}
