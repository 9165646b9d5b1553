package vn.emulation.core.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * All administrative units a plan deals with, past and present, and how they stood on any date.
 *
 * <p>Mergers and splits are named commands that return a new hierarchy: the old units close, the
 * new unit opens, and each old unit names its successors so that a successor inherits its history.
 * Immutable and thread-safe.
 */
public final class OrgHierarchy {

  private final Map<String, OrgUnit> units;

  private OrgHierarchy(Map<String, OrgUnit> units) {
    this.units = units;
  }

  /** A hierarchy of the given units; parents and successors must be among them. */
  public static OrgHierarchy of(Collection<OrgUnit> units) {
    Map<String, OrgUnit> byCode = new LinkedHashMap<>();
    for (OrgUnit u : units) {
      if (byCode.put(u.code(), u) != null) {
        throw new IllegalArgumentException("unit code " + u.code() + " appears twice");
      }
    }
    for (OrgUnit u : byCode.values()) {
      for (Placement p : u.placements()) {
        if (p.parentCode() != null && !byCode.containsKey(p.parentCode())) {
          throw new UnknownUnitException(p.parentCode(), "parent of " + u.code());
        }
      }
      for (String s : u.successorCodes()) {
        if (!byCode.containsKey(s)) {
          throw new UnknownUnitException(s, "successor of " + u.code());
        }
      }
    }
    return new OrgHierarchy(Map.copyOf(byCode));
  }

  public Optional<OrgUnit> find(String code) {
    return Optional.ofNullable(units.get(code));
  }

  public OrgUnit get(String code) {
    OrgUnit unit = units.get(code);
    if (unit == null) {
      throw new UnknownUnitException(code, "");
    }
    return unit;
  }

  public Collection<OrgUnit> all() {
    return units.values();
  }

  /** The units that are the direct children of {@code code} on {@code date}, ordered by code. */
  public List<OrgUnit> childrenOn(String code, LocalDate date) {
    return units.values().stream()
        .filter(u -> u.parentOn(date).filter(code::equals).isPresent())
        .sorted(java.util.Comparator.comparing(OrgUnit::code))
        .toList();
  }

  /**
   * {@code codes} as they stood on {@code date}: a unit that existed then is itself, a unit closed
   * by then is replaced by its successors (transitively), a unit not yet opened drops out; unknown
   * codes drop out too. In code order.
   */
  public java.util.SortedSet<String> presentOn(Collection<String> codes, LocalDate date) {
    java.util.SortedSet<String> present = new java.util.TreeSet<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.Deque<String> todo = new java.util.ArrayDeque<>(codes);
    while (!todo.isEmpty()) {
      String code = todo.pop();
      OrgUnit unit = units.get(code);
      if (!seen.add(code) || unit == null) {
        continue;
      }
      if (unit.existsOn(date)) {
        present.add(code);
      } else if (unit.closedOn() != null && !unit.closedOn().isAfter(date)) {
        todo.addAll(unit.successorCodes());
      }
    }
    return present;
  }

  /** The units that closed and named {@code code} among their successors. */
  public List<OrgUnit> predecessorsOf(String code) {
    return units.values().stream()
        .filter(u -> u.successorCodes().contains(code))
        .sorted(java.util.Comparator.comparing(OrgUnit::code))
        .toList();
  }

  /**
   * The units whose records {@code code} answers for on {@code date}: itself, the units under it
   * then, the whole lineage of every unit merged into it, and of a unit split between several
   * successors only the parts that went into it, never the split unit itself. A unit that moved to
   * another parent belongs to the new parent from the day of the move, its earlier records
   * included. Empty for an unknown unit. See {@link Lineage}.
   */
  public Set<String> lineageOn(String code, LocalDate date) {
    return new Lineage(this, date).of(code);
  }

  /**
   * Merges {@code sourceCodes} into a new unit that opens on {@code date}: each source closes that
   * day and names the new unit as its successor.
   */
  public OrgHierarchy merge(Set<String> sourceCodes, OrgUnit successor, LocalDate date) {
    if (sourceCodes.size() < 2) {
      throw new IllegalArgumentException("a merger needs at least two units, got " + sourceCodes);
    }
    return replace(sourceCodes, List.of(successor), date);
  }

  /** Splits {@code sourceCode} into new units that open on {@code date}. */
  public OrgHierarchy split(String sourceCode, List<OrgUnit> successors, LocalDate date) {
    if (successors.size() < 2) {
      throw new IllegalArgumentException("a split needs at least two new units");
    }
    return replace(Set.of(sourceCode), successors, date);
  }

  private OrgHierarchy replace(Set<String> sourceCodes, List<OrgUnit> successors, LocalDate date) {
    Map<String, OrgUnit> next = new LinkedHashMap<>(units);
    Set<String> successorCodes =
        successors.stream().map(OrgUnit::code).collect(Collectors.toUnmodifiableSet());
    for (String source : sourceCodes) {
      OrgUnit old = get(source);
      if (!old.existsOn(date.minusDays(1))) {
        throw new UnknownUnitException(source, "does not exist the day before " + date);
      }
      next.put(source, old.closeOn(date, successorCodes));
    }
    for (OrgUnit s : successors) {
      if (!s.openedOn().equals(date)) {
        throw new IllegalArgumentException(
            "successor " + s.code() + " must open on the change date " + date);
      }
      if (next.put(s.code(), s) != null) {
        throw new IllegalArgumentException("unit code " + s.code() + " is already used");
      }
    }
    return of(new ArrayList<>(next.values()));
  }
}
