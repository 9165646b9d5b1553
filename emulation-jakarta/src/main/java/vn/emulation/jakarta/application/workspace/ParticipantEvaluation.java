package vn.emulation.jakarta.application.workspace;

import java.util.Objects;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.evaluation.Evaluation;

/**
 * One participant judged on one occasion: its {@link Evaluation}, whose verdicts explain every
 * criterion. Immutable.
 *
 * @param occasion the occasion
 * @param evaluation the outcomes, and the verdicts on demand
 */
public record ParticipantEvaluation(Occasion occasion, Evaluation evaluation) {

  public ParticipantEvaluation {
    Objects.requireNonNull(occasion, "occasion");
    Objects.requireNonNull(evaluation, "evaluation");
  }
}
