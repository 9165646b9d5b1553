package vn.emulation.jakarta.application.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.emulation.core.unit.OrgHierarchy;

/**
 * The "whole city" of a plan on a day: the smallest unit that holds, on that day, every unit taking
 * part in the plan (those that reported to it or have participants in it).
 *
 * <p>The hierarchy is shared by all plans and reaches above the plan's own units (Rạch Giá sits in
 * Kiên Giang province), so the top is not simply a root: it is the lowest common ancestor of the
 * plan's units. A unit closed by then counts through its successors, which inherit its history
 * (after the reorganisation of 1 July 2025 the wards of Rạch Giá sit in An Giang). Should the
 * plan's units lie in unrelated trees, the tree holding most of them wins, then the lower root
 * code, so that the answer never depends on the order of the data.
 */
public final class TopUnit {

  private TopUnit() {}

  /** The top unit on {@code date}; empty when none of {@code planUnits} exists on that day. */
  public static Optional<String> of(
      OrgHierarchy hierarchy, Collection<String> planUnits, LocalDate date) {
    Map<String, List<List<String>>> chainsByRoot = new LinkedHashMap<>();
    for (String code : hierarchy.presentOn(planUnits, date)) {
      List<String> chain = chainUp(hierarchy, code, date);
      chainsByRoot.computeIfAbsent(chain.get(0), r -> new ArrayList<>()).add(chain);
    }
    return chainsByRoot.entrySet().stream()
        .min(
            Comparator.<Map.Entry<String, List<List<String>>>>comparingInt(
                    e -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey))
        .map(e -> commonAncestor(e.getValue()));
  }

  /** {@code code} and its ancestors on {@code date}, the root first. */
  private static List<String> chainUp(OrgHierarchy hierarchy, String code, LocalDate date) {
    List<String> chain = new ArrayList<>();
    String current = code;
    // a parent cycle cannot be stored, but a bound keeps a corrupt table from hanging a request
    while (current != null && chain.size() <= hierarchy.all().size() && !chain.contains(current)) {
      chain.add(0, current);
      current = hierarchy.find(current).flatMap(u -> u.parentOn(date)).orElse(null);
    }
    return chain;
  }

  private static String commonAncestor(List<List<String>> chains) {
    List<String> first = chains.get(0);
    int depth = first.size();
    for (List<String> chain : chains) {
      int i = 0;
      while (i < Math.min(depth, chain.size()) && chain.get(i).equals(first.get(i))) {
        i++;
      }
      depth = i;
    }
    return first.get(depth - 1);
  }
}
