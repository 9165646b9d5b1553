package vn.emulation.jakarta.application.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One evaluation run: which plan version judged which occasion, on which day, who started it and
 * when, how far it got and how many participants it judged. The run is judged by a batch job (ADR
 * 0033): its participants and verdicts are stored chunk by chunk, never changed once stored; only
 * the run's status, count and job execution move on until it is COMPLETE. Immutable.
 *
 * @param id the run's identifier (a UUID)
 * @param planCode the plan
 * @param planVersion the plan version the verdicts were computed with
 * @param occasionCode the occasion
 * @param asOf the day the run evaluates as of (the plan version in force then)
 * @param startedBy the user who started it
 * @param startedAt when, in UTC to the millisecond
 * @param participantCount how many participants it sets out to judge; once COMPLETE, how many it
 *     judged
 * @param status how far it got
 * @param judged how many participants are judged and stored so far
 * @param jobExecution the latest batch job execution judging it, 0 for none
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
    Status status,
    int judged,
    long jobExecution) {

  /**
   * How far a run got. RUNNING: its job was started or restarted and has not ended (or its server
   * died under it: a restart resumes it); COMPLETE: every participant is judged and stored, the
   * only status whose verdicts are served; FAILED and STOPPED: its job ended so, and a restart
   * resumes it from its last checkpoint.
   */
  public enum Status {
    RUNNING,
    COMPLETE,
    FAILED,
    STOPPED;

    /** Whether a restart may resume a run in this status. */
    public boolean restartable() {
      return this != COMPLETE;
    }
  }

  public EvaluationRun {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(occasionCode, "occasionCode");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(startedBy, "startedBy");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(status, "status");
    if (planVersion < 1 || participantCount < 0 || judged < 0 || jobExecution < 0) {
      throw new IllegalArgumentException(
          "run "
              + id
              + ": version "
              + planVersion
              + ", "
              + judged
              + " of "
              + participantCount
              + " participants, execution "
              + jobExecution);
    }
  }

  /** A complete run, every participant judged, no job: as a run stored in one go reads. */
  public EvaluationRun(
      String id,
      String planCode,
      int planVersion,
      String occasionCode,
      LocalDate asOf,
      String startedBy,
      OffsetDateTime startedAt,
      int participantCount,
      Status status) {
    this(
        id,
        planCode,
        planVersion,
        occasionCode,
        asOf,
        startedBy,
        startedAt,
        participantCount,
        status,
        participantCount,
        0);
  }

  /** Whether its verdicts are final and served. */
  public boolean complete() {
    return status == Status.COMPLETE;
  }

  /** This run as seen by someone who reaches only some units: their participants counted. */
  public EvaluationRun countingOnly(int participantsSeen, int judgedSeen) {
    return new EvaluationRun(
        id,
        planCode,
        planVersion,
        occasionCode,
        asOf,
        startedBy,
        startedAt,
        participantsSeen,
        status,
        judgedSeen,
        jobExecution);
  }

  /** This run with its stored progress. */
  public EvaluationRun withJudged(int judgedSoFar) {
    return new EvaluationRun(
        id,
        planCode,
        planVersion,
        occasionCode,
        asOf,
        startedBy,
        startedAt,
        participantCount,
        status,
        judgedSoFar,
        jobExecution);
  }

  /** This run judged by a job execution. */
  public EvaluationRun withExecution(long execution) {
    return new EvaluationRun(
        id,
        planCode,
        planVersion,
        occasionCode,
        asOf,
        startedBy,
        startedAt,
        participantCount,
        status,
        judged,
        execution);
  }

  /** This run COMPLETE: every participant it holds judged, and counted. */
  public EvaluationRun completed() {
    return new EvaluationRun(
        id,
        planCode,
        planVersion,
        occasionCode,
        asOf,
        startedBy,
        startedAt,
        judged,
        Status.COMPLETE,
        judged,
        jobExecution);
  }
}
