package vn.emulation.core.procedure.nomination;

import java.util.Objects;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.evaluation.Outcome;

/**
 * The stored verdict a nomination carries from its submission on (ADR 0024): which evaluation run
 * judged the nominee, for which occasion and form, its outcome, and where its explanation is kept.
 * The appraisal, the council and the decision refer to this verdict, never to one worked out again
 * later on changed data. Immutable.
 *
 * @param runId the stored evaluation run
 * @param participantId the participant it judged
 * @param occasionCode the occasion
 * @param awardFormCode the plan's award form it judged
 * @param outcome its outcome
 * @param explanationRef where its explanation is kept (the run's verdict record)
 */
public record VerdictReference(
    String runId,
    String participantId,
    String occasionCode,
    String awardFormCode,
    Outcome outcome,
    String explanationRef) {

  public VerdictReference {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(occasionCode, "occasionCode");
    Objects.requireNonNull(awardFormCode, "awardFormCode");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(explanationRef, "explanationRef");
  }

  /**
   * Records at {@code verdict.participantId}, {@code verdict.occasionCode} and {@code
   * verdict.awardFormCode} where this verdict is about another case than the one given: a
   * nomination carries the verdict on its own nominee, occasion and form, never another's.
   */
  public void checkIsAbout(
      ProblemCollector problems, String participant, String occasion, String form) {
    if (!participantId.equals(participant)) {
      problems.add(
          "verdict.participantId",
          Messages.text("procedure.nomination.verdictOther", participantId, participant));
    }
    if (!occasionCode.equals(occasion)) {
      problems.add(
          "verdict.occasionCode",
          Messages.text("procedure.nomination.verdictOther", occasionCode, occasion));
    }
    if (!awardFormCode.equals(form)) {
      problems.add(
          "verdict.awardFormCode",
          Messages.text("procedure.nomination.verdictOther", awardFormCode, form));
    }
  }
}
