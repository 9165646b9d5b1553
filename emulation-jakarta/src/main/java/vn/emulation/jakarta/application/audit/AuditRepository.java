package vn.emulation.jakarta.application.audit;

import java.util.List;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;

/**
 * The port to the audit log's entries and its head. Append-only: it inserts entries and advances
 * the head; it has no operation that updates or deletes an entry, and none may be added.
 */
public interface AuditRepository {

  /**
   * The head, locked until the transaction ends: a concurrent writer waits until this one commits
   * or rolls back, then sees its entry.
   */
  AuditHead lockHead();

  /**
   * Appends an entry after the locked head, and advances the head to it.
   *
   * @throws IllegalStateException unless the entry follows the head
   */
  void append(AuditEntry entry);

  /** The head as committed now, without locking it. */
  AuditHead head();

  /**
   * Up to {@code max} entries numbered after {@code afterSeq} and up to {@code upToSeq}, in order.
   */
  List<AuditEntry> chain(long afterSeq, long upToSeq, int max);

  /** A page of entries, newest first, filtered. */
  Page<AuditEntry> page(AuditQuery.Filter f, PageRequest req);
}
