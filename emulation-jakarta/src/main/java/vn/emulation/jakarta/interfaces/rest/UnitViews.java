package vn.emulation.jakarta.interfaces.rest;

import java.time.LocalDate;
import java.util.List;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.Placement;
import vn.emulation.core.unit.Reorganisation;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.unit.UnitDirectory;
import vn.emulation.jakarta.application.unit.UnitHistory;
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

  /**
   * One unit with its whole history and the reorganisations it took part in.
   *
   * @param code its code, for life
   * @param name its latest name
   * @param level its level
   * @param openedOn its first day
   * @param closedOn the first day it no longer exists, {@code null} while it exists
   * @param placements its names and parents, each from a day, oldest first
   * @param successors the units that took it over when it closed
   * @param predecessors the units it took over when they merged or split into it
   * @param reorganisations what each change that brought units into it or closed it was, oldest
   *     first
   */
  public record UnitDetail(
      String code,
      String name,
      UnitLevel level,
      LocalDate openedOn,
      LocalDate closedOn,
      List<Placement> placements,
      List<String> successors,
      List<String> predecessors,
      List<ReorganisationView> reorganisations) {

    static UnitDetail of(UnitDirectory.UnitRecord r) {
      UnitHistory h = r.history();
      return new UnitDetail(
          h.code(),
          h.name(),
          h.level(),
          h.openedOn(),
          h.closedOn(),
          h.placements(),
          h.successors(),
          h.predecessors(),
          r.reorganisations().stream().map(ReorganisationView::of).toList());
    }
  }

  /**
   * A reorganisation, from the unit's side.
   *
   * @param kind FORMED_BY_MERGER, SPLIT_FROM or TOOK_OVER (the units are those it came from);
   *     MERGED_INTO, SPLIT_INTO, TAKEN_OVER_BY or DISSOLVED (the units are those after it)
   * @param side PREDECESSORS or SUCCESSORS: which the units are
   * @param day the day it took effect
   * @param units the units on the other side, by code
   */
  public record ReorganisationView(
      Reorganisation.Kind kind, Reorganisation.Side side, LocalDate day, List<String> units) {

    static ReorganisationView of(Reorganisation r) {
      return new ReorganisationView(r.kind(), r.kind().side(), r.day(), r.units());
    }
  }
}
