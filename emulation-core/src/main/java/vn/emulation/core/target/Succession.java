package vn.emulation.core.target;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;

/**
 * Which reports pass to whom when units merge, split or close, as aggregation needs it.
 * Package-private.
 */
final class Succession {

  private Succession() {}

  /**
   * The units merged into {@code code} by {@code date}: closed on or before it with {@code code} as
   * their only successor, so that their whole history is its history. A unit split between several
   * successors is not among them, nor one whose merger had not happened on the date (Kiên Giang is
   * not part of An Giang on 31 December 2024).
   */
  static List<OrgUnit> mergedInto(OrgHierarchy hierarchy, String code, LocalDate date) {
    return hierarchy.predecessorsOf(code).stream()
        .filter(p -> p.successorCodes().size() == 1 && !p.closedOn().isAfter(date))
        .toList();
  }

  /**
   * The units that existed during {@code year}, had closed by {@code date} and passed their history
   * to no single successor (split between several, or dissolved), by the unit under which their
   * territory lies on {@code date} ({@link OrgHierarchy#territoryOn}, the one rule that the unit
   * scoping's lineage follows too). Their reports count there, since no one successor can have
   * them; a unit with no such place on {@code date} has no home and is not listed.
   */
  static Map<String, List<OrgUnit>> orphansByHome(
      OrgHierarchy hierarchy, int year, LocalDate date) {
    Map<String, List<OrgUnit>> byHome = new HashMap<>();
    for (OrgUnit u : hierarchy.all()) {
      if (ReportPeriod.of(u, year).isEmpty()) {
        continue;
      }
      hierarchy
          .territoryOn(u.code(), date)
          .ifPresent(h -> byHome.computeIfAbsent(h, k -> new ArrayList<>()).add(u));
    }
    byHome.values().forEach(l -> l.sort(java.util.Comparator.comparing(OrgUnit::code)));
    return byHome;
  }
}
