package vn.emulation.jakarta.application.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.Placement;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.core.unit.UnknownUnitException;
import vn.emulation.jakarta.application.Inputs;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.unit.UnitCommands.CloseUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.MoveUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.OpenUnit;

/**
 * Turns an officer's opening, closing or moving of a unit into a new hierarchy through the core's
 * commands, after checking the whole request; mergers and splits are in {@link Reorganisation}.
 * Nothing is stored here: the caller stores {@link Change#changed()}. Immutable.
 */
final class UnitChanges {

  /**
   * The outcome of a change.
   *
   * @param after the hierarchy with the change applied
   * @param changed every unit that is new or differs from before, to be stored
   */
  record Change(OrgHierarchy after, List<OrgUnit> changed) {}

  private final OrgHierarchy before;

  UnitChanges(OrgHierarchy before) {
    this.before = before;
  }

  Change open(OpenUnit cmd) {
    ProblemCollector problems = new ProblemCollector();
    UnitChecks checks = new UnitChecks(before, problems);
    String code = checks.freshCode("code", cmd.code(), Set.of());
    String name = checks.name("name", cmd.name());
    UnitLevel level = checks.level("level", cmd.level());
    LocalDate on = Inputs.date(problems, "openedOn", cmd.openedOn());
    String parent = Inputs.blankToNull(cmd.parentCode());
    if (parent != null) {
      checks.parent("parentCode", parent, level, on, Set.of());
    }
    problems.throwIfAny("unit");
    OrgUnit unit = OrgUnit.open(code, name, level, parent, on);
    return apply("code", () -> with(before, List.of(unit)));
  }

  /** Closes a unit that has nothing under it any more from that day. */
  Change close(String code, CloseUnit cmd) {
    OrgUnit unit = existing(code);
    ProblemCollector problems = new ProblemCollector();
    UnitChecks checks = new UnitChecks(before, problems);
    LocalDate date = Inputs.date(problems, "date", cmd.date());
    if (checks.openUntil("date", unit, date) && date != null) {
      requireNothingUnder(checks, "date", unit, date);
    }
    problems.throwIfAny("closure");
    return apply("date", () -> with(before, List.of(unit.closeOn(date, Set.of()))));
  }

  /** Renames a unit and/or places it under another parent from a day. */
  Change move(String code, MoveUnit cmd) {
    OrgUnit unit = existing(code);
    ProblemCollector problems = new ProblemCollector();
    UnitChecks checks = new UnitChecks(before, problems);
    LocalDate from = Inputs.date(problems, "from", cmd.from());
    if (from != null && !unit.existsOn(from)) {
      problems.add(
          "from",
          "Đơn vị " + code + " không tồn tại vào ngày " + from,
          "Unit " + code + " does not exist on " + from);
    }
    String name = cmd.name() == null ? null : checks.name("name", cmd.name());
    String parent = Inputs.blankToNull(cmd.parentCode());
    if (parent != null) {
      checks.parent("parentCode", parent, unit.level(), from, Set.of());
    }
    problems.throwIfAny("move");
    // what the request leaves out stays as it stood on that day
    Placement now = unit.placementOn(from).orElseThrow();
    String newName = name == null ? now.name() : name;
    String newParent = parent == null ? now.parentCode() : parent;
    if (newName.equals(now.name()) && Objects.equals(newParent, now.parentCode())) {
      problems.add(
          "name",
          "Không có gì thay đổi: tên và đơn vị cấp trên vẫn như cũ",
          "Nothing changes: the name and the parent stay as they are");
      problems.throwIfAny("move");
    }
    return apply("from", () -> with(before, List.of(unit.moveOn(from, newName, newParent))));
  }

  /** The unit with this code, or a 404: the code comes from the request's path. */
  OrgUnit existing(String code) {
    return before.find(code).orElseThrow(() -> noSuchUnit(code));
  }

  static NotFoundException noSuchUnit(String code) {
    return new NotFoundException(
        LocalizedText.of("Không có đơn vị mã " + code, "No unit with code " + code));
  }

  /** Records a problem if units still lie under {@code unit} on or after {@code date}. */
  static void requireNothingUnder(UnitChecks checks, String path, OrgUnit unit, LocalDate date) {
    Set<String> under = new LinkedHashSet<>();
    checks.childrenOn(unit.code(), date).forEach(u -> under.add(u.code()));
    checks.laterChildren(unit.code(), date).forEach(u -> under.add(u.code()));
    if (!under.isEmpty()) {
      checks.add(
          path,
          "Các đơn vị "
              + String.join(", ", under)
              + " vẫn trực thuộc "
              + unit.code()
              + " từ ngày "
              + date
              + "; hãy chuyển hoặc giải thể chúng trước",
          "Units "
              + String.join(", ", under)
              + " are still under "
              + unit.code()
              + " from "
              + date
              + "; move or close them first");
    }
  }

  /** The hierarchy with {@code units} added or replacing those of the same code. */
  static OrgHierarchy with(OrgHierarchy h, List<OrgUnit> units) {
    Map<String, OrgUnit> all = new LinkedHashMap<>();
    h.all().forEach(u -> all.put(u.code(), u));
    units.forEach(u -> all.put(u.code(), u));
    return OrgHierarchy.of(new ArrayList<>(all.values()));
  }

  /**
   * Runs a core command; its refusals, which the checks above should have prevented, still come
   * back as a problem of the request at {@code path} rather than a server error.
   */
  Change apply(String path, Supplier<OrgHierarchy> command) {
    OrgHierarchy after;
    try {
      after = command.get();
    } catch (IllegalArgumentException | IllegalStateException | UnknownUnitException e) {
      throw new InvalidInputException(
          "unit change",
          List.of(
              new Problem(
                  path,
                  LocalizedText.of(
                      "Thay đổi không hợp lệ: " + e.getMessage(),
                      "Invalid change: " + e.getMessage()))));
    }
    List<OrgUnit> changed = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (OrgUnit u : after.all()) {
      if (!before.find(u.code()).filter(u::equals).isPresent() && seen.add(u.code())) {
        changed.add(u);
      }
    }
    return new Change(after, changed);
  }

  OrgHierarchy before() {
    return before;
  }
}
