package vn.emulation.jakarta.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.emulation.core.history.ParticipantHistory;
import vn.emulation.jakarta.application.participant.history.HistoryImport;
import vn.emulation.jakarta.application.participant.history.HistoryRepository;

/** The history imports and the records they appended, in the order they were stored. */
public final class InMemoryHistoryRepository implements HistoryRepository {

  private final List<HistoryImport> imports = new ArrayList<>();
  private final Map<String, ParticipantHistory> histories = new LinkedHashMap<>();

  @Override
  public Optional<HistoryImport> importBySha256(String planCode, String sha256) {
    return imports.stream()
        .filter(i -> i.planCode().equals(planCode) && i.sha256().equals(sha256))
        .findFirst();
  }

  @Override
  public Optional<HistoryImport> findImport(String planCode, String id) {
    return imports.stream()
        .filter(i -> i.planCode().equals(planCode) && i.id().equals(id))
        .findFirst();
  }

  @Override
  public void store(HistoryImport history, List<ParticipantHistory> records) {
    if (importBySha256(history.planCode(), history.sha256()).isPresent()) {
      throw new StoredMeanwhile(history, null);
    }
    imports.add(history);
    for (ParticipantHistory added : records) {
      String key = history.planCode() + "/" + added.participantId();
      ParticipantHistory before =
          histories.getOrDefault(key, ParticipantHistory.empty(added.participantId()));
      histories.put(key, appended(before, added));
    }
  }

  @Override
  public List<ParticipantHistory> histories(String planCode, Collection<String> participantIds) {
    return participantIds.stream()
        .map(id -> histories.get(planCode + "/" + id))
        .filter(h -> h != null)
        .toList();
  }

  /** Every import stored, oldest first. */
  public List<HistoryImport> imports() {
    return List.copyOf(imports);
  }

  private static ParticipantHistory appended(ParticipantHistory a, ParticipantHistory b) {
    return new ParticipantHistory(
        a.participantId(),
        concat(a.ratings(), b.ratings()),
        concat(a.titles(), b.titles()),
        concat(a.initiatives(), b.initiatives()),
        concat(a.awards(), b.awards()),
        a.cases());
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
