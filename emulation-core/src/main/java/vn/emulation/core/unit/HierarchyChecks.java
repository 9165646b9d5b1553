package vn.emulation.core.unit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;

/**
 * The rules every change to a hierarchy obeys, each recording its problem at the request's path and
 * answering {@code null} or {@code false} when it failed, so that a command goes on checking the
 * rest and reports every problem at once: codes are never reused, a parent exists on the day, is
 * not closing that day and stands above the unit, a unit changes only after it opened and while it
 * is open, and no unit closes while units still lie under it. One instance per command; not
 * thread-safe.
 */
final class HierarchyChecks {

  private final OrgHierarchy hierarchy;
  final ProblemCollector problems = new ProblemCollector();

  HierarchyChecks(OrgHierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  /** A day, required. */
  LocalDate date(String path, LocalDate date) {
    if (date == null) {
      problems.add(path, Messages.text("unit.dateRequired"));
    }
    return date;
  }

  /** A code for a new unit: given, never used, not among {@code alsoTaken}. */
  String freshCode(String path, String code, Set<String> alsoTaken) {
    if (code == null || code.isBlank()) {
      problems.add(path, Messages.text("unit.unitCodeRequired"));
      return null;
    }
    if (hierarchy.find(code).isPresent() || alsoTaken.contains(code)) {
      problems.add(path, Messages.text("unit.unitCodeAlreadyUsed", code));
      return null;
    }
    return code;
  }

  String name(String path, String name) {
    if (name == null || name.isBlank()) {
      problems.add(path, Messages.text("unit.unitNameRequired"));
      return null;
    }
    return name;
  }

  UnitLevel level(String path, UnitLevel level) {
    if (level == null) {
      problems.add(path, Messages.text("unit.unitLevelRequired"));
    }
    return level;
  }

  /** A known unit, by the code given at {@code path}. */
  OrgUnit known(String path, String code) {
    if (code == null || code.isBlank()) {
      problems.add(path, Messages.text("unit.unitCodeRequired"));
      return null;
    }
    Optional<OrgUnit> unit = hierarchy.find(code.strip());
    if (unit.isEmpty()) {
      problems.add(path, Messages.text("unit.noUnitCode", code));
    }
    return unit.orElse(null);
  }

  /**
   * The parent a unit of {@code level} may have from {@code date}: a known unit, existing that day,
   * of a higher level, and not one of the units {@code closing} that day. Checks what it can when
   * the level or date are missing ({@code null}).
   */
  OrgUnit parent(String path, String code, UnitLevel level, LocalDate date, Set<String> closing) {
    OrgUnit parent = known(path, code);
    if (parent == null) {
      return null;
    }
    if (closing.contains(parent.code())) {
      problems.add(path, Messages.text("unit.unitCannotParentCloses", parent.code(), date));
      return null;
    }
    if (date != null && !parent.existsOn(date)) {
      problems.add(path, Messages.text("unit.parentUnitDoesNot", parent.code(), date));
      return null;
    }
    if (level != null && !parent.level().isAbove(level)) {
      problems.add(
          path,
          Messages.text(
              "unit.unitUnderHigherLevel",
              level.label().vi(),
              parent.code(),
              parent.level().label().vi(),
              level.label().en(),
              parent.level().label().en()));
      return null;
    }
    return parent;
  }

  /**
   * A new unit opening on {@code date} as {@code draft} describes it, its problems at {@code
   * path}.code, .name, .level and .parentCode ({@code path} empty: the bare field names); null if
   * anything is wrong.
   */
  OrgUnit newUnit(
      String path, UnitDraft draft, LocalDate date, Set<String> closing, Set<String> taken) {
    String at = path.isEmpty() ? "" : path + ".";
    int before = problems.problems().size();
    String code = freshCode(at + "code", draft.code(), taken);
    String name = name(at + "name", draft.name());
    UnitLevel level = level(at + "level", draft.level());
    if (draft.parentCode() != null) {
      parent(at + "parentCode", draft.parentCode(), level, date, closing);
    }
    if (problems.problems().size() > before || date == null) {
      return null;
    }
    return OrgUnit.open(code, name, level, draft.parentCode(), date);
  }

  /** A unit still open, that existed before {@code date}: it can close or change on that day. */
  boolean openUntil(String path, OrgUnit unit, LocalDate date) {
    if (unit.closedOn() != null) {
      problems.add(path, Messages.text("unit.unitAlreadyClosed", unit.code(), unit.closedOn()));
      return false;
    }
    if (date != null && !date.isAfter(unit.openedOn())) {
      problems.add(path, Messages.text("unit.unitOpenedChangeCome", unit.code(), unit.openedOn()));
      return false;
    }
    return true;
  }

  /** Records a problem if units still lie under {@code unit} on or after {@code date}. */
  void nothingUnder(String path, OrgUnit unit, LocalDate date) {
    Set<String> under = new LinkedHashSet<>();
    hierarchy.childrenOn(unit.code(), date).forEach(u -> under.add(u.code()));
    laterChildren(unit.code(), date).forEach(u -> under.add(u.code()));
    if (!under.isEmpty()) {
      problems.add(
          path,
          Messages.text("unit.unitsStillUnderFrom", String.join(", ", under), unit.code(), date));
    }
  }

  /** Units that a later placement puts under {@code code} after {@code date}. */
  List<OrgUnit> laterChildren(String code, LocalDate date) {
    return hierarchy.all().stream()
        .filter(
            u ->
                u.placements().stream()
                    .anyMatch(
                        p ->
                            p.from().isAfter(date)
                                && code.equals(p.parentCode())
                                && u.existsOn(p.from())))
        .sorted(Comparator.comparing(OrgUnit::code))
        .toList();
  }

  void throwIfAny(String what) {
    problems.throwIfAny(what);
  }
}
