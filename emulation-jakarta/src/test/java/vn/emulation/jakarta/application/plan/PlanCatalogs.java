package vn.emulation.jakarta.application.plan;

import vn.emulation.jakarta.format.plan.PlanJsonDocuments;
import vn.emulation.jakarta.testing.InMemoryCity;

/** A {@link PlanCatalog} on the in-memory ports, for the use-case tests of every package. */
public final class PlanCatalogs {

  private PlanCatalogs() {}

  public static PlanCatalog of(InMemoryCity city) {
    PlanCatalog catalog = new PlanCatalog();
    catalog.plans = city.plans;
    catalog.documents =
        new PlanJsonDocuments(new vn.emulation.jakarta.format.law.BuiltInProcedureLaw());
    catalog.audit = city.audit;
    catalog.callers = city.callers;
    catalog.events = city.events;
    catalog.clock = InMemoryCity.CLOCK;
    return catalog;
  }

  /** A catalogue holding the built-in Rạch Giá plan, imported by the system (its audit entry 1). */
  public static PlanCatalog withRachGia(InMemoryCity city) {
    PlanCatalog catalog = of(city);
    city.callers.runAsSystem("test: the plan", () -> catalog.importPlan(InMemoryCity.planFile()));
    return catalog;
  }
}
