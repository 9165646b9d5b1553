package vn.emulation.jakarta.application.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.emulation.jakarta.application.audit.AuditTrail;

/**
 * The run's row and its audit entries, each write in a transaction of its own: a run is opened and
 * committed before its job starts (the job reads it on other threads), and the job's execution is
 * attached once the batch container has answered, outside any transaction of the use case. Once a
 * job runs, the run's status is the job's to move (EvaluationRunJob), never this ledger's.
 */
@ApplicationScoped
@Transactional
public class RunLedger {

  @Inject EvaluationRunRepository runs;
  @Inject AuditTrail audit;

  /** Opens the run (RUNNING, nothing judged yet) and records who started it. */
  public void open(EvaluationRun run) {
    runs.open(run);
    audit.record("evaluation.run", EvaluationRuns.target(run), null, run);
  }

  /** Records the job execution judging the run, once started. */
  public void started(EvaluationRun run, long jobExecution) {
    runs.attach(run.id(), jobExecution);
  }

  /**
   * Puts the run back to RUNNING before its job is restarted, so that the job's own end (FAILED,
   * STOPPED or COMPLETE) is never overwritten by this.
   */
  public void restarting(EvaluationRun run) {
    runs.mark(run.id(), EvaluationRun.Status.RUNNING, null);
  }

  /** A job the batch container refused to start or restart: the run keeps {@code status}. */
  public void refused(EvaluationRun run, EvaluationRun.Status status) {
    runs.mark(run.id(), status, null);
  }

  /** Records the restarted execution and who restarted the run, from what state. */
  public EvaluationRun restarted(EvaluationRun before, long jobExecution) {
    runs.attach(before.id(), jobExecution);
    EvaluationRun after = runs.run(before.id()).orElseThrow();
    audit.record("evaluation.restart", EvaluationRuns.target(before), before, after);
    return after;
  }
}
