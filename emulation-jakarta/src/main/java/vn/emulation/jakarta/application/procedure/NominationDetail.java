package vn.emulation.jakarta.application.procedure;

import java.util.Objects;
import java.util.Optional;
import vn.emulation.core.evaluation.VerdictRecord;
import vn.emulation.core.procedure.nomination.Completeness;

/**
 * One nomination as its reader sees it: the case, its dossier's completeness today by the law in
 * force (every gap, the conditional documents left to the appraiser), and the stored verdict its
 * reference names, with the whole explanation, once it was sent. Immutable.
 *
 * @param verdict the stored verdict on the nominated form; null before the first submission
 */
public record NominationDetail(
    StoredNomination stored, Completeness completeness, VerdictRecord verdict) {

  public NominationDetail {
    Objects.requireNonNull(stored, "stored");
    Objects.requireNonNull(completeness, "completeness");
  }

  public Optional<VerdictRecord> verdictIfAny() {
    return Optional.ofNullable(verdict);
  }
}
