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
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Messages;

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

  /**
   * Where the territory of unit {@code code} lies on {@code date} once it has closed without a
   * single successor — split between several, or dissolved: under the lowest unit that stands, on
   * that date, above all its successors as they stand then ({@link #presentOn}), or that single
   * unit when they have all come to one; for a dissolved unit, the unit it last stood under, as it
   * stands then. Empty while the unit exists on {@code date}, for a unit merged into one successor
   * (that successor has its whole history), and when no unit stands there. The one answer to this
   * question: aggregation counts such a unit's reports there, and {@link #lineageOn} places it
   * there (ADR 0011, 0015).
   */
  public Optional<String> territoryOn(String code, LocalDate date) {
    OrgUnit unit = units.get(code);
    if (unit == null
        || unit.closedOn() == null
        || unit.closedOn().isAfter(date)
        || unit.successorCodes().size() == 1) {
      return Optional.empty();
    }
    Set<String> heirs =
        unit.successorCodes().isEmpty()
            ? unit.parentOn(unit.lastDay().orElseThrow())
                .<Set<String>>map(parent -> presentOn(Set.of(parent), date))
                .orElse(Set.of())
            : presentOn(unit.successorCodes(), date);
    if (heirs.isEmpty()) {
      return Optional.empty();
    }
    return heirs.size() == 1 ? Optional.of(heirs.iterator().next()) : commonParent(heirs, date);
  }

  /** The lowest unit that stands, on {@code date}, above every one of {@code codes}. */
  private Optional<String> commonParent(Set<String> codes, LocalDate date) {
    List<String> common = null;
    for (String code : codes) {
      List<String> chain = new ArrayList<>(); // ancestors, nearest first
      String current = find(code).flatMap(u -> u.parentOn(date)).orElse(null);
      while (current != null && !chain.contains(current)) {
        chain.add(current);
        String c = current;
        current = find(c).flatMap(u -> u.parentOn(date)).orElse(null);
      }
      if (common == null) {
        common = chain;
      } else {
        common.retainAll(chain);
      }
    }
    return common == null || common.isEmpty() ? Optional.empty() : Optional.of(common.get(0));
  }

  /** The units that closed and named {@code code} among their successors. */
  public List<OrgUnit> predecessorsOf(String code) {
    return units.values().stream()
        .filter(u -> u.successorCodes().contains(code))
        .sorted(java.util.Comparator.comparing(OrgUnit::code))
        .toList();
  }

  /**
   * The reorganisations unit {@code code} took part in, oldest first: those that formed it or
   * brought units into it (its predecessors, grouped by the day they closed), then its own closure
   * if it closed. A merger and a split are told apart by what the hierarchy holds, the one rule
   * every reader uses. On the day a unit opened, the units that closed into it alone formed it by a
   * merger when two or more units closed into it that day (parts of split units counted), those
   * that closed into it and others split, listed apart (Rạch Giá's wards merged into Phường Rạch
   * Giá on 1 July 2025 while the city itself split among the new wards); one unit closed into it
   * alone, or units closed into it after it opened, are a taking over. A unit closed into one that
   * opened that day from two or more units merged into it; into two or more, it split; into one
   * otherwise, it was taken over; into none, dissolved. Empty for an unknown unit.
   */
  public List<Reorganisation> reorganisationsOf(String code) {
    OrgUnit unit = units.get(code);
    if (unit == null) {
      return List.of();
    }
    List<Reorganisation> all = new ArrayList<>();
    java.util.SortedMap<LocalDate, List<OrgUnit>> byDay = new java.util.TreeMap<>();
    for (OrgUnit p : predecessorsOf(code)) {
      byDay.computeIfAbsent(p.closedOn(), d -> new ArrayList<>()).add(p);
    }
    byDay.forEach(
        (day, from) -> {
          if (!day.equals(unit.openedOn())) {
            all.add(new Reorganisation(Reorganisation.Kind.TOOK_OVER, day, codes(from)));
            return;
          }
          List<OrgUnit> whole = from.stream().filter(p -> p.successorCodes().size() == 1).toList();
          List<OrgUnit> parts = from.stream().filter(p -> p.successorCodes().size() >= 2).toList();
          if (from.size() >= 2 && !whole.isEmpty()) {
            all.add(new Reorganisation(Reorganisation.Kind.FORMED_BY_MERGER, day, codes(whole)));
          } else if (!whole.isEmpty()) {
            all.add(new Reorganisation(Reorganisation.Kind.TOOK_OVER, day, codes(whole)));
          }
          if (!parts.isEmpty()) {
            all.add(new Reorganisation(Reorganisation.Kind.SPLIT_FROM, day, codes(parts)));
          }
        });
    if (unit.closedOn() != null) {
      all.add(
          new Reorganisation(closure(unit), unit.closedOn(), List.copyOf(unit.successorCodes())));
    }
    all.sort(java.util.Comparator.comparing(Reorganisation::day));
    return List.copyOf(all);
  }

  private static List<String> codes(List<OrgUnit> units) {
    return units.stream().map(OrgUnit::code).toList();
  }

  private Reorganisation.Kind closure(OrgUnit unit) {
    Set<String> heirs = unit.successorCodes();
    if (heirs.isEmpty()) {
      return Reorganisation.Kind.DISSOLVED;
    }
    if (heirs.size() >= 2) {
      return Reorganisation.Kind.SPLIT_INTO;
    }
    OrgUnit heir = units.get(heirs.iterator().next());
    boolean merged =
        heir != null
            && heir.openedOn().equals(unit.closedOn())
            && predecessorsOf(heir.code()).stream()
                    .filter(p -> unit.closedOn().equals(p.closedOn()))
                    .count()
                >= 2;
    return merged ? Reorganisation.Kind.MERGED_INTO : Reorganisation.Kind.TAKEN_OVER_BY;
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
   * Opens a unit on {@code date}: a code never used, a name, a level, and a parent (if any) that
   * exists that day and stands above it.
   *
   * @throws InvalidInputException listing every problem at {@code code}, {@code name}, {@code
   *     level}, {@code openedOn} and {@code parentCode}
   */
  public OrgHierarchy open(UnitDraft unit, LocalDate date) {
    HierarchyChecks checks = new HierarchyChecks(this);
    checks.date("openedOn", date);
    OrgUnit opened = checks.newUnit("", unit, date, Set.of(), Set.of());
    checks.throwIfAny("unit");
    return with(List.of(opened));
  }

  /**
   * Closes unit {@code code} on {@code date} without successors: it must be open, have opened
   * before that day, and have no unit under it from that day on (move or close them first).
   *
   * @throws InvalidInputException listing every problem at {@code code} or {@code date}
   */
  public OrgHierarchy close(String code, LocalDate date) {
    HierarchyChecks checks = new HierarchyChecks(this);
    OrgUnit unit = checks.known("code", code);
    checks.date("date", date);
    if (unit != null && checks.openUntil("date", unit, date) && date != null) {
      checks.nothingUnder("date", unit, date);
    }
    checks.throwIfAny("closure");
    return with(List.of(unit.closeOn(date, Set.of())));
  }

  /**
   * Renames unit {@code code} and/or places it under another parent from {@code from}; what is
   * {@code null} stays as it stood that day. The unit must exist that day, the parent stand above
   * it, and something must change.
   *
   * @throws InvalidInputException listing every problem at {@code code}, {@code from}, {@code name}
   *     or {@code parentCode}
   */
  public OrgHierarchy move(String code, LocalDate from, String name, String parentCode) {
    HierarchyChecks checks = new HierarchyChecks(this);
    OrgUnit unit = checks.known("code", code);
    checks.date("from", from);
    if (unit != null && from != null && !unit.existsOn(from)) {
      checks.problems.add("from", Messages.text("unit.unitDoesNotExist", unit.code(), from));
    }
    if (name != null) {
      checks.name("name", name);
    }
    if (parentCode != null && unit != null) {
      checks.parent("parentCode", parentCode, unit.level(), from, Set.of());
    }
    checks.throwIfAny("move");
    Placement now = unit.placementOn(from).orElseThrow();
    String newName = name == null ? now.name() : name;
    String newParent = parentCode == null ? now.parentCode() : parentCode;
    if (newName.equals(now.name()) && java.util.Objects.equals(newParent, now.parentCode())) {
      checks.problems.add("name", Messages.text("unit.nothingChangesNameParent"));
      checks.throwIfAny("move");
    }
    return with(List.of(unit.moveOn(from, newName, newParent)));
  }

  /**
   * Merges {@code sourceCodes} into a new unit that opens on {@code date}: each source closes that
   * day and names the new unit as its successor, and the units under the sources move under the new
   * unit that day (the communes of merged districts go to the new district), so the new unit must
   * stand above them. Two or more distinct sources, each open and opened before that day, none with
   * a unit placed under it later; the new unit as {@link #open} wants it, under no source.
   *
   * @throws InvalidInputException listing every problem at {@code date}, {@code sources}, {@code
   *     sources[i]}, {@code successor} and {@code successor.code|name|level|parentCode}
   */
  public OrgHierarchy merge(List<String> sourceCodes, UnitDraft successor, LocalDate date) {
    HierarchyChecks checks = new HierarchyChecks(this);
    checks.date("date", date);
    List<String> raw = sourceCodes == null ? List.of() : sourceCodes;
    if (raw.size() < 2) {
      checks.problems.add("sources", Messages.text("unit.mergerNeedsTwoMore", raw.size()));
    }
    Set<String> sources = new java.util.LinkedHashSet<>();
    List<OrgUnit> under = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String path = "sources[" + i + "]";
      OrgUnit source = checks.known(path, raw.get(i));
      if (source != null && !sources.add(source.code())) {
        checks.problems.add(path, Messages.text("unit.unitNamedTwice", source.code()));
      } else if (source != null && checks.openUntil(path, source, date) && date != null) {
        under.addAll(childrenOn(source.code(), date));
        List<OrgUnit> later = checks.laterChildren(source.code(), date);
        if (!later.isEmpty()) {
          checks.problems.add(
              path,
              Messages.text("unit.unitPlacedUnderAfter", later.get(0).code(), source.code(), date));
        }
      }
    }
    under.removeIf(u -> sources.contains(u.code()));
    OrgUnit merged = null;
    if (successor == null) {
      checks.problems.add("successor", Messages.text("unit.newUnitRequired"));
    } else {
      merged = checks.newUnit("successor", successor, date, sources, Set.of());
      UnitLevel level = successor.level();
      for (OrgUnit child : under) {
        if (level != null && !level.isAbove(child.level())) {
          checks.problems.add(
              "successor.level",
              Messages.text(
                  "unit.unitMovesUnderNew",
                  child.code(),
                  child.level().label().vi(),
                  child.level().label().en()));
        }
      }
    }
    checks.throwIfAny("merger");
    String mergedCode = merged.code();
    List<OrgUnit> changed = new ArrayList<>();
    sources.forEach(s -> changed.add(get(s).closeOn(date, Set.of(mergedCode))));
    changed.add(merged);
    under.forEach(c -> changed.add(c.moveOn(date, c.nameOn(date).orElseThrow(), mergedCode)));
    return with(changed);
  }

  /**
   * {@link #merge(List, UnitDraft, LocalDate)} with a successor already built, which must open on
   * {@code date}.
   */
  public OrgHierarchy merge(Set<String> sourceCodes, OrgUnit successor, LocalDate date) {
    requireOpensOn("successor", successor, date);
    return merge(sourceCodes.stream().sorted().toList(), UnitDraft.of(successor), date);
  }

  /**
   * Splits {@code sourceCode} into two or more new units, described by drafts, that open on {@code
   * date}; the source closes that day and names them all as its successors. The source must be
   * open, have opened before that day, and have no unit under it (a split cannot tell which new
   * unit each would go to); each new unit as {@link #open} wants it, under another parent than the
   * source.
   *
   * @throws InvalidInputException listing every problem at {@code date}, {@code source}, {@code
   *     successors}, {@code successors[i]} and {@code successors[i].code|name|level|parentCode}
   */
  public OrgHierarchy splitInto(String sourceCode, List<UnitDraft> successors, LocalDate date) {
    HierarchyChecks checks = new HierarchyChecks(this);
    checks.date("date", date);
    OrgUnit source = checks.known("source", sourceCode);
    if (source != null && checks.openUntil("source", source, date) && date != null) {
      checks.nothingUnder("source", source, date);
    }
    List<UnitDraft> raw = successors == null ? List.of() : successors;
    if (raw.size() < 2) {
      checks.problems.add("successors", Messages.text("unit.splitNeedsTwoMore", raw.size()));
    }
    Set<String> closing = source == null ? Set.of() : Set.of(source.code());
    Set<String> taken = new java.util.HashSet<>();
    List<OrgUnit> opened = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String path = "successors[" + i + "]";
      UnitDraft draft = raw.get(i);
      if (draft == null) {
        checks.problems.add(path, Messages.text("unit.newUnitRequired"));
        continue;
      }
      OrgUnit s = checks.newUnit(path, draft, date, closing, taken);
      if (s != null) {
        opened.add(s);
      }
      if (draft.code() != null) {
        taken.add(draft.code());
      }
    }
    checks.throwIfAny("split");
    Set<String> codes = opened.stream().map(OrgUnit::code).collect(Collectors.toUnmodifiableSet());
    List<OrgUnit> changed = new ArrayList<>(opened);
    changed.add(source.closeOn(date, codes));
    return with(changed);
  }

  /**
   * {@link #splitInto} with new units already built, which must open on {@code date}.
   *
   * @throws InvalidInputException listing every problem, as {@link #splitInto} does
   */
  public OrgHierarchy split(String sourceCode, List<OrgUnit> successors, LocalDate date) {
    for (int i = 0; i < successors.size(); i++) {
      requireOpensOn("successors[" + i + "]", successors.get(i), date);
    }
    return splitInto(sourceCode, successors.stream().map(UnitDraft::of).toList(), date);
  }

  private static void requireOpensOn(String path, OrgUnit unit, LocalDate date) {
    if (!unit.openedOn().equals(date)) {
      throw new InvalidInputException(
          "unit change",
          List.of(
              new vn.emulation.core.common.Problem(
                  path,
                  vn.emulation.core.common.Messages.text(
                      "unit.newUnitOpenChange", unit.code(), date))));
    }
  }

  /** This hierarchy with {@code changed} added or replacing the units of the same code. */
  private OrgHierarchy with(List<OrgUnit> changed) {
    Map<String, OrgUnit> next = new LinkedHashMap<>(units);
    changed.forEach(u -> next.put(u.code(), u));
    return of(new ArrayList<>(next.values()));
  }
}
