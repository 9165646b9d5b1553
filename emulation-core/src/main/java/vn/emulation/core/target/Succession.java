package vn.emulation.core.target;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
   * territory lies on {@code date}: the lowest unit above all their successors, or for a dissolved
   * unit the unit it last stood under. Their reports count there, since no one successor can have
   * them; a unit with no such place on {@code date} has no home and is not listed.
   */
  static Map<String, List<OrgUnit>> orphansByHome(
      OrgHierarchy hierarchy, int year, LocalDate date) {
    Map<String, List<OrgUnit>> byHome = new HashMap<>();
    for (OrgUnit u : hierarchy.all()) {
      if (u.closedOn() == null
          || u.closedOn().isAfter(date)
          || u.successorCodes().size() == 1
          || ReportPeriod.of(u, year).isEmpty()) {
        continue;
      }
      Set<String> heirs;
      if (u.successorCodes().isEmpty()) {
        heirs =
            u.parentOn(u.lastDay().orElseThrow())
                .<Set<String>>map(parent -> hierarchy.presentOn(Set.of(parent), date))
                .orElse(Set.of());
      } else {
        heirs = hierarchy.presentOn(u.successorCodes(), date);
      }
      if (heirs.isEmpty()) {
        continue;
      }
      Optional<String> home =
          heirs.size() == 1
              ? Optional.of(heirs.iterator().next())
              : commonParent(hierarchy, heirs, date);
      home.ifPresent(h -> byHome.computeIfAbsent(h, k -> new ArrayList<>()).add(u));
    }
    byHome.values().forEach(l -> l.sort(java.util.Comparator.comparing(OrgUnit::code)));
    return byHome;
  }

  /** The lowest unit that stands, on {@code date}, above every one of {@code codes}. */
  private static Optional<String> commonParent(
      OrgHierarchy hierarchy, Set<String> codes, LocalDate date) {
    List<String> common = null;
    for (String code : codes) {
      List<String> chain = new ArrayList<>(); // ancestors, nearest first
      String current = hierarchy.find(code).flatMap(u -> u.parentOn(date)).orElse(null);
      while (current != null && !chain.contains(current)) {
        chain.add(current);
        String c = current;
        current = hierarchy.find(c).flatMap(u -> u.parentOn(date)).orElse(null);
      }
      if (common == null) {
        common = chain;
      } else {
        common.retainAll(chain);
      }
    }
    return common == null || common.isEmpty() ? Optional.empty() : Optional.of(common.get(0));
  }
}
