package vn.emulation.jakarta.infrastructure.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.emulation.jakarta.application.evaluation.EvaluationRunJob;
import vn.emulation.jakarta.application.evaluation.JudgedParticipant;

/**
 * The writer: a chunk's judged participants and their verdicts stored in the chunk's transaction,
 * with its checkpoint. A participant the run holds already is left as it is, so a chunk judged
 * again after a restart stores each participant and verdict once.
 */
@Named("runVerdicts")
@Dependent
public class RunVerdicts extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = BatchEvaluationJobs.RUN_ID)
  String runId;

  @Inject EvaluationRunJob job;

  @Override
  public void writeItems(List<Object> items) {
    job.store(runId, items.stream().map(JudgedParticipant.class::cast).toList());
  }
}
