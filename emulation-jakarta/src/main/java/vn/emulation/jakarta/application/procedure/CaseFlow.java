package vn.emulation.jakarta.application.procedure;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.PreconditionFailedException;
import vn.emulation.jakarta.application.PreconditionRequiredException;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.events.ApplicationEvents;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.unit.UnitScope;
import vn.emulation.jakarta.application.unit.UnitScopes;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The one flow of a command on a procedure case, whatever its step (ADR 0037): the writer caller →
 * the plan accepting changes → the case read (404; another unit's reads as unknown) → who may act
 * (403) → If-Match present (428) and current (412) → the core's command (409 {@code
 * CommandRefusedException} naming the allowed commands, then 400 with every problem) → stored on
 * the version read ({@link ChangedMeanwhileException} → 412) → the audit entry {@code
 * <kind>.<command>} with the states before and after → the application event {@code CaseChanged}
 * (delivered after the commit: the notices of every step, ADR 0046). The caller's transaction holds
 * it all: a use case's {@code @Transactional} method calls it. Opening and reading go through it
 * too, so every step scopes, tags and audits alike. Made by {@link CaseFlows#of}; holds no state of
 * its own.
 *
 * @param <C> the core's case
 */
public final class CaseFlow<C> {

  private final CaseKind<C> kind;
  private final CaseStore<C> store;
  private final PlanCatalog plans;
  private final UnitScopes scopes;
  private final Callers callers;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEvents events;

  CaseFlow(
      CaseKind<C> kind,
      CaseStore<C> store,
      PlanCatalog plans,
      UnitScopes scopes,
      Callers callers,
      AuditTrail audit,
      Clock clock,
      ApplicationEvents events) {
    this.kind = kind;
    this.store = store;
    this.plans = plans;
    this.scopes = scopes;
    this.callers = callers;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  /**
   * The caller who opens a case, refused (403) when nobody who may write, and the plan in force
   * today, refused when it takes no more changes: what an opening checks first.
   */
  public Plan openingOn(String planCode) {
    callers.writer();
    return plans.acceptingChangesToday(planCode);
  }

  /**
   * Refuses (403) the caller who may not open a case of {@code unitCode}: the rule of who acts on
   * the unit's cases, asked before the case exists.
   *
   * @param what the case to be, for the message
   */
  public void mayOpen(WhoMayAct who, String unitCode, LocalizedText what) {
    who.check(callers.current(), scopes.current(), unitCode, "open", what);
  }

  /**
   * Stores a case just opened (the use case made it by the core's {@code open}, after {@link
   * #openingOn}) and records {@code <kind>.open} with its state.
   */
  public Tagged<C> open(C opened) {
    store.insert(opened);
    audit.record(
        kind.kind() + ".open", kind.targetOf(opened), null, kind.auditState().apply(opened));
    return tagged(opened);
  }

  /**
   * One case, as a caller who may see its unit reads it, tagged with its version. Another unit's
   * answers as an unknown one (404, ADR 0009), while a command aimed at it is refused (403).
   */
  public Tagged<C> find(String planCode, String id) {
    plans.inForceToday(planCode);
    C c = read(planCode, id);
    if (!scopes.current().includes(kind.unitCode().apply(c))) {
      throw noSuch(planCode, id);
    }
    return tagged(c);
  }

  /**
   * A command on a case, the whole flow (see the class): {@code act} gives the core's command to
   * the case read and answers the case it makes.
   *
   * @param who who may give it
   * @param command the command's name, as the core's lifecycle knows it (the audit action's suffix)
   */
  public Tagged<C> change(
      String planCode,
      String id,
      Precondition seen,
      WhoMayAct who,
      String command,
      UnaryOperator<C> act) {
    Caller caller = callers.writer();
    plans.acceptingChangesToday(planCode);
    C before = read(planCode, id);
    LocalizedText what = kind.what(id);
    who.check(caller, scopes.current(), kind.unitCode().apply(before), command, what);
    if (seen.tags().isEmpty() && !seen.any()) {
      throw new PreconditionRequiredException(
          AdapterMessages.text("procedure.ifMatchRequired", what.vi(), what.en()));
    }
    long read = kind.version().applyAsLong(before);
    seen.check(String.valueOf(read), what);
    C after = act.apply(before);
    try {
      store.update(after, read);
    } catch (ChangedMeanwhileException e) {
      throw new PreconditionFailedException(
          AdapterMessages.text("procedure.changedMeanwhile", what.vi(), read, what.en()));
    }
    audit.record(
        kind.kind() + "." + command,
        kind.targetOf(after),
        kind.auditState().apply(before),
        kind.auditState().apply(after));
    CaseEvents.changed(kind, after).ifPresent(events::caseChanged);
    return tagged(after);
  }

  /** The case {@code id} of {@code planCode}, whoever asks (404 when none). */
  public C read(String planCode, String id) {
    return store
        .find(id)
        .filter(c -> kind.planCode().apply(c).equals(planCode))
        .orElseThrow(() -> noSuch(planCode, id));
  }

  /** The units the caller reaches. */
  public UnitScope scope() {
    return scopes.current();
  }

  /** Who gives the command: the signed-in user's name, kept on the transition. */
  public String actor() {
    return callers.current().user();
  }

  /**
   * Now, in milliseconds: every database keeps them exactly, so a case reads back as it was stored.
   */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** The case tagged with its version, for the ETag. */
  public Tagged<C> tagged(C c) {
    return new Tagged<>(c, String.valueOf(kind.version().applyAsLong(c)));
  }

  private NotFoundException noSuch(String planCode, String id) {
    LocalizedText what = kind.what(id);
    return new NotFoundException(
        AdapterMessages.text("procedure.noSuch", what.vi(), planCode, what.en()));
  }

  /**
   * The core's command, its problems added to those the use case already found, every one at once
   * (400, the object named {@code object}); the command's refusal in a wrong state (409) passes
   * through untouched.
   */
  public static <C> C withProblems(
      ProblemCollector problems, String object, Supplier<? extends C> act) {
    C result = null;
    try {
      result = act.get();
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    problems.throwIfAny(object);
    return result;
  }
}
