package vn.emulation.jakarta.application.procedure;

import java.util.List;
import java.util.Optional;
import vn.emulation.core.procedure.SubmissionState;

/**
 * The port where the submissions of the award procedure are kept (ADR 0037, ADR 0040): read back as
 * the core's case with every transition; changed only on the version a command read.
 */
public interface SubmissionRepository {

  /** The case {@code id}, whatever its plan. */
  Optional<PlanSubmission> find(String id);

  /**
   * The plan's cases, oldest first.
   *
   * @param state only those in this state; null for any
   */
  List<PlanSubmission> list(String planCode, SubmissionState state);

  /** Stores a case just opened. */
  void insert(PlanSubmission opened);

  /**
   * Stores {@code changed} over the one at the case's version {@code readVersion}, with its new
   * transitions.
   *
   * @throws ChangedMeanwhileException when the stored one is no longer at {@code readVersion}
   */
  void update(PlanSubmission changed, long readVersion);
}
