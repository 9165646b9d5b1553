package vn.emulation.jakarta.application.evaluation;

import java.util.Objects;
import vn.emulation.core.award.Occasion;

/**
 * One participant's stored verdicts in a run, with their explanations as they were. Immutable.
 *
 * @param run the run
 * @param occasion the occasion, as the run's plan version defines it
 * @param participant the participant and its verdicts
 */
public record RunVerdict(EvaluationRun run, Occasion occasion, RunParticipant participant) {

  public RunVerdict {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(occasion, "occasion");
    Objects.requireNonNull(participant, "participant");
  }
}
