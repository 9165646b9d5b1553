package vn.emulation.jakarta.testing;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.emulation.core.participant.Participant;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.participant.ParticipantRepository;

/** Participants in a map by id (identifiers are global, as in the table), with their plan. */
public final class InMemoryParticipantRepository implements ParticipantRepository {

  private record Row(String planCode, Participant participant) {}

  private final Map<String, Row> rows = new TreeMap<>();

  @Override
  public boolean exists(String id) {
    return rows.containsKey(id);
  }

  @Override
  public void add(String planCode, Participant p) {
    if (rows.putIfAbsent(p.id(), new Row(planCode, p)) != null) {
      throw new IllegalStateException("participant stored twice: " + p.id());
    }
  }

  @Override
  public Optional<Participant> find(String planCode, String id) {
    return Optional.ofNullable(rows.get(id))
        .filter(r -> r.planCode().equals(planCode))
        .map(Row::participant);
  }

  @Override
  public Page<Participant> page(
      String planCode, String category, Collection<String> units, PageRequest req) {
    return Pages.of(
        all(planCode).stream()
            .filter(p -> category == null || p.categoryCode().equals(category))
            .filter(p -> units == null || units.contains(p.unitCode()))
            .sorted(Comparator.comparing(Participant::name).thenComparing(Participant::id))
            .toList(),
        req);
  }

  @Override
  public List<Participant> all(String planCode) {
    return rows.values().stream()
        .filter(r -> r.planCode().equals(planCode))
        .map(Row::participant)
        .toList();
  }

  @Override
  public Map<String, Long> countByUnit(String planCode) {
    return all(planCode).stream()
        .collect(Collectors.groupingBy(Participant::unitCode, TreeMap::new, Collectors.counting()));
  }
}
