package vn.emulation.jakarta.application.unit;

import java.time.LocalDate;
import java.util.List;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.jakarta.application.Page;

/**
 * Units as they stood on a day, with the hierarchy they belong to, for the edge to show (names,
 * parents and children are those of that day). Immutable.
 *
 * @param date the day
 * @param hierarchy the whole hierarchy, in which each unit's children that day are found
 * @param units the units asked for: the top units of a tree, or a page of a list
 */
public record UnitsOn(LocalDate date, OrgHierarchy hierarchy, Page<OrgUnit> units) {

  /** Every unit of {@code roots} on one page. */
  static UnitsOn all(LocalDate date, OrgHierarchy hierarchy, List<OrgUnit> roots) {
    return new UnitsOn(date, hierarchy, new Page<>(roots, 0, roots.size(), roots.size()));
  }
}
