package vn.emulation.jakarta.application.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.evaluation.Evaluation;
import vn.emulation.core.evaluation.Evaluator;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.UnknownPlanElementException;
import vn.emulation.core.target.Attainment;
import vn.emulation.core.target.MeasurementSet;
import vn.emulation.core.unit.OrgHierarchy;

/**
 * Evaluates participants on an occasion of a plan: one, or all of them, each with the outcome per
 * award form and, on demand ({@link Evaluation#verdicts()}), the criterion-by-criterion
 * explanation; and counts the outcomes per award form. The plan is compiled once, when the service
 * is made. Immutable and thread-safe.
 */
public final class EvaluationService {

  private final Evaluator evaluator;
  private final EvidenceAssembler assembler;

  public EvaluationService(Plan plan, OrgHierarchy hierarchy, MeasurementSet measurements) {
    this.evaluator = Evaluator.of(Objects.requireNonNull(plan, "plan"));
    this.assembler = new EvidenceAssembler(evaluator, hierarchy, measurements);
  }

  /**
   * The evaluation of {@code participant} on {@code occasionCode}.
   *
   * @throws UnknownPlanElementException if the plan has no such occasion or category
   */
  public Evaluation evaluate(String occasionCode, Participant participant, ParticipantFacts facts) {
    Occasion occasion = occasion(occasionCode);
    return evaluator.evaluate(
        participant, occasionCode, assembler.assemble(participant, occasion, facts));
  }

  /**
   * The evaluations of {@code participants} on {@code occasionCode}, in their order. Facts are
   * looked up by participant id; a participant without facts is evaluated on its unit's figures
   * alone. Each unit's attainments are worked out once.
   */
  public List<Evaluation> evaluateAll(
      String occasionCode,
      List<? extends Participant> participants,
      Map<String, ParticipantFacts> factsById) {
    Judge judge = judge(occasionCode, factsById);
    List<Evaluation> evaluations = new ArrayList<>(participants.size());
    for (Participant p : participants) {
      evaluations.add(judge.evaluate(p));
    }
    return List.copyOf(evaluations);
  }

  /**
   * A judge of the occasion that evaluates participants one at a time, exactly as {@link
   * #evaluateAll} does (which judges through it): facts looked up by participant id, each unit's
   * attainments worked out once. For one thread: the evaluation job gives each partition its own.
   *
   * @throws UnknownPlanElementException if the plan has no such occasion
   */
  public Judge judge(String occasionCode, Map<String, ParticipantFacts> factsById) {
    return new Judge(occasion(occasionCode), Objects.requireNonNull(factsById, "factsById"));
  }

  /** See {@link #judge}. Not thread-safe: it keeps the attainments of the units it has seen. */
  public final class Judge {
    private final Occasion occasion;
    private final Map<String, ParticipantFacts> factsById;
    private final Map<String, Map<String, Attainment>> byUnit = new HashMap<>();

    private Judge(Occasion occasion, Map<String, ParticipantFacts> factsById) {
      this.occasion = occasion;
      this.factsById = factsById;
    }

    /** The evaluation of {@code p} on the occasion. */
    public Evaluation evaluate(Participant p) {
      Map<String, Attainment> attainments =
          byUnit.computeIfAbsent(p.unitCode(), u -> assembler.attainments(u, occasion));
      ParticipantFacts facts = factsById.getOrDefault(p.id(), ParticipantFacts.none());
      return evaluator.evaluate(p, occasion.code(), assembler.assemble(p, facts, attainments));
    }
  }

  /** Outcome counts per award form of the occasion, in the occasion's order. */
  public List<AwardFormSummary> summarize(String occasionCode, List<Evaluation> evaluations) {
    Occasion occasion = occasion(occasionCode);
    List<AwardFormSummary> summaries = new ArrayList<>();
    for (String formCode : occasion.awardFormCodes()) {
      int[] counts = new int[Outcome.values().length];
      for (Evaluation e : evaluations) {
        if (!e.occasionCode().equals(occasionCode)) {
          throw new IllegalArgumentException(
              "evaluation on " + e.occasionCode() + " summarised for " + occasionCode);
        }
        e.outcome(formCode).ifPresent(o -> counts[o.ordinal()]++);
      }
      AwardForm form = evaluator.plan().awardForm(formCode).orElseThrow();
      summaries.add(
          new AwardFormSummary(
              formCode,
              form.name(),
              counts[Outcome.ELIGIBLE.ordinal()],
              counts[Outcome.NOT_ELIGIBLE.ordinal()],
              counts[Outcome.INCOMPLETE.ordinal()]));
    }
    return List.copyOf(summaries);
  }

  public Evaluator evaluator() {
    return evaluator;
  }

  public EvidenceAssembler assembler() {
    return assembler;
  }

  private Occasion occasion(String code) {
    Plan plan = evaluator.plan();
    return plan.occasion(code)
        .orElseThrow(() -> new UnknownPlanElementException(plan.code(), "occasion", code));
  }
}
