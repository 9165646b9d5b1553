package vn.emulation.jakarta.application.audit;

import java.util.Optional;

/**
 * The outcome of verifying the audit log. Immutable.
 *
 * @param intact whether every entry checked is as it was written
 * @param checked how many entries were read, the broken one included
 * @param firstBroken where the chain breaks first, or null when intact
 */
public record AuditVerification(boolean intact, long checked, ChainBreak firstBroken) {

  public AuditVerification {
    if (intact != (firstBroken == null)) {
      throw new IllegalArgumentException(
          "a chain is intact exactly when nothing is broken, was "
              + intact
              + " with "
              + firstBroken);
    }
  }

  public Optional<ChainBreak> broken() {
    return Optional.ofNullable(firstBroken);
  }
}
