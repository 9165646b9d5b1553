package vn.emulation.jakarta.application.procedure;

import java.util.Optional;

/**
 * The port to the documents issued (V14, ADR 0051) and to their numbers (V17, ADR 0059). The
 * documents are append-only: no update, no delete.
 */
public interface IssuedDocumentRepository {

  /** Keeps an issued document; a second one of the same case and name is refused. */
  void add(IssuedDocument document);

  Optional<IssuedDocument> find(String planCode, String caseId, String name);

  /**
   * Allocates the next number of {@code kind} in the plan's {@code year}: 1 for the year's first,
   * then one more than the last allocated. Allocated in the caller's transaction, whose lock on the
   * year's counter is held until it ends: a concurrent allocator of the same plan, kind and year
   * waits for it and takes the number after, and a transaction rolled back gives its number back —
   * no two documents share a number and none is skipped (ADR 0059).
   */
  int nextNumber(String planCode, String kind, int year);
}
