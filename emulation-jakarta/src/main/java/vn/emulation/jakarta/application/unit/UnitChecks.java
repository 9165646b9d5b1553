package vn.emulation.jakarta.application.unit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.Inputs;

/**
 * The checks a change to the hierarchy must pass before the core's commands run: codes never
 * reused, names given, a parent that exists on the day and stands at a higher level. Each check
 * records its problem at the field's path and returns {@code null} when it failed, so that callers
 * go on checking the rest. One instance per request; not thread-safe.
 */
public final class UnitChecks {

  public static final int MAX_CODE = 50;
  static final int MAX_NAME = 300;

  private final OrgHierarchy hierarchy;
  private final ProblemCollector problems;

  UnitChecks(OrgHierarchy hierarchy, ProblemCollector problems) {
    this.hierarchy = hierarchy;
    this.problems = problems;
  }

  /** A code for a new unit: given, short enough, never used, not among {@code alsoTaken}. */
  String freshCode(String path, String raw, Set<String> alsoTaken) {
    String code = Inputs.text(problems, path, raw, MAX_CODE, "mã đơn vị", "unit code");
    if (code == null) {
      return null;
    }
    if (hierarchy.find(code).isPresent() || alsoTaken.contains(code)) {
      problems.add(
          path,
          "Mã đơn vị " + code + " đã được dùng (mã không bao giờ dùng lại)",
          "Unit code " + code + " is already used (codes are never reused)");
      return null;
    }
    return code;
  }

  String name(String path, String raw) {
    return Inputs.text(problems, path, raw, MAX_NAME, "tên đơn vị", "unit name");
  }

  UnitLevel level(String path, String raw) {
    return Inputs.choice(problems, path, raw, UnitLevel.class);
  }

  /** A known unit, by the code given at {@code path}. */
  OrgUnit known(String path, String raw) {
    if (raw == null || raw.isBlank()) {
      problems.add(path, "Thiếu mã đơn vị", "The unit code is required");
      return null;
    }
    Optional<OrgUnit> unit = hierarchy.find(raw.strip());
    if (unit.isEmpty()) {
      problems.add(path, "Không có đơn vị mã " + raw, "No unit with code " + raw);
    }
    return unit.orElse(null);
  }

  /**
   * The parent a unit of {@code level} may have from {@code date}: a known unit, existing that day,
   * of a higher level, and not one of the units {@code closing} that day. Checks what it can when
   * the level or date are themselves wrong ({@code null}).
   */
  OrgUnit parent(String path, String raw, UnitLevel level, LocalDate date, Set<String> closing) {
    OrgUnit parent = known(path, raw);
    if (parent == null) {
      return null;
    }
    String code = parent.code();
    if (closing.contains(code)) {
      problems.add(
          path,
          "Đơn vị " + code + " không thể làm đơn vị cấp trên vì nó giải thể ngày " + date,
          "Unit " + code + " cannot be the parent: it closes on " + date);
      return null;
    }
    if (date != null && !parent.existsOn(date)) {
      problems.add(
          path,
          "Đơn vị cấp trên " + code + " không tồn tại vào ngày " + date,
          "Parent unit " + code + " does not exist on " + date);
      return null;
    }
    if (level != null && !parent.level().isAbove(level)) {
      problems.add(
          path,
          "Đơn vị "
              + level.label().vi()
              + " phải trực thuộc đơn vị cấp cao hơn; "
              + code
              + " là đơn vị "
              + parent.level().label().vi(),
          "A unit at "
              + level.label().en()
              + " must be under a higher level; "
              + code
              + " is at "
              + parent.level().label().en());
      return null;
    }
    return parent;
  }

  /** A unit still open, that existed before {@code date}: it can close or change on that day. */
  boolean openUntil(String path, OrgUnit unit, LocalDate date) {
    if (unit.closedOn() != null) {
      problems.add(
          path,
          "Đơn vị " + unit.code() + " đã giải thể ngày " + unit.closedOn(),
          "Unit " + unit.code() + " already closed on " + unit.closedOn());
      return false;
    }
    if (date != null && !date.isAfter(unit.openedOn())) {
      problems.add(
          path,
          "Đơn vị "
              + unit.code()
              + " thành lập ngày "
              + unit.openedOn()
              + "; ngày thay đổi phải sau ngày đó",
          "Unit " + unit.code() + " opened on " + unit.openedOn() + "; the change must come later");
      return false;
    }
    return true;
  }

  /** The units placed under {@code code} on {@code date}, by code. */
  List<OrgUnit> childrenOn(String code, LocalDate date) {
    return hierarchy.childrenOn(code, date);
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

  void add(String path, String vi, String en) {
    problems.add(path, vi, en);
  }
}
