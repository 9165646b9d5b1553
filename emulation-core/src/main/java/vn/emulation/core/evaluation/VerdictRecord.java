package vn.emulation.core.evaluation;

import java.util.List;
import java.util.Objects;
import vn.emulation.core.common.LocalizedText;

/**
 * A {@link Verdict} as it was seen, in plain values, so that it can be kept and read back exactly:
 * a nomination, an appraisal or the council refers to this record, never to a verdict computed
 * again later on changed data. The blockers are the ones the verdict named ({@link
 * Verdict#blockers()}), kept rather than worked out again. Immutable.
 *
 * @param participantId the participant
 * @param occasionCode the occasion
 * @param awardFormCode the award form's code
 * @param awardFormName the award form's name then
 * @param outcome eligible, not eligible, or incomplete
 * @param results the criterion-by-criterion explanation, in the award form's order
 * @param blockers the codes of the criteria that decided a negative or incomplete outcome
 */
public record VerdictRecord(
    String participantId,
    String occasionCode,
    String awardFormCode,
    LocalizedText awardFormName,
    Outcome outcome,
    List<CriterionRecord> results,
    List<String> blockers) {

  public VerdictRecord {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(occasionCode, "occasionCode");
    Objects.requireNonNull(awardFormCode, "awardFormCode");
    Objects.requireNonNull(awardFormName, "awardFormName");
    Objects.requireNonNull(outcome, "outcome");
    results = List.copyOf(results);
    blockers = List.copyOf(blockers);
    for (String b : blockers) {
      if (results.stream().noneMatch(r -> r.code().equals(b))) {
        throw new IllegalArgumentException(
            "blocker " + b + " is no criterion of the verdict on " + awardFormCode);
      }
    }
  }

  /** The verdict's record. */
  public static VerdictRecord of(Verdict verdict) {
    return new VerdictRecord(
        verdict.participantId(),
        verdict.occasionCode(),
        verdict.awardForm().code(),
        verdict.awardForm().name(),
        verdict.outcome(),
        verdict.results().stream().map(CriterionRecord::of).toList(),
        verdict.blockers().stream().map(r -> r.criterion().code()).toList());
  }
}
