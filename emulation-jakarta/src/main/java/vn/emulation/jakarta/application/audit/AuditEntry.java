package vn.emulation.jakarta.application.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * An entry of the audit log as stored: an {@link AuditEvent} numbered in the chain ({@code seq} 1,
 * 2, 3…) and sealed by its hash, which covers every field and the hash of the entry before. Entries
 * are appended and never changed; one read back from the database is taken as it is, so that {@link
 * AuditChain} can tell whether it still matches its hash. Immutable and thread-safe.
 *
 * @param seq the entry's place in the chain, from 1, without gaps
 * @param recordedAt when the write was made
 * @param actor the user, {@code system} for the system's own jobs
 * @param actorRole the role the user acted in, possibly empty
 * @param actorUnit the user's unit, or null
 * @param action what was done ({@code unit.close})
 * @param target what it was done to ({@code units/W01})
 * @param beforeState the target's state before, as JSON, or null
 * @param afterState the target's state after, as JSON, or null
 * @param previousHash the hash of entry {@code seq - 1}; 64 zeros for the first entry
 * @param hash SHA-256 over the canonical encoding of all the fields above, in lowercase hex
 */
public record AuditEntry(
    long seq,
    Instant recordedAt,
    String actor,
    String actorRole,
    String actorUnit,
    String action,
    String target,
    String beforeState,
    String afterState,
    String previousHash,
    String hash) {

  public AuditEntry {
    if (seq < 1) {
      throw new IllegalArgumentException("audit entries are numbered from 1, was " + seq);
    }
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(actorRole, "actorRole");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(hash, "hash");
  }

  /** What the entry tells, without its place in the chain. */
  public AuditEvent event() {
    return new AuditEvent(
        recordedAt, actor, actorRole, actorUnit, action, target, beforeState, afterState);
  }
}
