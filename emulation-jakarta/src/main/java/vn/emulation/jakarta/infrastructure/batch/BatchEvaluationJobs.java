package vn.emulation.jakarta.infrastructure.batch;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Properties;
import java.util.logging.Logger;
import vn.emulation.jakarta.application.ConflictException;
import vn.emulation.jakarta.application.evaluation.EvaluationJobs;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The evaluation job on the server's batch container. The job operator checks the caller's batch
 * role itself (Liberty, under {@code appSecurity}): server.xml grants {@code batchAdmin} to the
 * administrator and Home Affairs groups of the tokens, the very roles the use case lets start and
 * restart a run (ADR 0033). A refusal is the server's configuration, not the caller's: it fails
 * closed (the run is marked FAILED) and is logged.
 */
@ApplicationScoped
public class BatchEvaluationJobs implements EvaluationJobs {

  /** The job's name: {@code META-INF/batch-jobs/occasion-evaluation.xml}. */
  public static final String JOB = "occasion-evaluation";

  /** The job parameter naming the run judged. */
  public static final String RUN_ID = "runId";

  private static final Logger LOG = Logger.getLogger(BatchEvaluationJobs.class.getName());

  @Override
  public long start(String runId) {
    Properties parameters = new Properties();
    parameters.setProperty(RUN_ID, runId);
    try {
      return operator().start(JOB, parameters);
    } catch (JobSecurityException e) {
      throw refused(runId, e);
    }
  }

  @Override
  public long restart(String runId, long jobExecution) {
    Properties parameters = new Properties();
    parameters.setProperty(RUN_ID, runId);
    try {
      return operator().restart(jobExecution, parameters);
    } catch (JobSecurityException e) {
      throw refused(runId, e);
    } catch (JobExecutionAlreadyCompleteException
        | JobExecutionNotMostRecentException
        | JobRestartException
        | NoSuchJobExecutionException e) {
      // JobRestartException also says the execution is still running (the run's server alive)
      LOG.info(() -> "evaluation run " + runId + " not restarted: " + e);
      throw new ConflictException(AdapterMessages.text("evaluation.runNotRestartable", runId));
    }
  }

  private static IllegalStateException refused(String runId, JobSecurityException e) {
    LOG.severe(
        () ->
            "the batch container refused the evaluation job of run "
                + runId
                + ": grant batchAdmin to the administrator and Home Affairs groups"
                + " (server.xml, authorization-roles com.ibm.ws.batch): "
                + e.getMessage());
    return new IllegalStateException("the evaluation job of run " + runId + " was refused", e);
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
