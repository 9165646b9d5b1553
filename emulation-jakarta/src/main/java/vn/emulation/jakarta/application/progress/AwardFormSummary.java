package vn.emulation.jakarta.application.progress;

import java.util.Objects;
import vn.emulation.core.common.LocalizedText;

/**
 * How the participants evaluated on an occasion came out for one award form: eligible, not
 * eligible, or incomplete for want of evidence. Only participants the form is offered to count.
 * Immutable and thread-safe.
 *
 * @param awardFormCode the award form
 * @param name its name
 * @param eligible participants eligible for it
 * @param notEligible participants not eligible
 * @param incomplete participants whose evidence is incomplete
 */
public record AwardFormSummary(
    String awardFormCode, LocalizedText name, int eligible, int notEligible, int incomplete) {

  public AwardFormSummary {
    Objects.requireNonNull(awardFormCode, "awardFormCode");
    Objects.requireNonNull(name, "name");
    if (eligible < 0 || notEligible < 0 || incomplete < 0) {
      throw new IllegalArgumentException(
          "counts cannot be negative: " + eligible + "/" + notEligible + "/" + incomplete);
    }
  }

  /** Participants the form was offered to. */
  public int total() {
    return eligible + notEligible + incomplete;
  }
}
