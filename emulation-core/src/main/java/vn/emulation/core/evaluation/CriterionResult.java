package vn.emulation.core.evaluation;

import java.util.Objects;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.criteria.Criterion;

/**
 * How one criterion came out, and the figure or evidence that decided it, in words a Home Affairs
 * officer can check against the dossier. Immutable.
 *
 * @param criterion the criterion
 * @param status met, not met, not applicable or undecided
 * @param explanation what decided it
 */
public record CriterionResult(
    Criterion criterion, CriterionStatus status, LocalizedText explanation) {

  public CriterionResult {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(explanation, "explanation");
  }
}
