package vn.emulation.core.procedure.nomination;

/** Where a nomination stands, up to Home Affairs' appraisal. */
public enum NominationState {
  /** Being prepared by the proposing unit. */
  DRAFT,
  /** Sent with a complete dossier and its stored verdict; awaiting appraisal. */
  SUBMITTED,
  /** Appraised eligible by Home Affairs: goes on to the announcement and the council. */
  ELIGIBLE,
  /** Appraised not eligible by Home Affairs, with the reason. */
  NOT_ELIGIBLE,
  /** Returned by Home Affairs for correction, with the reason and the days to correct it. */
  RETURNED
}
