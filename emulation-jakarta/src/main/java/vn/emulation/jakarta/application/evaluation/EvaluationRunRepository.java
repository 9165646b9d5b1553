package vn.emulation.jakarta.application.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;

/**
 * Where evaluation runs are kept. A run's row is opened first and follows its job (status, job
 * execution, final count); its participants and verdicts are stored chunk by chunk and never
 * changed: storing a participant the run holds already stores nothing, so that a chunk judged again
 * after a restart leaves exactly one row per participant and award form. Every list of participants
 * is filtered in its query, so that pages and totals count only the units asked for. A run read
 * here carries how many participants it holds so far ({@link EvaluationRun#judged()}). A verdict is
 * kept as the facts it was decided on ({@link KeptVerdict}), not its explanation's words.
 */
public interface EvaluationRunRepository {

  /** How many verdicts of a run on an award form came out one way. */
  record OutcomeCount(String awardFormCode, Outcome outcome, long count) {}

  /** Stores a new run's row, with no participant yet. */
  void open(EvaluationRun run);

  /**
   * Stores judged participants of a run with their verdicts, in the caller's transaction; those the
   * run holds already are left as they are (a chunk judged again after a restart).
   *
   * @return how many were new
   */
  int storeJudged(String runId, List<JudgedParticipant> participants);

  /** Records the run's status, and its count when not null. */
  void mark(String runId, EvaluationRun.Status status, Integer participantCount);

  /**
   * Records the batch job execution now judging the run; its status is left to the job, which may
   * have moved it on already.
   */
  void attach(String runId, long jobExecution);

  /** Opens a run and stores every participant: a run judged in one go (the stores' tests). */
  default void store(EvaluationRun run, List<JudgedParticipant> participants) {
    open(run);
    storeJudged(run.id(), participants);
  }

  /** The runs of an occasion of a plan, newest first. */
  Page<EvaluationRun> runs(String planCode, String occasionCode, PageRequest page);

  Optional<EvaluationRun> run(String runId);

  /**
   * A page of a run's participants by id: only those of {@code units} (null: every unit), and, when
   * an award form or an outcome is named, only those with a verdict on that form and/or with that
   * outcome.
   */
  Page<JudgedParticipant> participants(
      String runId,
      Collection<String> units,
      String awardFormCode,
      Outcome outcome,
      PageRequest page);

  /** The outcome counts of a run per award form, over the participants of {@code units}. */
  List<OutcomeCount> counts(String runId, Collection<String> units);

  Optional<JudgedParticipant> participant(String runId, String participantId);
}
