package vn.emulation.jakarta.application.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One write as the audit log tells it, before it takes its place in the chain: who made it (the
 * user, the role that allowed it, the user's unit), when, what it did to what, and the state of the
 * target before and after as JSON text. Immutable and thread-safe.
 *
 * @param recordedAt when the write was made
 * @param actor the user, {@code system} for the system's own jobs
 * @param actorRole the role the user acted in (their strongest), possibly empty
 * @param actorUnit the user's unit, or null for city-wide staff and the system
 * @param action what was done, {@code aggregate.verb}: {@code unit.close}, {@code plan.import}
 * @param target what it was done to, as a path: {@code units/W01}, {@code plans/P/participants/7}
 * @param beforeState the target's state before, as JSON; null when it did not exist
 * @param afterState the target's state after, as JSON; null when it no longer exists
 */
public record AuditEvent(
    Instant recordedAt,
    String actor,
    String actorRole,
    String actorUnit,
    String action,
    String target,
    String beforeState,
    String afterState) {

  public AuditEvent {
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(actorRole, "actorRole");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(target, "target");
    if (action.isBlank() || target.isBlank()) {
      throw new IllegalArgumentException(
          "an audit event names its action and target, was \""
              + action
              + "\" on \""
              + target
              + "\"");
    }
  }
}
