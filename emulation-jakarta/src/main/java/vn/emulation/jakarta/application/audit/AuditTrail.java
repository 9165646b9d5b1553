package vn.emulation.jakarta.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;

/**
 * Writes the audit log: every use case that changes something records one entry — who, in which
 * role and unit, when, what it did to what, the state before and after — in its own transaction, so
 * that the entry is stored with the change or not at all. Entries are only ever appended.
 *
 * <p>Writers lock the chain's head row until they commit, so that concurrent writes take the
 * numbers 1, 2, 3… one after another, each linked to the hash of the one before ({@link
 * AuditChain}). A use case records last, after its own writes, to hold that lock briefly.
 */
@ApplicationScoped
public class AuditTrail {

  private AuditRepository store;
  private Callers callers;
  private Clock clock;

  /** Told of each write, so that this server's published reads see it at once; null in tests. */
  private RecentHead recent;

  /** For the container's proxy. */
  protected AuditTrail() {}

  /** The container's trail: also ends the head's window when a write completes (ADR 0053). */
  @Inject
  public AuditTrail(AuditRepository store, Callers callers, Clock clock, RecentHead recent) {
    this(store, callers, clock);
    this.recent = recent;
  }

  /** A trail on a given store, caller and clock: a test's. */
  public AuditTrail(AuditRepository store, Callers callers, Clock clock) {
    this.store = store;
    this.callers = callers;
    this.clock = clock;
  }

  /**
   * Records a write of the current caller, who must hold a role that writes: a write reached by
   * nobody known (or by a reader) is refused here at the latest, and its transaction rolls back.
   * The system records through {@link Callers#runAsSystem}, never by naming itself.
   *
   * @param action what was done, {@code aggregate.verb} ({@code unit.close})
   * @param target what it was done to, as a path ({@code units/W01})
   * @param before the target's state before (a view, written as JSON), null when it was new
   * @param after the target's state after, null when it is gone
   * @return the entry as stored
   * @throws AccessDeniedException when the current caller may not write
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEntry record(String action, String target, Object before, Object after) {
    Caller caller = callers.writer();
    // milliseconds: every database keeps them exactly, so the hash survives the round trip
    AuditEvent event =
        new AuditEvent(
            clock.instant().truncatedTo(ChronoUnit.MILLIS),
            caller.user(),
            caller.mainRole(),
            caller.unitCode(),
            action,
            target,
            AuditStates.json(before),
            AuditStates.json(after));
    AuditEntry entry = AuditChain.append(store.lockHead(), event);
    store.append(entry);
    if (recent != null) {
      recent.moving();
    }
    return entry;
  }
}
