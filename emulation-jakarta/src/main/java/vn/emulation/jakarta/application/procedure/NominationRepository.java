package vn.emulation.jakarta.application.procedure;

import java.util.Collection;
import java.util.List;
import vn.emulation.core.procedure.nomination.NominationState;

/**
 * The port where units' nominations are kept (ADR 0037, 0039): read back as the core's {@code
 * Nomination}, with every transition, its dossier, stored verdict and appraisals; changed only on
 * the version a command read.
 */
public interface NominationRepository extends CaseStore<StoredNomination> {

  /**
   * What the list of a plan's nominations is narrowed to; each null for no narrowing.
   *
   * @param state only those in this state
   * @param unitCodes only those of these units
   * @param occasionCode only those for this occasion
   * @param awardFormCode only those for this plan's form
   * @param participantId only those of this participant
   */
  record NominationFilter(
      NominationState state,
      Collection<String> unitCodes,
      String occasionCode,
      String awardFormCode,
      String participantId) {

    /** No narrowing: every nomination of the plan. */
    public static NominationFilter any() {
      return new NominationFilter(null, null, null, null, null);
    }
  }

  /** The plan's nominations the filter keeps, by unit, then opening time. */
  List<StoredNomination> list(String planCode, NominationFilter filter);
}
