package vn.emulation.jakarta.infrastructure.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.emulation.core.participant.Participant;
import vn.emulation.jakarta.application.evaluation.EvaluationRunJob.UnitPart;

/**
 * The processor: a participant judged by the core's evaluator through the unit's part that the
 * reader opened (the computation of the live verdicts), as the run keeps it.
 */
@Named("participantJudge")
@Dependent
public class ParticipantJudge implements ItemProcessor {

  @Inject StepContext step;

  @Override
  public Object processItem(Object item) {
    return ((UnitPart) step.getTransientUserData()).judged((Participant) item);
  }
}
