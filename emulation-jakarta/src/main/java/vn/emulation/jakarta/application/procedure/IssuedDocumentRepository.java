package vn.emulation.jakarta.application.procedure;

import java.time.LocalDate;
import java.util.Optional;

/** The port to the documents issued (V14, ADR 0051). Append-only: no update, no delete. */
public interface IssuedDocumentRepository {

  /** Keeps an issued document; a second one of the same case and name is refused. */
  void add(IssuedDocument document);

  Optional<IssuedDocument> find(String planCode, String caseId, String name);

  /** How many of {@code kind} the plan issued dated from {@code from} to {@code to}, inclusive. */
  int count(String planCode, String kind, LocalDate from, LocalDate to);
}
