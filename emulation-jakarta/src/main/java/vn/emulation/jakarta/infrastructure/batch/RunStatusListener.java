package vn.emulation.jakarta.infrastructure.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.emulation.jakarta.application.evaluation.EvaluationRun;
import vn.emulation.jakarta.application.evaluation.EvaluationRunJob;

/**
 * The run's status follows its job: RUNNING as each execution begins; once it ends without the
 * completion step, STOPPED when it was stopped, else FAILED. (A server killed under the job runs
 * neither: the run stays RUNNING until it is restarted.)
 */
@Named("runStatus")
@Dependent
public class RunStatusListener extends AbstractJobListener {

  @Inject
  @BatchProperty(name = BatchEvaluationJobs.RUN_ID)
  String runId;

  @Inject JobContext context;
  @Inject EvaluationRunJob job;

  @Override
  public void beforeJob() {
    job.began(runId);
  }

  @Override
  public void afterJob() {
    BatchStatus status = context.getBatchStatus();
    if (status == BatchStatus.COMPLETED) {
      return;
    }
    job.ended(
        runId,
        status == BatchStatus.STOPPING || status == BatchStatus.STOPPED
            ? EvaluationRun.Status.STOPPED
            : EvaluationRun.Status.FAILED);
  }
}
