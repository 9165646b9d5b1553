package vn.emulation.jakarta.application.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;

/**
 * Works out a caller's {@link UnitScope}. A unit-scoped user sees their unit's lineage today
 * ({@link OrgHierarchy#lineageOn}): the unit, the units under it now (a unit moved away goes with
 * its new parent), every unit merged into it with theirs, and of a unit split between several
 * successors only the parts that went into this one. A ward formed on 1 July 2025 keeps the reports
 * of the wards it replaced, not those of the wards that went to the other new ward.
 */
@ApplicationScoped
public class UnitScopes {

  @Inject UnitRepository units;
  @Inject Callers callers;

  /** Today, in Vietnam: the lineage is the one of this day. */
  @Inject Clock clock;

  /** The current caller's scope. */
  public UnitScope current() {
    return of(callers.current());
  }

  /**
   * A caller's scope: every unit for a city-wide role, the unit's lineage for a unit's reporter or
   * head, and no unit at all for anyone else — the anonymous caller, a reader of what is published,
   * a unit's user whose token names no unit. The published reads (progress, open data) ask no
   * scope, so they still answer those callers.
   */
  public UnitScope of(Caller caller) {
    if (caller.cityWide()) {
      return UnitScope.all();
    }
    if (!caller.unitScoped() || caller.unitCode() == null) {
      return UnitScope.none();
    }
    return UnitScope.of(reach(units.hierarchy(), caller.unitCode(), LocalDate.now(clock)));
  }

  /** The unit's lineage on {@code date}; empty for an unknown unit. */
  static Set<String> reach(OrgHierarchy h, String code, LocalDate date) {
    return h.lineageOn(code, date);
  }
}
