package vn.emulation.jakarta.testing;

import java.util.List;
import vn.emulation.core.procedure.SubmissionState;
import vn.emulation.jakarta.application.procedure.PlanSubmission;
import vn.emulation.jakarta.application.procedure.SubmissionRepository;

/** The submissions in memory, stored on the version read. */
public final class InMemorySubmissionRepository extends InMemoryCases<PlanSubmission>
    implements SubmissionRepository {

  public InMemorySubmissionRepository() {
    super(c -> c.submission().id(), c -> c.submission().version());
  }

  @Override
  public List<PlanSubmission> list(String planCode, SubmissionState state) {
    return all(
        c -> c.planCode().equals(planCode) && (state == null || c.submission().state() == state));
  }
}
