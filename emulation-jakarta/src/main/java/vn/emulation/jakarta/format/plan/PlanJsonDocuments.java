package vn.emulation.jakarta.format.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.application.plan.PlanDocuments;
import vn.emulation.jakarta.application.procedure.ProcedureLaw;

/**
 * The {@link PlanDocuments} port in the file format {@code emulation-plan/1}: {@link
 * PlanJsonReader}, holding the law's forms a plan names to the law's rule set (ADR 0044), and
 * {@link PlanJsonWriter}, both immutable, so one of each serves every request.
 */
@ApplicationScoped
public class PlanJsonDocuments implements PlanDocuments {

  @Inject ProcedureLaw law;

  private volatile PlanJsonReader reader;
  private final PlanJsonWriter writer = new PlanJsonWriter();

  public PlanJsonDocuments() {}

  /** On a given law: for tests outside a container. */
  public PlanJsonDocuments(ProcedureLaw law) {
    this.law = law;
  }

  @Override
  public Plan read(String document) {
    PlanJsonReader r = reader;
    if (r == null) {
      r = new PlanJsonReader(law.rules());
      reader = r;
    }
    return r.read(document);
  }

  @Override
  public String write(Plan plan) {
    return writer.write(plan);
  }
}
