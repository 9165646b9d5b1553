package vn.emulation.jakarta.application.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.events.ApplicationEvents;
import vn.emulation.jakarta.application.events.VerdictStored;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.unit.UnitScope;
import vn.emulation.jakarta.application.workspace.OccasionJudging;
import vn.emulation.jakarta.application.workspace.OccasionJudging.Judges;
import vn.emulation.jakarta.application.workspace.OccasionJudging.ParticipantJudge;

/**
 * What the evaluation job does, step by step, whatever runs it (the Jakarta Batch job {@code
 * occasion-evaluation} in the server, a synchronous stand-in in the tests): list the units of the
 * participants the run judges (one partition each), give a unit's participants by id from where its
 * last checkpoint left off, judge each through {@link OccasionJudging} (the computation of the live
 * verdicts: no rule is stated here), store a chunk of judged participants so that a chunk judged
 * again stores nothing twice, and end the run: COMPLETE when every partition is done, else FAILED
 * or STOPPED.
 *
 * <p>The job runs on the batch container's threads, outside any request: it reaches every unit (a
 * run judges the whole city) and writes its one audit entry, the run's counts, as the system,
 * through the explicit run-as of {@link Callers#runAsSystem}.
 *
 * <p>The partitions of one execution share one reading of the run's participants, figures and
 * evidence, made by the first partition to open and dropped when the execution begins or ends: a
 * province's hundred units would otherwise each read the plan's million reports and half a million
 * participants again. A restart is a new execution, and reads again.
 */
@ApplicationScoped
@Transactional
public class EvaluationRunJob {

  @Inject EvaluationRunRepository runs;
  @Inject OccasionJudging judging;
  @Inject PlanCatalog catalog;
  @Inject AuditTrail audit;
  @Inject Callers callers;
  @Inject ApplicationEvents events;

  /** The reading of each run whose execution is judging here, by run id. */
  private final ConcurrentMap<String, Reading> readings = new ConcurrentHashMap<>();

  /** What the partitions of one execution of a run judge from. */
  private record Reading(Map<String, List<Participant>> byUnit, Judges judges) {}

  /**
   * One unit's part of a run: its participants still to judge, by id, and the judge.
   *
   * @param participants the unit's participants the occasion judges after the checkpoint, by id
   * @param judge judges one of them on the data stored when the part was opened
   */
  public record UnitPart(List<Participant> participants, ParticipantJudge judge) {
    public UnitPart {
      participants = List.copyOf(participants);
    }

    /** The participant judged as the run keeps it: outcomes and facts, no explanation's words. */
    public JudgedParticipant judged(Participant p) {
      return JudgedParticipant.of(judge.evaluate(p));
    }
  }

  /**
   * The units of the participants the run judges, sorted: the job's partitions. They come from the
   * execution's one reading, which the partitions then judge from: the mapper reading the
   * participants on its own cost a province's run a whole second reading (seconds of the job).
   */
  public List<String> units(String runId) {
    return readings.computeIfAbsent(runId, this::read).byUnit().keySet().stream().sorted().toList();
  }

  /**
   * A unit's participants after {@code checkpoint} (the id of the last one judged and committed;
   * null from the start), with a judge of the run's occasion and plan version.
   */
  public UnitPart part(String runId, String unitCode, String checkpoint) {
    Reading reading = readings.computeIfAbsent(runId, this::read);
    List<Participant> left =
        reading.byUnit().getOrDefault(unitCode, List.of()).stream()
            .filter(p -> checkpoint == null || p.id().compareTo(checkpoint) > 0)
            .toList();
    return new UnitPart(left, reading.judges().judge());
  }

  /** The run's participants by unit (each unit's by id) and the judges, read once. */
  private Reading read(String runId) {
    EvaluationRun run = run(runId);
    Plan plan = plan(run);
    Occasion occasion = judging.occasion(plan, run.occasionCode());
    Map<String, List<Participant>> byUnit =
        judging.judged(plan, occasion, UnitScope.all()).stream()
            .collect(Collectors.groupingBy(Participant::unitCode, Collectors.toList()));
    return new Reading(byUnit, judging.judges(plan, occasion));
  }

  /**
   * Stores a chunk of judged participants, in the chunk's transaction; those stored already (by a
   * chunk whose checkpoint was lost with its server) are kept as they are.
   *
   * @return how many were new
   */
  public int store(String runId, List<JudgedParticipant> chunk) {
    return runs.storeJudged(runId, chunk);
  }

  /** Marks the run RUNNING as its job (re)starts. */
  public void began(String runId) {
    readings.remove(runId);
    runs.mark(runId, EvaluationRun.Status.RUNNING, null);
  }

  /**
   * Every partition is done: the run is COMPLETE with the count it holds, its counts go to the
   * audit log (as the system), and the stored verdicts are announced.
   */
  public EvaluationRun complete(String runId) {
    readings.remove(runId);
    // what the run holds now, in this (the step's) transaction, COMPLETE with that count
    EvaluationRun done = run(runId).completed();
    runs.mark(runId, EvaluationRun.Status.COMPLETE, done.participantCount());
    Plan plan = plan(done);
    Occasion occasion = judging.occasion(plan, done.occasionCode());
    var summary =
        new EvaluationRuns.RunSummary(
            done, EvaluationRuns.summary(plan, occasion, runs.counts(runId, null)));
    callers.runAsSystem(
        "evaluation run " + runId + " complete",
        () -> audit.record("evaluation.complete", EvaluationRuns.target(done), null, summary));
    events.verdictStored(
        new VerdictStored(
            done.planCode(), done.planVersion(), done.occasionCode(), runId, done.judged()));
    return done;
  }

  /** The job ended otherwise than complete: the run keeps what it stored, and says so. */
  public void ended(String runId, EvaluationRun.Status status) {
    if (status == EvaluationRun.Status.COMPLETE || status == EvaluationRun.Status.RUNNING) {
      throw new IllegalArgumentException("a job ends a run FAILED or STOPPED, not " + status);
    }
    readings.remove(runId);
    if (!run(runId).complete()) {
      runs.mark(runId, status, null);
    }
  }

  private EvaluationRun run(String runId) {
    return runs.run(runId)
        .orElseThrow(() -> new IllegalStateException("no evaluation run " + runId + " to judge"));
  }

  private Plan plan(EvaluationRun run) {
    return catalog.version(run.planCode(), run.planVersion());
  }
}
