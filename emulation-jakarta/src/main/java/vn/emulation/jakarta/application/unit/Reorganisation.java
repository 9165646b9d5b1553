package vn.emulation.jakarta.application.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.Inputs;
import vn.emulation.jakarta.application.unit.UnitCommands.MergeUnits;
import vn.emulation.jakarta.application.unit.UnitCommands.NewUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.SplitUnit;

/**
 * Mergers and splits of units (sắp xếp đơn vị hành chính), checked as a whole and then applied
 * through the core's {@link OrgHierarchy#merge} and {@link OrgHierarchy#split}: the old units close
 * on the day and name their successors, so that history is kept and inherited.
 *
 * <p>In a merger the units under the merged ones move under the new unit that day (the communes of
 * merged districts go to the new district). A split cannot tell which new unit each of them goes
 * to, so it is refused while any unit lies under the split one. Immutable.
 */
final class Reorganisation {

  private final UnitChanges changes;

  Reorganisation(OrgHierarchy before) {
    this.changes = new UnitChanges(before);
  }

  UnitChanges.Change merge(MergeUnits cmd) {
    OrgHierarchy before = changes.before();
    ProblemCollector problems = new ProblemCollector();
    UnitChecks checks = new UnitChecks(before, problems);
    LocalDate date = Inputs.date(problems, "date", cmd.date());
    List<String> raw = cmd.sources() == null ? List.of() : cmd.sources();
    if (raw.size() < 2) {
      problems.add(
          "sources",
          "Sáp nhập cần từ hai đơn vị trở lên, đang có " + raw.size(),
          "A merger needs two or more units, got " + raw.size());
    }
    Set<String> sources = new LinkedHashSet<>();
    List<OrgUnit> under = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String path = "sources[" + i + "]";
      OrgUnit source = checks.known(path, raw.get(i));
      if (source != null && !sources.add(source.code())) {
        problems.add(
            path,
            "Đơn vị " + source.code() + " được nêu hai lần",
            "Unit " + source.code() + " is named twice");
      } else if (source != null && checks.openUntil(path, source, date) && date != null) {
        under.addAll(checks.childrenOn(source.code(), date));
        List<OrgUnit> later = checks.laterChildren(source.code(), date);
        if (!later.isEmpty()) {
          problems.add(
              path,
              "Đơn vị "
                  + later.get(0).code()
                  + " được xếp vào "
                  + source.code()
                  + " sau ngày "
                  + date
                  + "; hãy sửa việc đó trước",
              "Unit "
                  + later.get(0).code()
                  + " is placed under "
                  + source.code()
                  + " after "
                  + date
                  + "; change that first");
        }
      }
    }
    under.removeIf(u -> sources.contains(u.code()));
    NewUnit next = cmd.successor();
    OrgUnit successor = null;
    if (next == null) {
      problems.add("successor", "Thiếu đơn vị mới", "The new unit is required");
    } else {
      successor = successor(checks, problems, "successor", next, date, sources, Set.of());
      UnitLevel level = successor == null ? levelOrNull(next.level()) : successor.level();
      for (OrgUnit child : under) {
        if (level != null && !level.isAbove(child.level())) {
          problems.add(
              "successor.level",
              "Đơn vị "
                  + child.code()
                  + " sẽ chuyển về đơn vị mới"
                  + " nên đơn vị mới phải ở cấp cao hơn "
                  + child.level().label().vi(),
              "Unit "
                  + child.code()
                  + " moves under the new unit, so the new unit must be above "
                  + child.level().label().en());
        }
      }
    }
    problems.throwIfAny("merger");
    OrgUnit merged = successor;
    return changes.apply(
        "sources",
        () -> {
          OrgHierarchy after = before.merge(sources, merged, date);
          List<OrgUnit> moved =
              under.stream()
                  .map(c -> c.moveOn(date, c.nameOn(date).orElseThrow(), merged.code()))
                  .toList();
          return UnitChanges.with(after, moved);
        });
  }

  UnitChanges.Change split(SplitUnit cmd) {
    OrgHierarchy before = changes.before();
    ProblemCollector problems = new ProblemCollector();
    UnitChecks checks = new UnitChecks(before, problems);
    LocalDate date = Inputs.date(problems, "date", cmd.date());
    OrgUnit source = checks.known("source", cmd.source());
    if (source != null && checks.openUntil("source", source, date) && date != null) {
      UnitChanges.requireNothingUnder(checks, "source", source, date);
    }
    List<NewUnit> raw = cmd.successors() == null ? List.of() : cmd.successors();
    if (raw.size() < 2) {
      problems.add(
          "successors",
          "Chia tách cần từ hai đơn vị mới trở lên, đang có " + raw.size(),
          "A split needs two or more new units, got " + raw.size());
    }
    Set<String> closing = source == null ? Set.of() : Set.of(source.code());
    Set<String> taken = new HashSet<>();
    List<OrgUnit> successors = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String path = "successors[" + i + "]";
      if (raw.get(i) == null) {
        problems.add(path, "Thiếu đơn vị mới", "The new unit is required");
        continue;
      }
      OrgUnit s = successor(checks, problems, path, raw.get(i), date, closing, taken);
      if (s != null) {
        successors.add(s);
        taken.add(s.code());
      } else if (raw.get(i).code() != null) {
        taken.add(raw.get(i).code().strip());
      }
    }
    problems.throwIfAny("split");
    String code = source.code();
    return changes.apply("source", () -> before.split(code, successors, date));
  }

  private static UnitLevel levelOrNull(String raw) {
    try {
      return raw == null ? null : UnitLevel.valueOf(raw.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The new unit described at {@code path}, opening on {@code date}; null if anything is wrong. */
  private static OrgUnit successor(
      UnitChecks checks,
      ProblemCollector problems,
      String path,
      NewUnit next,
      LocalDate date,
      Set<String> closing,
      Set<String> taken) {
    int before = problems.problems().size();
    String code = checks.freshCode(path + ".code", next.code(), taken);
    String name = checks.name(path + ".name", next.name());
    UnitLevel level = checks.level(path + ".level", next.level());
    String parent = Inputs.blankToNull(next.parentCode());
    if (parent != null) {
      checks.parent(path + ".parentCode", parent, level, date, closing);
    }
    if (problems.problems().size() > before || date == null) {
      return null;
    }
    return OrgUnit.open(code, name, level, parent, date);
  }
}
