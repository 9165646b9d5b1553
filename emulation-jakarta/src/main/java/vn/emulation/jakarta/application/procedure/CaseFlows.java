package vn.emulation.jakarta.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.events.ApplicationEvents;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.unit.UnitScopes;

/**
 * What every step's case flow shares — the plans, the caller, the caller's units, the audit log and
 * the one clock, the application events — and the flow of one kind of case made from it ({@link
 * #of}). A use case injects it and keeps its own kind and store.
 */
@ApplicationScoped
public class CaseFlows {

  @Inject PlanCatalog plans;
  @Inject UnitScopes scopes;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject ApplicationEvents events;

  protected CaseFlows() {}

  /** The flows on given parts: for tests outside a container. */
  public CaseFlows(
      PlanCatalog plans, UnitScopes scopes, Callers callers, AuditTrail audit, Clock clock) {
    this.plans = plans;
    this.scopes = scopes;
    this.callers = callers;
    this.audit = audit;
    this.clock = clock;
    this.events = CaseEvents.NONE;
  }

  /** The flows on given parts, announcing each change to {@code events}: for tests. */
  public CaseFlows(
      PlanCatalog plans,
      UnitScopes scopes,
      Callers callers,
      AuditTrail audit,
      Clock clock,
      ApplicationEvents events) {
    this(plans, scopes, callers, audit, clock);
    this.events = events;
  }

  /** The flow of the cases of {@code kind}, kept in {@code store}. */
  public <C> CaseFlow<C> of(CaseKind<C> kind, CaseStore<C> store) {
    return new CaseFlow<>(kind, store, plans, scopes, callers, audit, clock, events);
  }
}
