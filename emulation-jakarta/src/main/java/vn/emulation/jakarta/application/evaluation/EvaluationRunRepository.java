package vn.emulation.jakarta.application.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;

/**
 * Where evaluation runs are kept: append-only, a stored run and its verdicts are never changed.
 * Every list of participants is filtered in its query, so that pages and totals count only the
 * units asked for.
 */
public interface EvaluationRunRepository {

  /** How many verdicts of a run on an award form came out one way. */
  record OutcomeCount(String awardFormCode, Outcome outcome, long count) {}

  /** Stores a run with every participant it judged and their verdicts, in its transaction. */
  void store(EvaluationRun run, List<RunParticipant> participants);

  /** The runs of an occasion of a plan, newest first. */
  Page<EvaluationRun> runs(String planCode, String occasionCode, PageRequest page);

  Optional<EvaluationRun> run(String runId);

  /**
   * A page of a run's participants by id: only those of {@code units} (null: every unit), and, when
   * an award form or an outcome is named, only those with a verdict on that form and/or with that
   * outcome.
   */
  Page<RunParticipant> participants(
      String runId,
      Collection<String> units,
      String awardFormCode,
      Outcome outcome,
      PageRequest page);

  /** The outcome counts of a run per award form, over the participants of {@code units}. */
  List<OutcomeCount> counts(String runId, Collection<String> units);

  Optional<RunParticipant> participant(String runId, String participantId);
}
