package vn.emulation.jakarta.infrastructure.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.Placement;
import vn.emulation.core.unit.UnitLevel;

/** Between core {@link OrgUnit}s and {@link OrgUnitEntity} rows. */
final class UnitMapper {

  private UnitMapper() {}

  static OrgUnit toCore(OrgUnitEntity e) {
    return toCore(e.code, e.level, e.openedOn, e.closedOn, e.placements, e.successors);
  }

  /** A unit from its row's columns, its placement rows (any order) and its successors' codes. */
  static OrgUnit toCore(
      String code,
      String level,
      LocalDate openedOn,
      LocalDate closedOn,
      Collection<PlacementEmbeddable> placements,
      Collection<String> successors) {
    return new OrgUnit(
        code,
        UnitLevel.valueOf(level),
        openedOn,
        closedOn,
        placements.stream()
            .sorted(Comparator.comparing((PlacementEmbeddable p) -> p.validFrom))
            .map(p -> new Placement(p.validFrom, p.name, p.parentCode))
            .toList(),
        new HashSet<>(successors));
  }

  /** Copies the unit's state onto the entity (new or managed). */
  static void copy(OrgUnit u, OrgUnitEntity e) {
    e.level = u.level().name();
    e.openedOn = u.openedOn();
    e.closedOn = u.closedOn();
    e.placements.clear();
    for (Placement p : u.placements()) {
      e.placements.add(new PlacementEmbeddable(p.from(), p.name(), p.parentCode()));
    }
    e.successors.clear();
    e.successors.addAll(u.successorCodes());
  }
}
