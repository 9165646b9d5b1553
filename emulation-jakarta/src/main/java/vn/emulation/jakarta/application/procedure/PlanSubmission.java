package vn.emulation.jakarta.application.procedure;

import java.util.Objects;
import vn.emulation.core.procedure.Submission;

/** A submission (step 7) with the plan it belongs to and the occasion its nominees came from. */
public record PlanSubmission(String planCode, String occasionCode, Submission submission) {

  public PlanSubmission {
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(occasionCode, "occasionCode");
    Objects.requireNonNull(submission, "submission");
  }

  /** The same submission after a command. */
  public PlanSubmission with(Submission next) {
    return new PlanSubmission(planCode, occasionCode, next);
  }
}
