package vn.emulation.core.unit;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The units whose records a unit answers for on a date (its lineage): itself, the units placed
 * under it, and what reorganisations gave it, at any depth.
 *
 * <ul>
 *   <li>A <b>merger</b> (a predecessor with one successor) gives the successor the predecessor's
 *       whole lineage.
 *   <li>A <b>split</b> (a predecessor with several successors) gives each successor only the parts
 *       that lead into it: the units whose own succession ends in it. The split unit itself, its
 *       own predecessors and its parts that went to another successor stay out.
 *   <li>A <b>move</b>: a unit belongs under the parent it has on the date (a unit not yet open
 *       under its first parent; a merged unit under the parent of its last day; a split or
 *       dissolved unit where its territory lies on the date, {@link OrgHierarchy#territoryOn}, the
 *       place where aggregation counts its reports too, else under the parent of its last day). A
 *       unit that moved away leaves its old parent's lineage altogether, its earlier records
 *       included; its new parent answers for it.
 * </ul>
 *
 * <p>Pure and stateless: built from a hierarchy, asked once. ADR 0015 gives the reasons.
 */
final class Lineage {

  private final OrgHierarchy hierarchy;
  private final Map<String, List<String>> under = new HashMap<>();
  private final Map<String, List<OrgUnit>> mergedInto = new HashMap<>();

  Lineage(OrgHierarchy hierarchy, LocalDate date) {
    this.hierarchy = hierarchy;
    for (OrgUnit u : hierarchy.all()) {
      String parent = parentFor(hierarchy, u, date);
      if (parent != null) {
        under.computeIfAbsent(parent, k -> new java.util.ArrayList<>()).add(u.code());
      }
      if (u.successorCodes().size() == 1) {
        mergedInto
            .computeIfAbsent(u.successorCodes().iterator().next(), k -> new java.util.ArrayList<>())
            .add(u);
      }
    }
  }

  /** The lineage of {@code code}; empty for a unit the hierarchy does not know. */
  Set<String> of(String code) {
    if (hierarchy.find(code).isEmpty()) {
      return Set.of();
    }
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(code);
    while (!todo.isEmpty()) {
      String c = todo.pop();
      if (!seen.add(c)) {
        continue;
      }
      todo.addAll(under.getOrDefault(c, List.of()));
      // a split predecessor is not followed: what it gave this unit merged into it on its own
      for (OrgUnit p : mergedInto.getOrDefault(c, List.of())) {
        todo.add(p.code());
      }
    }
    return Collections.unmodifiableSet(seen);
  }

  /**
   * The unit {@code u} belongs under on {@code date}: its parent that day; once it has closed,
   * split or dissolved, the unit where its territory lies then ({@link OrgHierarchy#territoryOn},
   * as aggregation places its reports), else the parent of its last day; a unit not yet open, under
   * its first parent.
   */
  private static String parentFor(OrgHierarchy hierarchy, OrgUnit u, LocalDate date) {
    return hierarchy
        .territoryOn(u.code(), date)
        .orElseGet(() -> u.parentOn(u.lastDayOnOrBefore(date).orElse(u.openedOn())).orElse(null));
  }
}
