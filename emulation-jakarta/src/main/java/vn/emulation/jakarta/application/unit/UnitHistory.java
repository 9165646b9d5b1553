package vn.emulation.jakarta.application.unit;

import java.time.LocalDate;
import java.util.List;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.Placement;
import vn.emulation.core.unit.UnitLevel;

/**
 * A unit with its whole history, as a change leaves it: what the unit use cases answer with, and
 * the state the audit log keeps before and after a change (its JSON is the API's unit). Immutable.
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
    List<String> predecessors) {

  /** The history of {@code u} in {@code h}. */
  static UnitHistory of(OrgHierarchy h, OrgUnit u) {
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
