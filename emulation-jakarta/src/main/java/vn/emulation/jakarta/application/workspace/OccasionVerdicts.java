package vn.emulation.jakarta.application.workspace;

import java.util.List;
import java.util.Objects;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.evaluation.Evaluation;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.progress.AwardFormSummary;

/**
 * The participants of an occasion and how they came out: one page of evaluations (as filtered) and
 * the outcome counts per award form over all of them (unfiltered), which is what the Home Affairs
 * office reports upward. Immutable.
 *
 * @param occasion the occasion
 * @param evaluations one page of evaluations, participants by id
 * @param summary the outcome counts per award form of the occasion, in its order
 */
public record OccasionVerdicts(
    Occasion occasion, Page<Evaluation> evaluations, List<AwardFormSummary> summary) {

  public OccasionVerdicts {
    Objects.requireNonNull(occasion, "occasion");
    Objects.requireNonNull(evaluations, "evaluations");
    summary = List.copyOf(summary);
  }
}
