package vn.emulation.jakarta.application.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.emulation.core.evaluation.Evaluation;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.evaluation.VerdictRecord;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.participant.ParticipantKind;

/**
 * A participant as a run judged it: who it was then (name, kind, category, unit) and its verdict on
 * each award form offered to it, in the occasion's order, with the whole explanation: what the
 * reads of a run answer, written from what the run keeps ({@link JudgedParticipant#explained}).
 * Immutable.
 *
 * @param id the participant's id
 * @param name its name then
 * @param kind collective or individual
 * @param categoryCode its category then
 * @param unitCode its unit then: what unit scoping reads a stored verdict by
 * @param verdicts one per award form offered, possibly none
 */
public record RunParticipant(
    String id,
    String name,
    ParticipantKind kind,
    String categoryCode,
    String unitCode,
    List<VerdictRecord> verdicts) {

  public RunParticipant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(categoryCode, "categoryCode");
    Objects.requireNonNull(unitCode, "unitCode");
    verdicts = List.copyOf(verdicts);
    for (VerdictRecord v : verdicts) {
      if (!v.participantId().equals(id)) {
        throw new IllegalArgumentException("verdict of " + v.participantId() + " given to " + id);
      }
    }
  }

  /** The participant of {@code evaluation} and its verdicts, explanations and all. */
  public static RunParticipant of(Evaluation evaluation) {
    Participant p = evaluation.participant();
    return new RunParticipant(
        p.id(),
        p.name(),
        p.kind(),
        p.categoryCode(),
        p.unitCode(),
        evaluation.verdicts().stream().map(VerdictRecord::of).toList());
  }

  /** The outcome on an award form, empty when it was not offered. */
  public Optional<Outcome> outcome(String awardFormCode) {
    return verdicts.stream()
        .filter(v -> v.awardFormCode().equals(awardFormCode))
        .map(VerdictRecord::outcome)
        .findFirst();
  }
}
