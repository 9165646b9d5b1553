package vn.emulation.jakarta.application.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;

/**
 * The repository port in memory, like the database: a run is opened once, a participant stored once
 * per run (again: nothing stored), the run's row moves on.
 */
public final class InMemoryEvaluationRuns implements EvaluationRunRepository {

  final Map<String, EvaluationRun> runs = new LinkedHashMap<>();
  final Map<String, List<JudgedParticipant>> participants = new LinkedHashMap<>();

  @Override
  public void open(EvaluationRun run) {
    if (runs.putIfAbsent(run.id(), run) != null) {
      throw new IllegalStateException("run " + run.id() + " is stored already");
    }
    participants.put(run.id(), List.of());
  }

  @Override
  public int storeJudged(String runId, List<JudgedParticipant> judged) {
    List<JudgedParticipant> held = new ArrayList<>(participants.get(runId));
    int fresh = 0;
    for (JudgedParticipant p : judged) {
      if (held.stream().noneMatch(h -> h.id().equals(p.id()))) {
        held.add(p);
        fresh++;
      }
    }
    held.sort(Comparator.comparing(JudgedParticipant::id));
    participants.put(runId, List.copyOf(held));
    return fresh;
  }

  @Override
  public void mark(String runId, EvaluationRun.Status status, Integer participantCount) {
    EvaluationRun r = runs.get(runId);
    runs.put(
        runId,
        new EvaluationRun(
            r.id(),
            r.planCode(),
            r.planVersion(),
            r.occasionCode(),
            r.asOf(),
            r.startedBy(),
            r.startedAt(),
            participantCount == null ? r.participantCount() : participantCount,
            status,
            0,
            r.jobExecution()));
  }

  @Override
  public void attach(String runId, long jobExecution) {
    runs.put(runId, runs.get(runId).withExecution(jobExecution));
  }

  @Override
  public Page<EvaluationRun> runs(String planCode, String occasionCode, PageRequest page) {
    List<EvaluationRun> all =
        runs.values().stream()
            .filter(r -> r.planCode().equals(planCode) && r.occasionCode().equals(occasionCode))
            .sorted(Comparator.comparing(EvaluationRun::startedAt).reversed())
            .toList();
    return page(all.stream().map(this::withProgress).toList(), page);
  }

  @Override
  public Optional<EvaluationRun> run(String runId) {
    return Optional.ofNullable(runs.get(runId)).map(this::withProgress);
  }

  private EvaluationRun withProgress(EvaluationRun r) {
    return r.withJudged(participants.get(r.id()).size());
  }

  @Override
  public Page<JudgedParticipant> participants(
      String runId, Collection<String> units, String form, Outcome outcome, PageRequest page) {
    List<JudgedParticipant> kept =
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
    for (JudgedParticipant p : of(runId, units)) {
      for (KeptVerdict v : p.verdicts()) {
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
  public Optional<JudgedParticipant> participant(String runId, String participantId) {
    return participants.getOrDefault(runId, List.of()).stream()
        .filter(p -> p.id().equals(participantId))
        .findFirst();
  }

  private List<JudgedParticipant> of(String runId, Collection<String> units) {
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
