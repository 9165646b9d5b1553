package vn.emulation.jakarta.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.Placement;
import vn.emulation.jakarta.infrastructure.persistence.JpaUnitRepository;

/**
 * Works out a caller's {@link UnitScope}. A unit-scoped user sees their unit, every unit that
 * was ever placed under it (at any depth, so that history stays readable after a move), and the
 * units it succeeded in a merger or split, with theirs: a ward formed on 1 July 2025 keeps the
 * reports of the wards it replaced.
 */
@ApplicationScoped
public class UnitScopes {

  @Inject JpaUnitRepository units;
  @Inject Callers callers;

  /** The current caller's scope. */
  public UnitScope current() {
    return of(callers.current());
  }

  public UnitScope of(Caller caller) {
    if (!caller.unitScoped()) {
      return UnitScope.all();
    }
    if (caller.unitCode() == null) {
      return UnitScope.of(Set.of());
    }
    return UnitScope.of(reach(units.hierarchy(), caller.unitCode()));
  }

  /** The unit, its descendants over time and its predecessors, transitively. */
  static Set<String> reach(OrgHierarchy h, String code) {
    Set<String> seen = new LinkedHashSet<>();
    if (h.find(code).isEmpty()) {
      return seen;
    }
    // every unit ever placed under a parent, built once: a province holds thousands of units
    Map<String, Set<String>> everUnder = new HashMap<>();
    for (OrgUnit u : h.all()) {
      for (Placement p : u.placements()) {
        if (p.parentCode() != null) {
          everUnder.computeIfAbsent(p.parentCode(), k -> new LinkedHashSet<>()).add(u.code());
        }
      }
    }
    Deque<String> todo = new ArrayDeque<>();
    todo.add(code);
    while (!todo.isEmpty()) {
      String c = todo.pop();
      if (!seen.add(c)) {
        continue;
      }
      todo.addAll(everUnder.getOrDefault(c, Set.of()));
      for (OrgUnit p : h.predecessorsOf(c)) {
        todo.add(p.code());
      }
    }
    return seen;
  }
}
