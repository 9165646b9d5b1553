package vn.emulation.jakarta.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.emulation.jakarta.application.procedure.IssuedDocument;
import vn.emulation.jakarta.application.procedure.IssuedDocumentRepository;

/**
 * The issued documents in a list; a second of the same case and name is refused, as V14 does. The
 * numbers are counters by plan, kind and year, as V17's, for one caller at a time.
 */
public final class InMemoryIssuedDocuments implements IssuedDocumentRepository {

  private final List<IssuedDocument> documents = new ArrayList<>();
  private final Map<String, Integer> numbers = new HashMap<>();

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
  public int nextNumber(String planCode, String kind, int year) {
    return numbers.merge(planCode + "|" + kind + "|" + year, 1, Integer::sum);
  }

  public List<IssuedDocument> all() {
    return List.copyOf(documents);
  }
}
