package vn.emulation.core.evaluation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.ReportingRule;
import vn.emulation.core.target.Attainment;
import vn.emulation.core.target.FigureScope;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Target;
import vn.emulation.core.unit.OrgUnit;

/**
 * Which attainments go into a participant's {@link Evidence} for an occasion, and on which day.
 *
 * <p>A unit is judged on {@link Occasion#judgedOn}: the last day of the occasion's window on which
 * it exists, with the figures of the occasion's year; a unit that existed on no day of the window
 * is not judged at all (a ward merged on 1 July 2025 has no attainments for the rounds held in the
 * fourth quarter; its successor, whose figures include the ward's history, is judged instead). Only
 * the targets of the occasion's milestone that concern the unit ({@link ReportingRule#concerns})
 * and the participant's category count: a target the plan does not ask of a ward (G7, a city
 * target; E1, a figure only the city has) is left out, so a criterion naming it sees it as unknown
 * (no data), never as failed. An incomplete attainment is unknown in the evidence, never met
 * ({@link Evidence.Builder#attainment}). Immutable and thread-safe.
 */
public final class EvidenceAssembly {

  /** Computes one target's attainment by the unit, in a year, as of a day. */
  @FunctionalInterface
  public interface AttainmentSource {
    Attainment attainment(Target target, Indicator indicator, int year, LocalDate asOf);
  }

  private final Plan plan;
  private final ReportingRule reporting;

  public EvidenceAssembly(Plan plan) {
    this.plan = plan;
    this.reporting = ReportingRule.of(plan);
  }

  /**
   * The attainment by {@code unit} of each target of the occasion's milestone that concerns it, by
   * indicator code in the plan's order; empty when the occasion does not judge the unit.
   */
  public Map<String, Attainment> attainments(
      OrgUnit unit, Occasion occasion, AttainmentSource source) {
    Optional<LocalDate> asOf = occasion.judgedOn(unit);
    if (asOf.isEmpty()) {
      return Map.of();
    }
    Map<String, Attainment> result = new LinkedHashMap<>();
    for (Target target : plan.targets()) {
      if (target.milestoneYear() == occasion.milestoneYear()
          && reporting.concerns(target, unit.level())) {
        Indicator indicator = plan.indicator(target.indicatorCode()).orElseThrow();
        result.put(
            indicator.code(), source.attainment(target, indicator, occasion.year(), asOf.get()));
      }
    }
    return Collections.unmodifiableMap(result);
  }

  /**
   * The reports the attainments of an occasion read ({@link #attainments}): the targets of its
   * milestone with the figures of its year, for any unit it judges.
   */
  public FigureScope figuresRead(Occasion occasion) {
    return FigureScope.of(plan.targets(), occasion.milestoneYear(), occasion.year());
  }

  /**
   * Adds to {@code evidence} the attainments of the participant's unit whose target applies to the
   * participant's category.
   */
  public static Evidence.Builder withAttainments(
      Evidence.Builder evidence, Participant participant, Map<String, Attainment> unitAttainments) {
    unitAttainments.forEach(
        (indicatorCode, a) -> {
          if (a.target().scope().appliesToCategory(participant.categoryCode())) {
            evidence.attainment(indicatorCode, a.status());
          }
        });
    return evidence;
  }
}
