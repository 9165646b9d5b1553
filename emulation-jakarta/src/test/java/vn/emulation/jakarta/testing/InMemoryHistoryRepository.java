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

  @Override
  public int markRevoked(String planCode, ParticipantHistory revoked) {
    String key = planCode + "/" + revoked.participantId();
    ParticipantHistory h = histories.get(key);
    if (h == null) {
      return 0;
    }
    int[] marked = {0};
    List<vn.emulation.core.history.AwardRecord> awards =
        h.awards().stream()
            .map(
                a ->
                    a.revokedOn() != null
                        ? a
                        : revoked.awards().stream()
                            .filter(
                                r ->
                                    r.revokedOn() != null
                                        && r.form().equals(a.form())
                                        && r.decisionNumber().equals(a.decisionNumber()))
                            .findFirst()
                            .map(
                                r -> {
                                  marked[0]++;
                                  return new vn.emulation.core.history.AwardRecord(
                                      a.form(),
                                      a.type(),
                                      a.decisionNumber(),
                                      a.decidedOn(),
                                      r.revokedOn());
                                })
                            .orElse(a))
            .toList();
    List<vn.emulation.core.history.TitleRecord> titles =
        h.titles().stream()
            .map(
                t ->
                    t.revokedOn() != null || t.decisionNumber() == null
                        ? t
                        : revoked.titles().stream()
                            .filter(
                                r ->
                                    r.revokedOn() != null
                                        && r.year() == t.year()
                                        && r.title().equals(t.title())
                                        && t.decisionNumber().equals(r.decisionNumber()))
                            .findFirst()
                            .map(
                                r -> {
                                  marked[0]++;
                                  return new vn.emulation.core.history.TitleRecord(
                                      t.year(), t.title(), t.decisionNumber(), r.revokedOn());
                                })
                            .orElse(t))
            .toList();
    histories.put(
        key,
        new ParticipantHistory(
            h.participantId(), h.ratings(), titles, h.initiatives(), awards, h.cases()));
    return marked[0];
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
