package vn.emulation.jakarta.application.evaluation;

import java.util.List;
import java.util.Objects;
import vn.emulation.core.evaluation.Evaluation;
import vn.emulation.core.evaluation.Evaluator;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.participant.ParticipantKind;

/**
 * A participant as a run stores it: who it was then (name, kind, category, unit) and its verdict on
 * each award form offered to it, in the occasion's order, kept as the facts each was decided on
 * ({@link KeptVerdict}); {@link #explained} gives it with every explanation, as the reads answer it
 * ({@link RunParticipant}). Immutable.
 *
 * @param id the participant's id
 * @param name its name then
 * @param kind collective or individual
 * @param categoryCode its category then
 * @param unitCode its unit then: what unit scoping reads a stored verdict by
 * @param verdicts one per award form offered, possibly none
 */
public record JudgedParticipant(
    String id,
    String name,
    ParticipantKind kind,
    String categoryCode,
    String unitCode,
    List<KeptVerdict> verdicts) {

  public JudgedParticipant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(categoryCode, "categoryCode");
    Objects.requireNonNull(unitCode, "unitCode");
    verdicts = List.copyOf(verdicts);
  }

  /** The participant of {@code evaluation} and the facts of its verdicts: what a run stores. */
  public static JudgedParticipant of(Evaluation evaluation) {
    Participant p = evaluation.participant();
    return new JudgedParticipant(
        p.id(),
        p.name(),
        p.kind(),
        p.categoryCode(),
        p.unitCode(),
        evaluation.facts().stream().<KeptVerdict>map(KeptVerdict.Facts::new).toList());
  }

  /**
   * The participant with each verdict's explanation, written again by the core from the kept facts
   * and {@code plan}, the evaluator of the plan version the run judged with.
   */
  public RunParticipant explained(Evaluator plan, String occasionCode) {
    return new RunParticipant(
        id,
        name,
        kind,
        categoryCode,
        unitCode,
        verdicts.stream().map(v -> v.explained(plan, id, occasionCode)).toList());
  }
}
