package vn.emulation.core.procedure.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Home Affairs' appraisal of a nomination: the conclusion, who drew it and when, why, whether it
 * departs from the stored verdict and, if so, why; for a return, the last day to correct.
 * Immutable.
 *
 * @param decision the conclusion
 * @param appraiser who appraised
 * @param at when
 * @param reason why; required unless eligible
 * @param departsFromVerdict whether the conclusion differs from the stored verdict
 * @param departureReason why it differs; present exactly when it does
 * @param correctionDueOn for a return, the last working day to send it corrected; else {@code null}
 */
public record Appraisal(
    AppraisalDecision decision,
    String appraiser,
    Instant at,
    String reason,
    boolean departsFromVerdict,
    String departureReason,
    LocalDate correctionDueOn) {

  public Appraisal {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(appraiser, "appraiser");
    Objects.requireNonNull(at, "at");
    if (departsFromVerdict != (departureReason != null)) {
      throw new IllegalArgumentException("a departure from the verdict has a reason, and only it");
    }
  }

  public Optional<String> reasonIfAny() {
    return Optional.ofNullable(reason);
  }

  public Optional<String> departureReasonIfAny() {
    return Optional.ofNullable(departureReason);
  }

  public Optional<LocalDate> correctionDueOnIfAny() {
    return Optional.ofNullable(correctionDueOn);
  }
}
