package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.emulation.core.procedure.SubmissionState;
import vn.emulation.jakarta.application.procedure.PlanSubmission;
import vn.emulation.jakarta.application.procedure.SubmissionRepository;

/**
 * The cases of kind "submission" on the generic case store (V10, {@link SubmissionCases}); their
 * version counts from 0, the stored one from 1 ({@link ProcedureJson#storedVersion}).
 */
@ApplicationScoped
public class JdbcSubmissionRepository extends JdbcCaseStore<PlanSubmission>
    implements SubmissionRepository {

  protected JdbcSubmissionRepository() {}

  /** A repository on a given case store: for tests outside a container. */
  JdbcSubmissionRepository(JdbcCaseRepository cases) {
    super(cases);
  }

  @Override
  CaseMapper<PlanSubmission> mapper() {
    return SubmissionCases.MAPPER;
  }

  @Override
  public void update(PlanSubmission changed, long readVersion) {
    cases.update(mapper().stored(changed), ProcedureJson.storedVersion(readVersion));
  }

  @Override
  public List<PlanSubmission> list(String planCode, SubmissionState state) {
    return listed(planCode, state, null);
  }
}
