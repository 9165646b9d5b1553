package vn.emulation.core.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;
import vn.emulation.core.target.Aggregation;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Target;
import vn.emulation.core.unit.UnitLevel;

/**
 * Which indicators of a plan a unit may report (báo cáo kết quả), by the unit's level: a figure no
 * target can ever use is refused when it is reported, rather than stored and silently ignored.
 *
 * <p>A unit may report an indicator when
 *
 * <ul>
 *   <li>some target of the plan on it concerns the unit's level: it names no level, that level or a
 *       level below ({@link vn.emulation.core.target.TargetScope#appliesAtOrBelow}); G7, work files
 *       processed online "at city level", is not reported by a ward, while G8, the same at ward
 *       level, may be reported by the city for itself; and
 *   <li>for an indicator that does not aggregate ({@link Aggregation#REPORTED_AT_TOP}: E1, the
 *       digital economy's share of GRDP), the unit stands at the plan's own level or above: such a
 *       figure is the whole city's, never summed up from its wards.
 * </ul>
 *
 * <p>The plan's own level is the highest level one of its targets names (the city's, for Rạch Giá:
 * G7 names it); a plan whose targets name no level restricts no level. An indicator without any
 * target may be reported at every level. A unit's level does not change during its life (a
 * reorganisation opens new units), so the rule holds for a unit on every date it exists. Immutable
 * and thread-safe.
 */
public final class ReportingRule {

  private static final LocalizedText AND = Messages.text("plan.levels.and");

  private final Plan plan;
  private final Map<String, List<Target>> targetsByIndicator;
  private final UnitLevel planLevel;

  private ReportingRule(Plan plan) {
    this.plan = plan;
    this.targetsByIndicator =
        plan.targets().stream().collect(Collectors.groupingBy(Target::indicatorCode));
    this.planLevel =
        plan.targets().stream()
            .flatMap(t -> t.scope().levels().stream())
            .min(Comparator.naturalOrder())
            .orElse(null);
  }

  /** The rule of {@code plan}. */
  public static ReportingRule of(Plan plan) {
    return new ReportingRule(Objects.requireNonNull(plan, "plan"));
  }

  /** The level the plan is run at; empty when its targets name no level. */
  public Optional<UnitLevel> planLevel() {
    return Optional.ofNullable(planLevel);
  }

  /** Whether a unit of {@code level} may report {@code indicator}. */
  public boolean mayReport(Indicator indicator, UnitLevel level) {
    return refusal(indicator, level).isEmpty();
  }

  /**
   * Whether the progress and the evidence of a unit of {@code level} hold {@code target}: it
   * applies at or below the level ({@link vn.emulation.core.target.TargetScope#appliesAtOrBelow}),
   * and a figure can exist there — the unit may report the indicator, or the indicator is summed up
   * from the units below. A ward has no line for G7, a city target, nor for the city's share of
   * GRDP (E1), which no ward reports and nothing sums up.
   */
  public boolean concerns(Target target, UnitLevel level) {
    Objects.requireNonNull(level, "level");
    Indicator indicator =
        plan.indicator(target.indicatorCode())
            .orElseThrow(
                () ->
                    new UnknownPlanElementException(
                        plan.code(), "indicator", target.indicatorCode()));
    return target.scope().appliesAtOrBelow(level)
        && (indicator.aggregation() != Aggregation.REPORTED_AT_TOP || mayReport(indicator, level));
  }

  /** The plan's indicators a unit of {@code level} may report, in the plan's order. */
  public List<Indicator> reportableAt(UnitLevel level) {
    Objects.requireNonNull(level, "level");
    return plan.indicators().stream().filter(i -> mayReport(i, level)).toList();
  }

  /**
   * Why a unit of {@code level} may not report {@code indicator}, in Vietnamese and English; empty
   * when it may.
   */
  public Optional<LocalizedText> refusal(Indicator indicator, UnitLevel level) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(level, "level");
    List<Target> targets = targetsByIndicator.getOrDefault(indicator.code(), List.of());
    if (targets.isEmpty()) {
      return Optional.empty();
    }
    if (targets.stream().noneMatch(t -> t.scope().appliesAtOrBelow(level))) {
      List<UnitLevel> levels =
          targets.stream().flatMap(t -> t.scope().levels().stream()).distinct().sorted().toList();
      return Optional.of(
          Messages.text(
              "plan.indicatorAppliesOnlyNot",
              indicator.code(),
              labels(levels, true),
              level.label().vi(),
              labels(levels, false),
              level.label().en()));
    }
    if (indicator.aggregation() == Aggregation.REPORTED_AT_TOP
        && planLevel != null
        && level.isBelow(planLevel)) {
      return Optional.of(
          Messages.text(
              "plan.indicatorReportedOnlyOne",
              indicator.code(),
              planLevel.label().vi(),
              level.label().vi(),
              planLevel.label().en(),
              level.label().en()));
    }
    return Optional.empty();
  }

  private static String labels(List<UnitLevel> levels, boolean vi) {
    return levels.stream()
        .map(l -> vi ? l.label().vi() : l.label().en())
        .collect(Collectors.joining(vi ? AND.vi() : AND.en()));
  }
}
