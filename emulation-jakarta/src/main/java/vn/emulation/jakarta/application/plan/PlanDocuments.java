package vn.emulation.jakarta.application.plan;

import vn.emulation.core.plan.Plan;

/**
 * The plan file format, as the use cases see it (a port, ADR 0025): a plan document read into a
 * core {@link Plan} and a plan written back as its canonical document, the text that is stored and
 * exported. The use cases hand text over and get core values back; the format's JSON stays in its
 * adapter ({@code format.plan.PlanJsonDocuments}).
 */
public interface PlanDocuments {

  /**
   * The plan a document describes.
   *
   * @throws vn.emulation.core.common.InvalidInputException listing every problem of the document,
   *     structural and the model's, each with its path
   */
  Plan read(String document);

  /** The canonical document of a plan: the same plan always gives the same text. */
  String write(Plan plan);
}
