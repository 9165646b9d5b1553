package vn.emulation.jakarta.application.evaluation;

/** The commands of the evaluation runs, as the API's bodies give them. */
public final class EvaluationCommands {

  private EvaluationCommands() {}

  /**
   * Start a run. It has no fields: a run judges the occasion on the figures and evidence stored at
   * the moment it starts, with the plan version that judges the occasion (the one in force on the
   * last day of its window); a day of the caller's choosing could change neither, so none is asked.
   * A restart of a run takes the same empty body: it resumes the run as it was started.
   */
  public record StartRun() {}
}
