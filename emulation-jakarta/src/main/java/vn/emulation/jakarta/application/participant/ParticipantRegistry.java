package vn.emulation.jakarta.application.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.participant.ParticipantCategory;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.participant.ParticipantCommands.EvidenceUpdate;
import vn.emulation.jakarta.application.participant.ParticipantCommands.NewParticipant;
import vn.emulation.jakarta.application.participant.ParticipantCommands.ParticipantQuery;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.progress.ParticipantFacts;
import vn.emulation.jakarta.application.unit.UnitRepository;
import vn.emulation.jakarta.application.unit.UnitScope;
import vn.emulation.jakarta.application.unit.UnitScopes;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Who takes part in a plan's movement (đối tượng thi đua), in the categories the plan names, and
 * the evidence each keeps for an occasion: answers to declaration criteria, counted achievements,
 * amounts contributed, the registration of its own plan. Writes are checked against the plan as a
 * whole (every problem at once) and stored in one transaction, or not at all.
 */
@ApplicationScoped
public class ParticipantRegistry {

  /** The size of a page of participants when the client names none. */
  public static final int DEFAULT_PAGE_SIZE = 20;

  /** The size of a page of categories when the client names none. */
  public static final int CATEGORY_PAGE_SIZE = 50;

  @Inject PlanCatalog plans;
  @Inject ParticipantRepository participants;
  @Inject UnitRepository units;
  @Inject EvidenceRepository evidence;
  @Inject UnitScopes scopes;
  @Inject AuditTrail audit;
  @Inject Callers callers;

  /** A plan's participants by name, optionally of one category and/or unit. */
  public Page<Participant> list(String planCode, ParticipantQuery q) {
    return list(planCode, q, Unread.none());
  }

  /**
   * A plan's participants by name, optionally of one category and/or unit; the problems of reading
   * the query ({@code unread}) are answered with those of the category and unit named.
   */
  public Page<Participant> list(String planCode, ParticipantQuery q, Unread unread) {
    Plan plan = plans.inForceToday(planCode);
    ProblemCollector problems = new ProblemCollector();
    String category = q.category();
    String unit = q.unit();
    PageRequest page = q.page();
    if (category != null && plan.category(category).isEmpty()) {
      problems.add(
          "category",
          AdapterMessages.text("participant.planNoParticipantCategory", planCode, category));
    }
    UnitScope scope = scopes.current();
    if (unit != null && (units.find(unit).isEmpty() || !scope.includes(unit))) {
      problems.add("unit", AdapterMessages.text("participant.noUnitCode", unit));
    }
    unread.throwWith(problems, "participant list", ParticipantQuery.FIELDS);
    return participants.page(planCode, category, scope.filter(unit), page);
  }

  public Participant get(String planCode, String id) {
    plans.inForceToday(planCode);
    return participant(planCode, id);
  }

  /** Registers a participant; answers with it, its identifier generated when none was given. */
  @Transactional
  public Participant create(String planCode, NewParticipant p) {
    callers.writer();
    Plan plan = plans.acceptingChangesToday(planCode);
    Participant participant =
        ParticipantRules.check(
            plan, units.hierarchy(), p, participants::exists, () -> UUID.randomUUID().toString());
    if (!scopes.current().includes(participant.unitCode())) {
      throw AccessDeniedException.outsideScope(participant.unitCode());
    }
    participants.add(planCode, participant);
    audit.record(
        "participant.create",
        AuditTargets.participant(planCode, participant.id()),
        null,
        ParticipantState.of(participant));
    return participant;
  }

  /** The participant categories the plan names, in its order. */
  public Page<ParticipantCategory> categories(String planCode, PageRequest request, Unread unread) {
    Plan plan = plans.inForceToday(planCode);
    unread.throwWith(new ProblemCollector(), "category list", List.of("page", "size"));
    return Page.slice(plan.categories(), request);
  }

  /** What is stored of a participant for an occasion of its plan. */
  public StoredEvidence evidence(String planCode, String id, String occasionCode) {
    return taggedEvidence(planCode, id, occasionCode).value();
  }

  /**
   * What is stored of a participant for an occasion, with its version (read first, so that a change
   * in between makes the client's next edit refused rather than overwrite it).
   */
  public Tagged<StoredEvidence> taggedEvidence(String planCode, String id, String occasionCode) {
    Plan plan = plans.inForceToday(planCode);
    Participant p = participant(planCode, id);
    occasion(plan, occasionCode);
    String tag = evidence.version(planCode, occasionCode, p.id());
    return new Tagged<>(
        new StoredEvidence(p.id(), occasionCode, evidence.facts(planCode, occasionCode, p.id())),
        tag);
  }

  /** Stores the facts given, each replacing the stored one of the same key; answers with all. */
  @Transactional
  public StoredEvidence putEvidence(
      String planCode, String id, String occasionCode, EvidenceUpdate update) {
    return putEvidence(planCode, id, occasionCode, update, Precondition.none()).value();
  }

  /**
   * Stores the facts given if the participant's evidence for the occasion is still at a version the
   * client saw; answers with all of it and its new version.
   */
  @Transactional
  public Tagged<StoredEvidence> putEvidence(
      String planCode, String id, String occasionCode, EvidenceUpdate update, Precondition seen) {
    callers.writer();
    Plan plan = plans.acceptingChangesToday(planCode);
    Participant p = participant(planCode, id);
    occasion(plan, occasionCode);
    seen.check(
        evidence.version(planCode, occasionCode, p.id()),
        AdapterMessages.text("participant.evidence", p.id(), occasionCode));
    EvidenceRules.Checked checked = new EvidenceRules(plan).check(p, update);
    EvidenceState before =
        EvidenceState.of(
            new StoredEvidence(
                p.id(), occasionCode, evidence.facts(planCode, occasionCode, p.id())));
    ParticipantFacts f = checked.facts();
    f.declarations()
        .forEach(
            (code, d) -> evidence.answer(p.id(), occasionCode, code, d.answer(), d.reference()));
    f.counts().forEach((key, n) -> evidence.count(p.id(), occasionCode, key, n));
    f.amounts().forEach((key, n) -> evidence.amount(p.id(), occasionCode, key, n));
    if (checked.registration()) {
      evidence.register(p.id(), planCode, f.registeredOn());
    }
    // the queries below flush the writes first, so the version is the one just stored
    Tagged<StoredEvidence> stored = taggedEvidence(planCode, p.id(), occasionCode);
    audit.record(
        "evidence.put",
        AuditTargets.evidence(planCode, p.id(), occasionCode),
        before,
        EvidenceState.of(stored.value()));
    return stored;
  }

  /** The participant, if it exists and belongs to the caller's units: others are not found. */
  private Participant participant(String planCode, String id) {
    UnitScope scope = scopes.current();
    return participants
        .find(planCode, id)
        .filter(p -> scope.includes(p.unitCode()))
        .orElseThrow(
            () ->
                new NotFoundException(
                    AdapterMessages.text("participant.planNoParticipant", planCode, id)));
  }

  private static void occasion(Plan plan, String occasionCode) {
    if (plan.occasion(occasionCode).isEmpty()) {
      throw new NotFoundException(
          AdapterMessages.text("participant.planNoOccasion", plan.code(), occasionCode));
    }
  }
}
