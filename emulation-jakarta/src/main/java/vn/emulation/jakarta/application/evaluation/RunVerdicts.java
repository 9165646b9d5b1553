package vn.emulation.jakarta.application.evaluation;

import java.util.List;
import java.util.Objects;
import vn.emulation.core.award.Occasion;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.progress.AwardFormSummary;

/**
 * A stored run's participants as the live verdict list shows them: one page (as filtered) and the
 * outcome counts per award form over all of them (unfiltered), within the caller's units.
 * Immutable.
 *
 * @param run the run
 * @param occasion the occasion, as the run's plan version defines it
 * @param participants one page of the run's participants, by id
 * @param summary the outcome counts per award form, in the occasion's order
 */
public record RunVerdicts(
    EvaluationRun run,
    Occasion occasion,
    Page<RunParticipant> participants,
    List<AwardFormSummary> summary) {

  public RunVerdicts {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(occasion, "occasion");
    Objects.requireNonNull(participants, "participants");
    summary = List.copyOf(summary);
  }
}
