package vn.emulation.jakarta.demo;

import java.math.BigDecimal;
import java.util.List;
import vn.emulation.core.plan.Milestone;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.Target;

/**
 * The path of one indicator over the plan's years, drawn through the plan's own thresholds: below
 * the first milestone's threshold before it, on it at the milestone, rising straight to the last
 * milestone's threshold and staying there. A unit's value is the path plus its margin, so a unit
 * with a positive margin meets its targets and one with a negative margin misses them. Immutable.
 */
final class Trajectory {

  private static final double FALLBACK_FIRST = 50;
  private static final double FALLBACK_LAST = 60;

  private final int firstMilestone;
  private final int lastMilestone;
  private final double first;
  private final double last;

  private Trajectory(int firstMilestone, int lastMilestone, double first, double last) {
    this.firstMilestone = firstMilestone;
    this.lastMilestone = lastMilestone;
    this.first = first;
    this.last = last;
  }

  static Trajectory of(Plan plan, String indicatorCode) {
    List<Integer> years = plan.milestones().stream().map(Milestone::year).sorted().toList();
    int m1 = years.isEmpty() ? plan.identity().period().last() : years.get(0);
    int m2 = years.isEmpty() ? m1 : years.get(years.size() - 1);
    Double t1 = threshold(plan, indicatorCode, m1);
    Double t2 = threshold(plan, indicatorCode, m2);
    double a = t1 != null ? t1 : t2 != null ? t2 : FALLBACK_FIRST;
    double b = t2 != null ? t2 : t1 != null ? t1 : FALLBACK_LAST;
    return new Trajectory(m1, m2, a, Math.max(a, b));
  }

  private static Double threshold(Plan plan, String indicatorCode, int year) {
    return plan.target(indicatorCode, year)
        .map(Target::threshold)
        .map(BigDecimal::doubleValue)
        .orElse(null);
  }

  /**
   * The value in {@code year} of a unit {@code margin} points ahead of the path; margins shrink for
   * small thresholds (two points ahead of a 2 % target would be double it). Never negative.
   */
  double value(int year, double margin) {
    double base;
    if (year < firstMilestone) {
      // a step of the milestones' gap, at least a tenth and at most a third of the first threshold
      double yearlyStep = Math.min(Math.max(last - first, 0.1 * first), first / 3);
      base = first - yearlyStep * (firstMilestone - year);
    } else if (year >= lastMilestone) {
      base = last;
    } else {
      base = first + (last - first) * (year - firstMilestone) / (lastMilestone - firstMilestone);
    }
    double scale = Math.min(1.0, first / 40.0);
    return Math.max(0, base + margin * scale);
  }
}
