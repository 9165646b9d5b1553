package vn.emulation.jakarta.infrastructure.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.emulation.jakarta.application.evaluation.EvaluationRunJob;

/** The job's last step, reached when every partition is done: the run is COMPLETE. */
@Named("runCompletion")
@Dependent
public class RunCompletion extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = BatchEvaluationJobs.RUN_ID)
  String runId;

  @Inject EvaluationRunJob job;

  @Override
  public String process() {
    return job.complete(runId).status().name();
  }
}
