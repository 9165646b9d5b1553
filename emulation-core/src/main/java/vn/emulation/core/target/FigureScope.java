package vn.emulation.core.target;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.Placement;

/**
 * The reports a question about the targets of one milestone, with the figures of one year, reads:
 * that year's reports only; of every indicator its overall figure (breakdown ""), and of the
 * indicators whose target of that milestone must be met "in each breakdown" (E2: in every sector)
 * every breakdown too. Nothing else can change such an answer: {@link AttainmentCalculator} asks
 * for the year given and no other (a unit's predecessors, the units merged into it and the split or
 * dissolved units whose territory lies under it are all looked up in that year), and for the
 * overall breakdown alone unless the target's scope asks for each breakdown. A village's figure
 * (thôn, tổ dân phố) of a count that is judged overall is therefore never read: it is what makes a
 * province's million reports, and the overall figure its commune reports already holds its sum.
 *
 * <p>The same question is the one a participant's verdict on an occasion asks of its unit's
 * figures: the occasion's milestone with the figures of the occasion's year.
 *
 * <p>A question about one unit reads only the reports of {@link #unitsRead the units its figure can
 * be made of} ({@link #forUnit}): a province's question on the nation's data reads the province's
 * communes, not the country's. Immutable and thread-safe.
 *
 * <p>{@link #of} names the indicators too: those of the milestone's targets, the only ones {@link
 * AttainmentCalculator} is asked about. An indicator without a target of that milestone cannot
 * change the answer, and naming them lets a store read the figures indicator by indicator (ADR
 * 0054: the key of {@code measurement} is (plan, year, indicator, breakdown, unit)).
 *
 * @param year the year whose reports are read
 * @param eachBreakdown the indicators whose every breakdown is read, by code
 * @param units the units whose reports are read, by code; null for every unit
 * @param indicators the indicators whose overall figure is read, by code (with those of {@code
 *     eachBreakdown}); null for every indicator
 */
public record FigureScope(
    int year, Set<String> eachBreakdown, Set<String> units, Set<String> indicators) {

  public FigureScope {
    eachBreakdown = Set.copyOf(eachBreakdown);
    units = units == null ? null : Set.copyOf(units);
    indicators = indicators == null ? null : Set.copyOf(indicators);
  }

  /** The reports of {@code units} (null for every unit), of every indicator. */
  public FigureScope(int year, Set<String> eachBreakdown, Set<String> units) {
    this(year, eachBreakdown, units, null);
  }

  /** Every unit's reports of the year, of every indicator. */
  public FigureScope(int year, Set<String> eachBreakdown) {
    this(year, eachBreakdown, null, null);
  }

  /** Whether every indicator's overall figure is read. */
  public boolean everyIndicator() {
    return indicators == null;
  }

  /**
   * The indicators of which only the overall figure is read: {@link #indicators} without those of
   * {@link #eachBreakdown}; null for every indicator.
   */
  public Set<String> overallOnly() {
    if (indicators == null) {
      return null;
    }
    Set<String> only = new TreeSet<>(indicators);
    only.removeAll(eachBreakdown);
    return only;
  }

  /** Whether every unit's reports are read. */
  public boolean everyUnit() {
    return units == null;
  }

  /**
   * The same question about unit {@code unitCode} in the hierarchy as it stood on {@code date}:
   * only the reports of {@link #unitsRead} are read.
   */
  public FigureScope forUnit(OrgHierarchy hierarchy, String unitCode, LocalDate date) {
    return new FigureScope(year, eachBreakdown, unitsRead(hierarchy, unitCode, date), indicators);
  }

  /**
   * The units whose reports the figure of {@code unitCode} on {@code date} can be made of ({@link
   * AttainmentCalculator}): the unit; every unit ever placed under one of these (its children on
   * the date, and those that stood under it before a move); every unit closed into one of these
   * (its predecessors, merged or split); every split or dissolved unit whose territory lies under
   * one of these on the date ({@link OrgHierarchy#territoryOn}); and so on down. A few units more
   * than the figure reads (a unit that moved away, a predecessor merged after the date) cost a few
   * rows, never a wrong figure; a unit fewer would. Empty for an unknown unit.
   */
  public static Set<String> unitsRead(OrgHierarchy hierarchy, String unitCode, LocalDate date) {
    Map<String, List<String>> below = new HashMap<>();
    for (OrgUnit u : hierarchy.all()) {
      for (Placement p : u.placements()) {
        if (p.parentCode() != null) {
          below.computeIfAbsent(p.parentCode(), k -> new ArrayList<>()).add(u.code());
        }
      }
      for (String successor : u.successorCodes()) {
        below.computeIfAbsent(successor, k -> new ArrayList<>()).add(u.code());
      }
      hierarchy
          .territoryOn(u.code(), date)
          .ifPresent(home -> below.computeIfAbsent(home, k -> new ArrayList<>()).add(u.code()));
    }
    Set<String> read = new TreeSet<>();
    if (hierarchy.find(unitCode).isEmpty()) {
      return read;
    }
    Deque<String> todo = new ArrayDeque<>(List.of(unitCode));
    while (!todo.isEmpty()) {
      String code = todo.pop();
      if (read.add(code)) {
        todo.addAll(below.getOrDefault(code, List.of()));
      }
    }
    return read;
  }

  /**
   * What a question about the targets of {@code milestoneYear} (among {@code targets}, a plan's)
   * with the figures of {@code year} reads.
   */
  public static FigureScope of(Collection<Target> targets, int milestoneYear, int year) {
    Set<String> every = new TreeSet<>();
    Set<String> indicators = new TreeSet<>();
    for (Target t : targets) {
      if (t.milestoneYear() == milestoneYear) {
        indicators.add(t.indicatorCode());
        if (t.scope().eachBreakdown()) {
          every.add(t.indicatorCode());
        }
      }
    }
    return new FigureScope(year, every, null, indicators);
  }

  /** Whether the answer can depend on {@code m}. */
  public boolean reads(Measurement m) {
    return m.year() == year
        && (eachBreakdown.contains(m.indicatorCode())
            || m.breakdown().isEmpty()
                && (indicators == null || indicators.contains(m.indicatorCode())))
        && (units == null || units.contains(m.unitCode()));
  }
}
