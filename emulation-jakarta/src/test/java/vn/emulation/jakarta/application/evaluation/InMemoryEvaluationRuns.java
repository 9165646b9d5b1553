package vn.emulation.jakarta.application.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.evaluation.VerdictRecord;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;

/** The repository port in memory, append-only like the database: a run is stored once. */
final class InMemoryEvaluationRuns implements EvaluationRunRepository {

  final Map<String, EvaluationRun> runs = new LinkedHashMap<>();
  final Map<String, List<RunParticipant>> participants = new LinkedHashMap<>();

  @Override
  public void store(EvaluationRun run, List<RunParticipant> judged) {
    if (runs.putIfAbsent(run.id(), run) != null) {
      throw new IllegalStateException("run " + run.id() + " is stored already");
    }
    participants.put(
        run.id(), judged.stream().sorted(Comparator.comparing(RunParticipant::id)).toList());
  }

  @Override
  public Page<EvaluationRun> runs(String planCode, String occasionCode, PageRequest page) {
    List<EvaluationRun> all =
        runs.values().stream()
            .filter(r -> r.planCode().equals(planCode) && r.occasionCode().equals(occasionCode))
            .sorted(Comparator.comparing(EvaluationRun::startedAt).reversed())
            .toList();
    return page(all, page);
  }

  @Override
  public Optional<EvaluationRun> run(String runId) {
    return Optional.ofNullable(runs.get(runId));
  }

  @Override
  public Page<RunParticipant> participants(
      String runId, Collection<String> units, String form, Outcome outcome, PageRequest page) {
    List<RunParticipant> kept =
        of(runId, units).stream()
            .filter(
                p ->
                    form == null && outcome == null
                        || p.verdicts().stream()
                            .anyMatch(
                                v ->
                                    (form == null || v.awardFormCode().equals(form))
                                        && (outcome == null || v.outcome() == outcome)))
            .toList();
    return page(kept, page);
  }

  @Override
  public List<OutcomeCount> counts(String runId, Collection<String> units) {
    Map<String, Map<Outcome, Long>> byForm = new LinkedHashMap<>();
    for (RunParticipant p : of(runId, units)) {
      for (VerdictRecord v : p.verdicts()) {
        byForm
            .computeIfAbsent(v.awardFormCode(), f -> new java.util.EnumMap<>(Outcome.class))
            .merge(v.outcome(), 1L, Long::sum);
      }
    }
    List<OutcomeCount> counts = new ArrayList<>();
    byForm.forEach((f, m) -> m.forEach((o, n) -> counts.add(new OutcomeCount(f, o, n))));
    return counts;
  }

  @Override
  public Optional<RunParticipant> participant(String runId, String participantId) {
    return participants.getOrDefault(runId, List.of()).stream()
        .filter(p -> p.id().equals(participantId))
        .findFirst();
  }

  private List<RunParticipant> of(String runId, Collection<String> units) {
    return participants.getOrDefault(runId, List.of()).stream()
        .filter(p -> units == null || units.contains(p.unitCode()))
        .toList();
  }

  private static <T> Page<T> page(List<T> all, PageRequest r) {
    int from = Math.min(r.offset(), all.size());
    int to = Math.min(from + r.size(), all.size());
    return new Page<>(all.subList(from, to), r.page(), r.size(), all.size());
  }
}
