package vn.emulation.jakarta.application.workspace;

import java.util.List;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.evaluation.Evaluation;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.application.unit.UnitScope;

/**
 * The one computation of verdicts on an occasion, as a port: the live verdict reads and the stored
 * evaluation runs both judge participants through it, so that a stored verdict is exactly what the
 * live read showed at that moment. {@link LiveVerdicts} implements it.
 */
public interface OccasionJudging {

  /**
   * The plan version that judges an occasion: the version in force on the last day of its window
   * (the occasion looked up in the version in force today). Live and stored verdicts both take it
   * here, so that a run records the version the live read used.
   *
   * @throws vn.emulation.jakarta.application.NotFoundException for an unknown plan or occasion
   */
  Plan planFor(String planCode, String occasionCode);

  /**
   * The plan's occasion.
   *
   * @throws vn.emulation.jakarta.application.NotFoundException when the plan has no such occasion
   */
  Occasion occasion(Plan plan, String occasionCode);

  /**
   * Every participant of the plan within {@code scope} that the occasion judges (its unit exists
   * while the occasion is held), evaluated on the figures and evidence stored now, by id.
   */
  List<Evaluation> judgeAll(Plan plan, Occasion occasion, UnitScope scope);

  /**
   * The participants of the plan within {@code scope} that the occasion judges, by id: those {@link
   * #judgeAll} evaluates, not yet evaluated (the evaluation job partitions them by unit).
   */
  List<Participant> judged(Plan plan, Occasion occasion, UnitScope scope);

  /**
   * How many participants {@link #judged} answers, without reading them: what a run is opened with
   * before its job reads them (a province's half million took the request ten seconds to read).
   */
  default int count(Plan plan, Occasion occasion, UnitScope scope) {
    return judged(plan, occasion, scope).size();
  }

  /**
   * Judges participants of the plan one at a time on the figures and evidence stored now, by the
   * very computation of {@link #judgeAll} (the evaluation job's processor judges through it). The
   * judge reads what it needs when it is made; use it on one thread.
   */
  default ParticipantJudge judge(Plan plan, Occasion occasion) {
    return judges(plan, occasion).judge();
  }

  /**
   * Judges for many threads on one reading: the figures and evidence stored now are read once, when
   * this is called, and each {@link Judges#judge} made from them judges as {@link #judge} does, on
   * one thread. The evaluation job's partitions of one execution share one reading: a province's
   * hundred units would otherwise read the plan's million reports a hundred times.
   */
  Judges judges(Plan plan, Occasion occasion);

  /** See {@link #judge}. */
  @FunctionalInterface
  interface ParticipantJudge {
    Evaluation evaluate(Participant participant);
  }

  /** See {@link #judges}. Thread-safe; the judges it makes are not. */
  @FunctionalInterface
  interface Judges {
    ParticipantJudge judge();
  }
}
