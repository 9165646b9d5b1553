package vn.emulation.jakarta.application.evaluation;

/**
 * Where the evaluation job runs, as a port: the Jakarta Batch job {@code occasion-evaluation}
 * (infrastructure.batch) in the server, a synchronous stand-in in the tests. The job judges a run
 * that {@link EvaluationRuns} opened, partition by unit, chunk by chunk, through {@link
 * EvaluationRunJob}; it is started and restarted only by the use case, which has checked the
 * caller.
 */
public interface EvaluationJobs {

  /**
   * Starts the job judging an opened run.
   *
   * @return the job execution's id
   * @throws IllegalStateException when the batch container refuses it (its roles: ADR 0033)
   */
  long start(String runId);

  /**
   * Restarts the job execution of a run that stopped or failed (or whose server died under it),
   * from its last checkpoint.
   *
   * @return the new job execution's id
   * @throws vn.emulation.jakarta.application.ConflictException when that execution is not the run's
   *     latest, is still running or is complete
   */
  long restart(String runId, long jobExecution);
}
