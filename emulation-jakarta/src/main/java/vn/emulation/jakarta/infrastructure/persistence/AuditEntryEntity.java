package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.emulation.jakarta.application.audit.AuditEntry;

/**
 * An entry of the append-only audit log. Every column is insert-only ({@code updatable = false}):
 * the application writes an entry once and never changes or deletes it. Not cached, so that a
 * verification reads what the database holds now, tampering included, not what was written.
 */
@Entity
@Cacheable(false)
@Table(name = "audit_entry")
public class AuditEntryEntity {

  @Id
  @Column(name = "seq", updatable = false)
  long seq;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  OffsetDateTime recordedAt;

  @Column(name = "actor", nullable = false, updatable = false)
  String actor;

  @Column(name = "actor_role", nullable = false, updatable = false)
  String actorRole;

  @Column(name = "actor_unit", updatable = false)
  String actorUnit;

  @Column(name = "action", nullable = false, updatable = false)
  String action;

  @Column(name = "target", nullable = false, updatable = false)
  String target;

  @Column(name = "before_state", updatable = false)
  String beforeState;

  @Column(name = "after_state", updatable = false)
  String afterState;

  @Column(name = "previous_hash", nullable = false, updatable = false)
  String previousHash;

  @Column(name = "hash", nullable = false, updatable = false)
  String hash;

  protected AuditEntryEntity() {}

  static AuditEntryEntity of(AuditEntry e) {
    AuditEntryEntity x = new AuditEntryEntity();
    x.seq = e.seq();
    x.recordedAt = e.recordedAt().atOffset(ZoneOffset.UTC);
    x.actor = e.actor();
    x.actorRole = e.actorRole();
    x.actorUnit = e.actorUnit();
    x.action = e.action();
    x.target = e.target();
    x.beforeState = e.beforeState();
    x.afterState = e.afterState();
    x.previousHash = e.previousHash();
    x.hash = e.hash();
    return x;
  }

  /** The entry exactly as stored, whether or not it still matches its hash. */
  AuditEntry toEntry() {
    return new AuditEntry(
        seq,
        recordedAt.toInstant(),
        actor,
        actorRole,
        actorUnit,
        action,
        target,
        beforeState,
        afterState,
        previousHash,
        hash);
  }
}
