package vn.emulation.core.evaluation;

import java.util.List;
import java.util.Objects;
import vn.emulation.core.award.AwardForm;

/**
 * Whether a participant is eligible for an award form on an occasion, and why: one result per
 * criterion that applies to it, in the order the award form lists them. Immutable.
 *
 * @param participantId the participant
 * @param occasionCode the occasion
 * @param awardForm the award form
 * @param outcome eligible, not eligible, or incomplete
 * @param results the criterion-by-criterion explanation
 */
public record Verdict(
    String participantId,
    String occasionCode,
    AwardForm awardForm,
    Outcome outcome,
    List<CriterionResult> results) {

  public Verdict {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(occasionCode, "occasionCode");
    Objects.requireNonNull(awardForm, "awardForm");
    Objects.requireNonNull(outcome, "outcome");
    results = List.copyOf(results);
  }

  /** The criteria that decided a negative or incomplete outcome (empty when eligible). */
  public List<CriterionResult> blockers() {
    CriterionStatus blocking = blocking(outcome);
    return blocking == null
        ? List.of()
        : results.stream().filter(r -> r.status() == blocking).toList();
  }

  /**
   * The status of the criteria that decide an outcome: not met for not eligible, undecided for
   * incomplete; none (null) for eligible.
   */
  static CriterionStatus blocking(Outcome outcome) {
    return switch (outcome) {
      case ELIGIBLE -> null;
      case NOT_ELIGIBLE -> CriterionStatus.NOT_MET;
      case INCOMPLETE -> CriterionStatus.UNDECIDED;
    };
  }
}
