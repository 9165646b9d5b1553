package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.emulation.jakarta.application.audit.AuditHead;

/**
 * The one row that says where the audit chain ends. Writers lock it (pessimistic write) and advance
 * it with each entry, which serialises the appends; it is never cached, because its lock and its
 * value matter only as the database holds them.
 */
@Entity
@Cacheable(false)
@Table(name = "audit_head")
public class AuditHeadEntity {

  /** The only row's key. */
  static final int ID = 1;

  @Id
  @Column(name = "id")
  int id;

  @Column(name = "last_seq", nullable = false)
  long lastSeq;

  @Column(name = "last_hash", nullable = false)
  String lastHash;

  protected AuditHeadEntity() {}

  AuditHead toHead() {
    return new AuditHead(lastSeq, lastHash);
  }
}
