package vn.emulation.jakarta.application.audit;

import java.util.Optional;

/**
 * The chain verified against the anchors (ADR 0045): the chain's own verification, how many anchors
 * were compared, and the first anchor whose entry no longer hashes to what it published.
 *
 * @param chain the chain's verification ({@code GET /api/audit/verification})
 * @param anchorsChecked how many anchors were compared
 * @param firstMismatch the first anchor that does not match, {@code null} when none
 */
public record AnchorVerification(
    AuditVerification chain, int anchorsChecked, AnchorMismatch firstMismatch) {

  /**
   * An anchor the chain no longer matches.
   *
   * @param anchor the anchor as published
   * @param found the hash the chain now holds at the anchor's entry, {@code null} when the entry is
   *     gone (the chain is shorter than the anchor)
   */
  public record AnchorMismatch(AuditAnchor anchor, String found) {}

  /** Whether the chain is intact and every anchor matches it. */
  public boolean intact() {
    return chain.intact() && firstMismatch == null;
  }

  public Optional<AnchorMismatch> firstMismatchIfAny() {
    return Optional.ofNullable(firstMismatch);
  }
}
