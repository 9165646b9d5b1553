package vn.emulation.jakarta.application.workspace;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.plan.Milestone;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.unit.TopUnit;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * A progress question with every gap filled: which unit, against the targets of which milestone,
 * with the figures of which year, in the hierarchy of which day. Immutable.
 *
 * <p>The defaults follow what an officer means by "where do we stand": the milestone is the plan's
 * next one from the year asked (this year when none is), or its last; the year is the milestone's;
 * the day is the end of that year, or today if that is earlier (the hierarchy of a day still to
 * come is not known); the unit is the plan's whole city on that day ({@link TopUnit}).
 *
 * @param milestoneYear the milestone whose targets apply
 * @param unitCode the unit
 * @param year the year whose figures are used
 * @param date the day of the hierarchy
 */
public record ProgressQuestion(int milestoneYear, String unitCode, int year, LocalDate date) {

  public ProgressQuestion {
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(date, "date");
  }

  /**
   * Resolves what was asked against {@code plan} and {@code hierarchy}, recording every problem in
   * {@code problems}; empty when there was any, or when a parameter was {@code unread} (its default
   * would answer another question). {@code planUnits} is read only when no unit was named.
   */
  static Optional<ProgressQuestion> resolve(
      Plan plan,
      OrgHierarchy hierarchy,
      Supplier<? extends Collection<String>> planUnits,
      ProgressParameters asked,
      Unread unread,
      LocalDate today,
      ProblemCollector problems) {
    int before = problems.problems().size();
    List<Integer> milestones = plan.milestones().stream().map(Milestone::year).toList();
    Integer milestone = asked.milestone();
    if (milestone != null && !milestones.contains(milestone)) {
      String known = milestones.stream().map(String::valueOf).collect(Collectors.joining(", "));
      problems.add(
          "milestone",
          AdapterMessages.text("workspace.planNoMilestoneMilestones", milestone, known));
    }
    YearPeriod period = plan.identity().period();
    Integer year = asked.year();
    if (year != null && !period.contains(year)) {
      problems.add("year", AdapterMessages.text("workspace.yearLiesOutsidePlan", year, period));
    }
    LocalDate date = asked.date();
    String unit = asked.unit();
    OrgUnit named = unit == null ? null : hierarchy.find(unit).orElse(null);
    if (unit != null && named == null) {
      problems.add("unit", AdapterMessages.text("workspace.noUnit", unit));
    }
    if (problems.problems().size() > before || unread.any()) {
      return Optional.empty();
    }
    int m =
        milestone != null
            ? milestone
            : milestoneFrom(
                milestones,
                year != null
                    ? year
                    : Math.max(period.first(), Math.min(period.last(), today.getYear())));
    int y = year != null ? year : m;
    LocalDate d = date != null ? date : earlier(LocalDate.of(y, 12, 31), today);
    if (named != null && !named.existsOn(d)) {
      problems.add("unit", AdapterMessages.text("workspace.unitDidNotExist", unit, d));
      return Optional.empty();
    }
    String u = unit != null ? unit : TopUnit.of(hierarchy, planUnits.get(), d).orElse(null);
    if (u == null) {
      problems.add("unit", AdapterMessages.text("workspace.nameUnitNoUnit", d));
      return Optional.empty();
    }
    return Optional.of(new ProgressQuestion(m, u, y, d));
  }

  /** The first milestone in or after {@code year}, else the last one. */
  static int milestoneFrom(List<Integer> milestones, int year) {
    return milestones.stream()
        .filter(m -> m >= year)
        .min(Integer::compare)
        .orElseGet(() -> milestones.stream().max(Integer::compare).orElseThrow());
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
