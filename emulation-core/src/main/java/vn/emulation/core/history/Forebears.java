package vn.emulation.core.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;

/**
 * The participants whose history a participant answers for on a day: itself, and for the body of a
 * unit the bodies (of its category) of the units in its lineage ({@link OrgHierarchy#lineageOn})
 * whose succession runs into its unit through mergers. The units placed under it are in its lineage
 * too, but a ward's awards are not its city's, so they stay out; a split unit is followed by none
 * of its successors, as the lineage does (ADR 0015): its awards cannot belong to two successors.
 */
final class Forebears {

  private Forebears() {}

  static List<Participant> of(
      Participant p, LocalDate day, OrgHierarchy units, HistoryBook book, Subjects subjects) {
    List<Participant> found = new ArrayList<>();
    found.add(p);
    if (!subjects.isUnitBody(p)) {
      return found;
    }
    for (String code : units.lineageOn(p.unitCode(), day)) {
      if (!code.equals(p.unitCode()) && mergesInto(units, code, p.unitCode())) {
        book.bodiesOf(code, p.categoryCode()).stream()
            .filter(b -> !b.id().equals(p.id()))
            .forEach(found::add);
      }
    }
    return found;
  }

  /**
   * Whether the succession of {@code from}, followed through single successors, reaches {@code to}.
   */
  private static boolean mergesInto(OrgHierarchy units, String from, String to) {
    Set<String> seen = new HashSet<>();
    String current = from;
    while (current != null && seen.add(current)) {
      OrgUnit unit = units.find(current).orElse(null);
      if (unit == null || unit.successorCodes().size() != 1) {
        return false;
      }
      current = unit.successorCodes().iterator().next();
      if (current.equals(to)) {
        return true;
      }
    }
    return false;
  }
}
