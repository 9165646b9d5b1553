package vn.emulation.jakarta.application.progress;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.evaluation.Evaluator;
import vn.emulation.core.evaluation.Evidence;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.ReportingRule;
import vn.emulation.core.target.Attainment;
import vn.emulation.core.target.AttainmentCalculator;
import vn.emulation.core.target.MeasurementSet;
import vn.emulation.core.target.Target;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;

/**
 * Assembles the core {@link Evidence} of a participant for an occasion from its stored {@link
 * ParticipantFacts} and from the attainment, by its unit, of every target of the occasion's
 * milestone.
 *
 * <p>Attainments use the figures of the occasion's year in the hierarchy as it stood on the day the
 * unit is judged ({@link Occasion#judgedOn}: the last day of the occasion's window on which it
 * exists). A unit that existed on no day of the window is not judged at all: a ward merged on 1
 * July 2025 has no attainments for the 2025 rounds held in the fourth quarter, and its successor,
 * whose figures include the ward's history, is judged instead. Only targets that concern the
 * participant are passed ({@link ReportingRule#concerns}): a target whose scope names only levels
 * above the unit's (G7, city level, for a ward), one the unit can have no figure for (E1, the
 * city's GRDP share, for a ward), or one for categories other than the participant's is left out,
 * so a criterion naming it sees it as unknown (no data), never as failed — the plan does not ask a
 * ward for a city target. Immutable and thread-safe.
 */
public final class EvidenceAssembler {

  private final Evaluator evaluator;
  private final OrgHierarchy hierarchy;
  private final AttainmentCalculator calculator;
  private final ReportingRule reporting;

  public EvidenceAssembler(
      Evaluator evaluator, OrgHierarchy hierarchy, MeasurementSet measurements) {
    this.evaluator = evaluator;
    this.hierarchy = hierarchy;
    this.calculator = new AttainmentCalculator(hierarchy, measurements);
    this.reporting = ReportingRule.of(evaluator.plan());
  }

  /** The evidence of {@code participant} for {@code occasion}. */
  public Evidence assemble(Participant participant, Occasion occasion, ParticipantFacts facts) {
    return assemble(participant, facts, attainments(participant.unitCode(), occasion));
  }

  /**
   * The evidence of {@code participant} from its facts and its unit's attainments, as given by
   * {@link #attainments}: lets a caller evaluating many participants of one unit compute those
   * once.
   *
   * @throws vn.emulation.core.common.InvalidInputException if a fact names no criterion of the plan
   */
  public Evidence assemble(
      Participant participant, ParticipantFacts facts, Map<String, Attainment> unitAttainments) {
    Evidence.Builder b = evaluator.evidence();
    facts.declarations().forEach((code, d) -> b.answer(code, d.answer(), d.reference()));
    facts.counts().forEach(b::count);
    facts.amounts().forEach(b::amount);
    if (facts.registeredOn() != null) {
      b.registeredOn(facts.registeredOn());
    } else if (facts.notRegistered()) {
      b.notRegistered();
    }
    unitAttainments.forEach(
        (indicatorCode, a) -> {
          if (a.target().scope().appliesToCategory(participant.categoryCode())) {
            b.attainment(indicatorCode, a.status());
          }
        });
    return b.build();
  }

  /**
   * The attainment of each target of the occasion's milestone that applies at the level of {@code
   * unitCode}, by indicator code in the plan's order; empty when the occasion does not judge the
   * unit (it existed on no day of the occasion's window).
   *
   * @throws vn.emulation.core.unit.UnknownUnitException if the unit is unknown
   */
  public Map<String, Attainment> attainments(String unitCode, Occasion occasion) {
    OrgUnit unit = hierarchy.get(unitCode);
    Map<String, Attainment> result = new LinkedHashMap<>();
    Optional<LocalDate> asOf = occasion.judgedOn(unit);
    if (asOf.isEmpty()) {
      return Map.of();
    }
    Plan plan = evaluator.plan();
    for (Target target : plan.targets()) {
      if (target.milestoneYear() == occasion.milestoneYear()
          && reporting.concerns(target, unit.level())) {
        var indicator = plan.indicator(target.indicatorCode()).orElseThrow();
        result.put(
            indicator.code(),
            calculator.attainment(target, indicator, unitCode, occasion.year(), asOf.get()));
      }
    }
    return java.util.Collections.unmodifiableMap(result);
  }
}
