package vn.emulation.jakarta.application.workspace;

import java.util.List;
import java.util.Objects;
import vn.emulation.core.award.Occasion;
import vn.emulation.jakarta.application.progress.AwardFormSummary;

/**
 * How all participants of a plan came out on an occasion, counted per award form. Immutable.
 *
 * @param occasion the occasion
 * @param evaluated how many participants were evaluated
 * @param forms the outcome counts per award form, in the occasion's order
 */
public record OccasionSummary(Occasion occasion, int evaluated, List<AwardFormSummary> forms) {

  public OccasionSummary {
    Objects.requireNonNull(occasion, "occasion");
    forms = List.copyOf(forms);
  }
}
