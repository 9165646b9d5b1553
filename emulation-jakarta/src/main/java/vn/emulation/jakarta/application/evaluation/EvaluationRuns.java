package vn.emulation.jakarta.application.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.evaluation.Evaluator;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.application.ConflictException;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.evaluation.EvaluationCommands.StartRun;
import vn.emulation.jakarta.application.evaluation.EvaluationRunRepository.OutcomeCount;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.progress.AwardFormSummary;
import vn.emulation.jakarta.application.unit.UnitScope;
import vn.emulation.jakarta.application.unit.UnitScopes;
import vn.emulation.jakarta.application.workspace.OccasionJudging;
import vn.emulation.jakarta.application.workspace.OutcomeFilter;
import vn.emulation.jakarta.application.workspace.VerdictFilter;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Evaluation runs: an occasion's verdicts computed once, through the very computation of the live
 * verdicts ({@link OccasionJudging}), and stored with who asked and when, so that a nomination, an
 * appraisal and the council refer to the verdict they saw, never to one recomputed later on changed
 * data. Reads answer the stored run as it was, scoped to the caller's units exactly as the live
 * verdict reads are: a ward's user sees, and counts, only its own participants; another unit's
 * participant answers as an unknown one.
 *
 * <p>Starting a run is for the administrator and the Home Affairs office (officer): the run is
 * opened (RUNNING) with its audit entry, then judged by the evaluation job ({@link EvaluationJobs},
 * {@link EvaluationRunJob}), partition by unit and chunk by chunk, and is COMPLETE when every
 * partition is done (ADR 0033). Until then a read of the run answers its status and progress, and a
 * read of its verdicts answers a conflict: partial verdicts are never served as if final. A run
 * that stopped or failed, or whose server died under it, is restarted from its last checkpoint.
 */
@ApplicationScoped
@Transactional
public class EvaluationRuns {

  /** The size of a page of runs or verdicts when the client names none. */
  public static final int DEFAULT_PAGE_SIZE = 20;

  @Inject OccasionJudging judging;
  @Inject PlanCatalog catalog;
  @Inject EvaluationRunRepository runs;
  @Inject UnitScopes scopes;
  @Inject Callers callers;
  @Inject RunLedger ledger;
  @Inject EvaluationJobs jobs;

  /** Today and now, in Vietnam: the default day of a run, and when it was started. */
  @Inject Clock clock;

  /** What the audit log keeps of a complete run: the run and its counts, not every verdict. */
  public record RunSummary(EvaluationRun run, List<AwardFormSummary> forms) {}

  /**
   * Opens a run of every participant the occasion judges and starts the job that judges them; the
   * run answered is RUNNING, nothing judged yet. Outside a transaction: the run is committed before
   * its job starts, on other threads.
   *
   * @throws AccessDeniedException unless the caller is an administrator or a Home Affairs officer
   * @throws NotFoundException for an unknown plan or occasion
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public EvaluationRun start(String planCode, String occasionCode, StartRun command) {
    Caller caller = homeAffairs();
    // the day (in Vietnam, by the one clock) whose stored figures and evidence the run reads
    LocalDate asOf = LocalDate.now(clock);
    Plan plan = judging.planFor(planCode, occasionCode);
    Occasion occasion = judging.occasion(plan, occasionCode);
    // a run judges the whole city: only city-wide roles start one
    int total = judging.count(plan, occasion, UnitScope.all());
    EvaluationRun run =
        new EvaluationRun(
            UUID.randomUUID().toString(),
            planCode,
            plan.identity().version(),
            occasionCode,
            asOf,
            caller.user(),
            clock.instant().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC),
            total,
            EvaluationRun.Status.RUNNING,
            0,
            0);
    ledger.open(run);
    long execution;
    try {
      execution = jobs.start(run.id());
    } catch (RuntimeException refused) {
      ledger.refused(run, EvaluationRun.Status.FAILED);
      throw refused;
    }
    ledger.started(run, execution);
    return run.withExecution(execution);
  }

  /**
   * Restarts the job of a run that is not complete, from its last checkpoint: what it stored stays,
   * the rest is judged. The restart, and from what state, goes to the audit log.
   *
   * @throws AccessDeniedException unless the caller is an administrator or a Home Affairs officer
   * @throws NotFoundException for an unknown plan, occasion or run
   * @throws ConflictException when the run is complete, or its job is running
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public EvaluationRun restart(String planCode, String occasionCode, String runId) {
    homeAffairs();
    EvaluationRun before = stored(planCode, occasionCode, runId);
    if (!before.status().restartable()) {
      throw new ConflictException(AdapterMessages.text("evaluation.runAlreadyComplete", runId));
    }
    if (before.jobExecution() == 0) {
      throw new ConflictException(AdapterMessages.text("evaluation.runNotRestartable", runId));
    }
    ledger.restarting(before);
    long execution;
    try {
      execution = jobs.restart(runId, before.jobExecution());
    } catch (RuntimeException refused) {
      ledger.refused(before, before.status());
      throw refused;
    }
    return ledger.restarted(before, execution);
  }

  private Caller homeAffairs() {
    Caller caller = callers.writer();
    if (!caller.has(Role.ADMIN) && !caller.has(Role.OFFICER)) {
      throw new AccessDeniedException(
          AdapterMessages.text("evaluation.onlyAdministratorHomeAffairs"));
    }
    return caller;
  }

  /** An occasion's runs, newest first. */
  public Page<EvaluationRun> runs(
      String planCode, String occasionCode, PageRequest request, Unread unread) {
    Plan plan = judging.planFor(planCode, occasionCode);
    judging.occasion(plan, occasionCode);
    unread.throwWith(new ProblemCollector(), "evaluation run list", List.of("page", "size"));
    return runs.runs(planCode, occasionCode, request).map(this::seen);
  }

