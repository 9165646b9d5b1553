package vn.emulation.jakarta.application.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.evaluation.Evaluation;
import vn.emulation.core.evaluation.EvidenceAssembly;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.FigureScope;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.jakarta.application.ConflictException;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.measurement.MeasurementRepository;
import vn.emulation.jakarta.application.participant.EvidenceRepository;
import vn.emulation.jakarta.application.participant.ParticipantRepository;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.progress.EvaluationService;
import vn.emulation.jakarta.application.progress.ParticipantFacts;
import vn.emulation.jakarta.application.unit.UnitRepository;
import vn.emulation.jakarta.application.unit.UnitScope;
import vn.emulation.jakarta.application.unit.UnitScopes;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The verdicts of a plan's participants on an occasion, computed now from the stored figures and
 * evidence: one participant with every criterion explained, a page of them as filtered, the counts.
 * It is the one {@link OccasionJudging}: the stored evaluation runs judge through it too, so that a
 * run keeps exactly what this answered. Each call reads the plan version that judges the occasion
 * (in force on the last day of its window; ADR 0022).
 *
 * <p>Read only, one transaction per call, so that the plan, the units, the reports and the evidence
 * are read as one consistent picture. Problems with the path (plan, occasion, participant) are "not
 * found"; problems with the query are invalid input naming each parameter, all at once.
 */
@ApplicationScoped
@Transactional
public class LiveVerdicts implements OccasionJudging {

  @Inject PlanCatalog catalog;
  @Inject UnitRepository units;
  @Inject MeasurementRepository measurements;
  @Inject ParticipantRepository participants;
  @Inject EvidenceRepository evidence;
  @Inject UnitScopes scopes;

  /** Where "today" comes from (in Vietnam): the occasion is looked up in today's version. */
  @Inject Clock clock;

  /** One participant on one occasion, with the verdicts explaining every criterion. */
  public ParticipantEvaluation evaluate(
      String planCode, String occasionCode, String participantId) {
    Plan plan = planFor(planCode, occasionCode);
    Occasion occasion = occasion(plan, occasionCode);
    UnitScope scope = scopes.current();
    Participant participant =
        participants
            .find(planCode, participantId)
            .filter(p -> scope.includes(p.unitCode()))
            .orElseThrow(
                () ->
                    new NotFoundException(
                        AdapterMessages.text(
                            "participant.planNoParticipant", planCode, participantId)));
    OrgUnit unit = units.hierarchy().get(participant.unitCode());
    if (!occasion.judges(unit)) {
      throw new ConflictException(notJudged(occasion, unit));
    }
    ParticipantFacts facts = evidence.facts(planCode, occasionCode, participantId);
    Evaluation evaluation = service(plan, occasion).evaluate(occasionCode, participant, facts);
    return new ParticipantEvaluation(occasion, evaluation);
  }

  /**
   * One page of the participants of an occasion as filtered, and the counts over all of them; the
   * problems of reading the query ({@code unread}) are answered with those of the filter.
   */
  public OccasionVerdicts verdicts(
      String planCode,
      String occasionCode,
      VerdictFilter filter,
      PageRequest request,
      Unread unread) {
    Plan plan = planFor(planCode, occasionCode);
    Occasion occasion = occasion(plan, occasionCode);
    ProblemCollector problems = new ProblemCollector();
    OutcomeFilter keep = OutcomeFilter.of(occasion, filter, problems).orElse(null);
    unread.throwWith(problems, "verdict query", VerdictFilter.FIELDS);
    EvaluationService service = service(plan, occasion);
    // a ward's user sees, and counts, only the participants of their own units
    List<Evaluation> all = evaluateAll(service, occasion, planCode, scopes.current());
    List<Evaluation> kept = all.stream().filter(keep).toList();
    return new OccasionVerdicts(
        occasion, Page.slice(kept, request), service.summarize(occasionCode, all));
  }

  /** The outcome counts per award form over every participant of an occasion. */
  public OccasionSummary summary(String planCode, String occasionCode) {
    Plan plan = planFor(planCode, occasionCode);
    Occasion occasion = occasion(plan, occasionCode);
    EvaluationService service = service(plan, occasion);
    List<Evaluation> all = evaluateAll(service, occasion, planCode, scopes.current());
    return new OccasionSummary(occasion, all.size(), service.summarize(occasionCode, all));
  }

