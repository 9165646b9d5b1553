package vn.emulation.jakarta.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.emulation.jakarta.application.procedure.IssuedDocument;
import vn.emulation.jakarta.application.procedure.IssuedDocumentRepository;

/** The issued documents in a list; a second of the same case and name is refused, as V14 does. */
public final class InMemoryIssuedDocuments implements IssuedDocumentRepository {

  private final List<IssuedDocument> documents = new ArrayList<>();

  @Override
  public void add(IssuedDocument d) {
    if (find(d.planCode(), d.caseId(), d.name()).isPresent()) {
      throw new IllegalStateException("issued already: " + d);
    }
    documents.add(d);
  }

  @Override
  public Optional<IssuedDocument> find(String planCode, String caseId, String name) {
    return documents.stream()
        .filter(
            d ->
                d.planCode().equals(planCode) && d.caseId().equals(caseId) && d.name().equals(name))
        .findFirst();
  }

  @Override
  public int count(String planCode, String kind, LocalDate from, LocalDate to) {
    return (int)
        documents.stream()
            .filter(d -> d.planCode().equals(planCode) && d.kind().equals(kind))
            .filter(d -> !d.issuedOn().isBefore(from) && !d.issuedOn().isAfter(to))
            .count();
  }

  public List<IssuedDocument> all() {
    return List.copyOf(documents);
  }
}