  /**
   * A run as the caller may see it: a city-wide caller sees how many were judged; anyone else sees
   * how many of those they reach, as every list and count of theirs does (ADR 0009).
   */
  private EvaluationRun seen(EvaluationRun run) {
    UnitScope scope = scopes.current();
    if (scope.unlimited()) {
      return run;
    }
    int reached =
        (int)
            runs.participants(run.id(), scope.filter(null), null, null, new PageRequest(0, 1))
                .total();
    return run.countingOnly(reached, reached);
  }

  /** One run of an occasion. */
  public EvaluationRun run(String planCode, String occasionCode, String runId) {
    return stored(planCode, occasionCode, runId);
  }

  private EvaluationRun stored(String planCode, String occasionCode, String runId) {
    return runs.run(runId)
        .map(this::seen)
        .filter(r -> r.planCode().equals(planCode) && r.occasionCode().equals(occasionCode))
        .orElseThrow(
            () ->
                new NotFoundException(
                    AdapterMessages.text(
                        "evaluation.occasionPlanNoEvaluation", occasionCode, planCode, runId)));
  }

  /** One page of a run's participants as filtered, and the counts over all of them. */
  public RunVerdicts verdicts(
      String planCode,
      String occasionCode,
      String runId,
      VerdictFilter filter,
      PageRequest request,
      Unread unread) {
    EvaluationRun run = complete(run(planCode, occasionCode, runId));
    Plan plan = catalog.version(planCode, run.planVersion());
    Occasion occasion = judging.occasion(plan, occasionCode);
    ProblemCollector problems = new ProblemCollector();
    OutcomeFilter keep = OutcomeFilter.of(occasion, filter, problems).orElse(null);
    unread.throwWith(problems, "verdict query", VerdictFilter.FIELDS);
    var units = scopes.current().filter(null);
    Evaluator explaining = evaluator(plan);
    Page<RunParticipant> kept =
        runs.participants(
                runId, units, keep.awardForm().orElse(null), keep.outcome().orElse(null), request)
            .map(p -> p.explained(explaining, occasionCode));
    return new RunVerdicts(run, occasion, kept, summary(plan, occasion, runs.counts(runId, units)));
  }

  /** One participant's stored verdicts, with every explanation as it was. */
  public RunVerdict verdict(
      String planCode, String occasionCode, String runId, String participantId) {
    EvaluationRun run = complete(run(planCode, occasionCode, runId));
    Plan plan = catalog.version(planCode, run.planVersion());
    Occasion occasion = judging.occasion(plan, occasionCode);
    UnitScope scope = scopes.current();
    RunParticipant p =
        runs.participant(runId, participantId)
            .filter(x -> scope.includes(x.unitCode()))
            .map(x -> x.explained(evaluator(plan), occasionCode))
            .orElseThrow(
                () ->
                    new NotFoundException(
                        AdapterMessages.text(
                            "evaluation.evaluationRunNoParticipant", runId, participantId)));
    return new RunVerdict(run, occasion, p);
  }

  /**
   * The evaluator of a run's plan version, which writes its verdicts' explanations again from their
   * kept facts; one per version (versions never change), made on first use.
   */
  private Evaluator evaluator(Plan plan) {
    String key = plan.code() + "@" + plan.identity().version();
    Evaluator known = evaluators.get(key);
    if (known == null || known.plan() != plan) {
      known = Evaluator.of(plan);
      evaluators.put(key, known);
    }
    return known;
  }

  private final Map<String, Evaluator> evaluators = new ConcurrentHashMap<>();

  static String target(EvaluationRun run) {
    return AuditTargets.evaluationRun(run.planCode(), run.occasionCode(), run.id());
  }

  /**
   * The run, if its verdicts are final: the verdicts of a run still judged (or stopped, or failed)
   * are partial, and are not served as if they were the run's.
   */
  private static EvaluationRun complete(EvaluationRun run) {
    if (!run.complete()) {
      throw new ConflictException(
          AdapterMessages.text(
              "evaluation.runNotComplete",
              run.id(),
              run.status().name(),
              run.judged(),
              run.participantCount()));
    }
    return run;
  }

  /** Counts per award form of the occasion, in its order, named as the run's plan names them. */
  static List<AwardFormSummary> summary(Plan plan, Occasion occasion, List<OutcomeCount> counts) {
    List<AwardFormSummary> forms = new ArrayList<>();
    for (String code : occasion.awardFormCodes()) {
      long[] n = new long[Outcome.values().length];
      counts.stream()
          .filter(c -> c.awardFormCode().equals(code))
          .forEach(c -> n[c.outcome().ordinal()] += c.count());
      forms.add(
          new AwardFormSummary(
              code,
              plan.awardForm(code).orElseThrow().name(),
              Math.toIntExact(n[Outcome.ELIGIBLE.ordinal()]),
              Math.toIntExact(n[Outcome.NOT_ELIGIBLE.ordinal()]),
              Math.toIntExact(n[Outcome.INCOMPLETE.ordinal()])));
    }
    return forms;
  }
}
