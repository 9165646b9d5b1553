package vn.emulation.jakarta.application.audit;

import java.util.Objects;

/**
 * Where the chain ends: the number and hash of its last entry (0 and {@link AuditChain#GENESIS}
 * while the log is empty). The next entry takes {@code lastSeq + 1} and links to {@code lastHash}.
 * Immutable.
 *
 * @param lastSeq the last entry's number, 0 for an empty log
 * @param lastHash the last entry's hash
 */
public record AuditHead(long lastSeq, String lastHash) {

  public AuditHead {
    if (lastSeq < 0) {
      throw new IllegalArgumentException("the last entry's number cannot be negative: " + lastSeq);
    }
    Objects.requireNonNull(lastHash, "lastHash");
  }

  /** The head of an empty log. */
  public static AuditHead empty() {
    return new AuditHead(0, AuditChain.GENESIS);
  }
}
