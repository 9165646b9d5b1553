package vn.emulation.core.procedure;

/** Where a revocation stands. */
public enum RevocationState {
  /** Proposed on a ground, awaiting the competent office. */
  PROPOSED,
  /** The award is annulled; the artefact and the money are to be recovered. */
  ANNULLED,
  /** The recovery is recorded. */
  RECOVERED,
  /** The office found no ground; the award stands. */
  DISMISSED
}