  @Override
  public List<Evaluation> judgeAll(Plan plan, Occasion occasion, UnitScope scope) {
    return evaluateAll(service(plan, occasion), occasion, plan.code(), scope);
  }

  @Override
  public List<Participant> judged(Plan plan, Occasion occasion, UnitScope scope) {
    return judged(plan.code(), occasion, scope);
  }

  /** The participants the occasion judges (their unit exists while it is held) and in scope. */
  private List<Participant> judged(String planCode, Occasion occasion, UnitScope scope) {
    Predicate<String> judgedUnit = judgedUnit(occasion, scope);
    return participants.all(planCode).stream().filter(p -> judgedUnit.test(p.unitCode())).toList();
  }

  /** As many as {@link #judged} answers, from the count of each unit's participants. */
  @Override
  public int count(Plan plan, Occasion occasion, UnitScope scope) {
    Predicate<String> judgedUnit = judgedUnit(occasion, scope);
    return Math.toIntExact(
        participants.countByUnit(plan.code()).entrySet().stream()
            .filter(e -> judgedUnit.test(e.getKey()))
            .mapToLong(Map.Entry::getValue)
            .sum());
  }

  /** Whether a participant of this unit is judged: in scope, and its unit held by the occasion. */
  private Predicate<String> judgedUnit(Occasion occasion, UnitScope scope) {
    OrgHierarchy hierarchy = units.hierarchy();
    return unit ->
        scope.includes(unit) && hierarchy.find(unit).filter(occasion::judges).isPresent();
  }

  @Override
  public Judges judges(Plan plan, Occasion occasion) {
    EvaluationService service = service(plan, occasion);
    Map<String, ParticipantFacts> facts = evidence.facts(plan.code(), occasion.code());
    // the service is immutable and the facts only read: each judge keeps its own units' figures
    return () -> service.judge(occasion.code(), facts)::evaluate;
  }

  private List<Evaluation> evaluateAll(
      EvaluationService service, Occasion occasion, String planCode, UnitScope scope) {
    List<Participant> everyone = judged(planCode, occasion, scope);
    Map<String, ParticipantFacts> facts = evidence.facts(planCode, occasion.code());
    return service.evaluateAll(occasion.code(), everyone, facts);
  }

  private static LocalizedText notJudged(Occasion occasion, OrgUnit unit) {
    String heirs = String.join(", ", unit.successorCodes());
    // the core says why; this only words it
    boolean closed = occasion.absenceOf(unit).orElseThrow() == Occasion.Absence.CLOSED_BEFORE;
    LocalizedText instead = AdapterMessages.text("workspace.notJudged.heirs", heirs);
    return AdapterMessages.text(
        closed ? "workspace.notJudged.closed" : "workspace.notJudged.opened",
        occasion.code(),
        occasion.heldFrom(),
        occasion.heldUntil(),
        unit.code(),
        closed ? unit.closedOn() : unit.openedOn(),
        heirs.isEmpty() ? "" : instead.vi(),
        heirs.isEmpty() ? "" : instead.en());
  }

  /**
   * The plan whose rules judge an occasion: the version in force on the last day of its window. The
   * occasion is looked up first in the version in force today (an unknown code is 404 there).
   */
  @Override
  public Plan planFor(String planCode, String occasionCode) {
    Plan today = catalog.inForceOn(planCode, LocalDate.now(clock));
    Occasion occasion = occasion(today, occasionCode);
    Plan onTheDay = catalog.inForceOn(planCode, occasion.heldUntil());
    return onTheDay.occasion(occasionCode).isPresent() ? onTheDay : today;
  }

  /** The service for one occasion: the reports its verdicts read, not the whole plan's. */
  private EvaluationService service(Plan plan, Occasion occasion) {
    FigureScope scope = new EvidenceAssembly(plan).figuresRead(occasion);
    return new EvaluationService(plan, units.hierarchy(), measurements.within(plan.code(), scope));
  }

  @Override
  public Occasion occasion(Plan plan, String code) {
    return plan.occasion(code)
        .orElseThrow(
            () ->
                new NotFoundException(
                    AdapterMessages.text("workspace.planNoOccasion", plan.code(), code)));
  }
}
