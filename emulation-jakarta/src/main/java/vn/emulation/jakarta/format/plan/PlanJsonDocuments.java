package vn.emulation.jakarta.format.plan;

import jakarta.enterprise.context.ApplicationScoped;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.application.plan.PlanDocuments;

/**
 * The {@link PlanDocuments} port in the file format {@code emulation-plan/1}: {@link
 * PlanJsonReader} and {@link PlanJsonWriter}, both immutable, so one of each serves every request.
 */
@ApplicationScoped
public class PlanJsonDocuments implements PlanDocuments {

  private final PlanJsonReader reader = new PlanJsonReader();
  private final PlanJsonWriter writer = new PlanJsonWriter();

  @Override
  public Plan read(String document) {
    return reader.read(document);
  }

  @Override
  public String write(Plan plan) {
    return writer.write(plan);
  }
}
