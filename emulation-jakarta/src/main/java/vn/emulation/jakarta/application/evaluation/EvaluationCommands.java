package vn.emulation.jakarta.application.evaluation;

/** The commands of the evaluation runs, as the API's bodies give them. */
public final class EvaluationCommands {

  private EvaluationCommands() {}

  /**
   * Start a run.
   *
   * @param asOf the day it evaluates as of (YYYY-MM-DD, not after today); today when absent
   */
  public record StartRun(String asOf) {}
}
