package vn.emulation.jakarta.application.progress;

import java.util.Map;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.evaluation.Evaluator;
import vn.emulation.core.evaluation.Evidence;
import vn.emulation.core.evaluation.EvidenceAssembly;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.target.Attainment;
import vn.emulation.core.target.AttainmentCalculator;
import vn.emulation.core.target.MeasurementSet;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;

/**
 * Loads what the core's {@link EvidenceAssembly} needs and hands it the data: a participant's
 * stored {@link ParticipantFacts} go into the core {@link Evidence}, and its unit's attainments are
 * computed by the {@link AttainmentCalculator} for the targets, year and day that the assembly
 * chooses (see there: the day judged, the targets that concern the unit and the category, an
 * incomplete attainment unknown). Immutable and thread-safe.
 */
public final class EvidenceAssembler {

  private final Evaluator evaluator;
  private final OrgHierarchy hierarchy;
  private final AttainmentCalculator calculator;
  private final EvidenceAssembly assembly;

  public EvidenceAssembler(
      Evaluator evaluator, OrgHierarchy hierarchy, MeasurementSet measurements) {
    this.evaluator = evaluator;
    this.hierarchy = hierarchy;
    this.calculator = new AttainmentCalculator(hierarchy, measurements);
    this.assembly = new EvidenceAssembly(evaluator.plan());
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
    return EvidenceAssembly.withAttainments(b, participant, unitAttainments).build();
  }

  /**
   * The attainment of each target of the occasion's milestone that concerns the unit {@code
   * unitCode}, by indicator code in the plan's order; empty when the occasion does not judge it.
   *
   * @throws vn.emulation.core.unit.UnknownUnitException if the unit is unknown
   */
  public Map<String, Attainment> attainments(String unitCode, Occasion occasion) {
    OrgUnit unit = hierarchy.get(unitCode);
    return assembly.attainments(
        unit,
        occasion,
        (target, indicator, year, asOf) ->
            calculator.attainment(target, indicator, unitCode, year, asOf));
  }
}
