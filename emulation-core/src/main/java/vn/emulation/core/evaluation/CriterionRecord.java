package vn.emulation.core.evaluation;

import java.util.Objects;
import vn.emulation.core.common.LocalizedText;

/**
 * A {@link CriterionResult} as it was seen, in plain values: the criterion's code and its wording
 * then, the status and the explanation. It keeps no reference to the plan, so it reads back the
 * same whatever the plan or the data become. Immutable.
 *
 * @param code the criterion's code
 * @param name the condition as the plan worded it
 * @param status met, not met, not applicable or undecided
 * @param explanation the figure or evidence that decided it
 */
public record CriterionRecord(
    String code, LocalizedText name, CriterionStatus status, LocalizedText explanation) {

  public CriterionRecord {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** The result's record. */
  public static CriterionRecord of(CriterionResult result) {
    return new CriterionRecord(
        result.criterion().code(),
        result.criterion().name(),
        result.status(),
        result.explanation());
  }
}
