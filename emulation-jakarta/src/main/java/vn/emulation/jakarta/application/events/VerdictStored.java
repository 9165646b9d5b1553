package vn.emulation.jakarta.application.events;

import java.util.Objects;

/**
 * The verdicts of an occasion evaluated and stored as one run. Immutable.
 *
 * @param planCode the plan
 * @param planVersion the plan version in force on the occasion's day, whose rules were applied
 * @param occasionCode the occasion
 * @param runId the stored run's id
 * @param participants how many participants it judged
 */
public record VerdictStored(
    String planCode, int planVersion, String occasionCode, String runId, int participants) {

  public VerdictStored {
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(occasionCode, "occasionCode");
    Objects.requireNonNull(runId, "runId");
  }
}
