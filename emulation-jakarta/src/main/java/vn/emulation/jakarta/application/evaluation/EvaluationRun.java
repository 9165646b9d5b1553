package vn.emulation.jakarta.application.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One evaluation run: which plan version judged which occasion, on which day, who started it and
 * when, and how many participants it judged. A stored run never changes. Immutable.
 *
 * @param id the run's identifier (a UUID)
 * @param planCode the plan
 * @param planVersion the plan version the verdicts were computed with
 * @param occasionCode the occasion
 * @param asOf the day the run evaluates as of (the plan version in force then)
 * @param startedBy the user who started it
 * @param startedAt when, in UTC to the millisecond
 * @param participantCount how many participants it judged
 * @param status how far it got
 */
public record EvaluationRun(
    String id,
    String planCode,
    int planVersion,
    String occasionCode,
    LocalDate asOf,
    String startedBy,
    OffsetDateTime startedAt,
    int participantCount,
    Status status) {

  /**
   * A run is computed and stored in one transaction, so a stored run is complete; the status leaves
   * room for a run that a job stores in parts.
   */
  public enum Status {
    COMPLETE
  }

  public EvaluationRun {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(occasionCode, "occasionCode");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(startedBy, "startedBy");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(status, "status");
    if (planVersion < 1 || participantCount < 0) {
      throw new IllegalArgumentException(
          "run " + id + ": version " + planVersion + ", " + participantCount + " participants");
    }
  }

  /** This run as seen by someone who reaches only some units: their participants counted. */
  public EvaluationRun countingOnly(int participantsSeen) {
    return new EvaluationRun(
        id,
        planCode,
        planVersion,
        occasionCode,
        asOf,
        startedBy,
        startedAt,
        participantsSeen,
        status);
  }
}
