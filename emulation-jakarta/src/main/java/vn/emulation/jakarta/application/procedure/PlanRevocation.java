package vn.emulation.jakarta.application.procedure;

import java.util.Objects;
import vn.emulation.core.procedure.Nominee;
import vn.emulation.core.procedure.Revocation;

/**
 * A revocation (step 8) with the plan it belongs to and the submission whose decision it annuls.
 *
 * @param submissionId the submission that holds the decision
 */
public record PlanRevocation(String planCode, String submissionId, Revocation revocation) {

  public PlanRevocation {
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(submissionId, "submissionId");
    Objects.requireNonNull(revocation, "revocation");
  }

  /** The awardee whose award it concerns. */
  public Nominee awardee() {
    return revocation.decision().awardees().stream()
        .filter(n -> n.nominationId().equals(revocation.nominationId()))
        .findFirst()
        .orElseThrow();
  }

  /** The same revocation after a command. */
  public PlanRevocation with(Revocation next) {
    return new PlanRevocation(planCode, submissionId, next);
  }
}
