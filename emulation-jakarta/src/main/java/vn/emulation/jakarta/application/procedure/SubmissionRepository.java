package vn.emulation.jakarta.application.procedure;

import java.util.List;
import vn.emulation.core.procedure.SubmissionState;

/**
 * The port where the submissions of the award procedure are kept (ADR 0037, ADR 0040): read back as
 * the core's case with every transition; changed only on the version a command read, the case's own
 * version (0 when opened).
 */
public interface SubmissionRepository extends CaseStore<PlanSubmission> {

  /**
   * The plan's cases, oldest first.
   *
   * @param state only those in this state; null for any
   */
  List<PlanSubmission> list(String planCode, SubmissionState state);
}
