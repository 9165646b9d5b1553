package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.procedure.SubmissionState;
import vn.emulation.jakarta.application.procedure.PlanSubmission;
import vn.emulation.jakarta.application.procedure.SubmissionRepository;

/** The submissions as procedure cases (V10, {@link SubmissionCases}). */
@ApplicationScoped
public class JdbcSubmissionRepository implements SubmissionRepository {

  @Inject JdbcCaseRepository cases;

  protected JdbcSubmissionRepository() {}

  /** A repository on a given case store: for tests outside a container. */
  JdbcSubmissionRepository(JdbcCaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public Optional<PlanSubmission> find(String id) {
    return cases.find(SubmissionCases.KIND, id).map(SubmissionCases::submission);
  }

  @Override
  public List<PlanSubmission> list(String planCode, SubmissionState state) {
    return cases
        .list(
            SubmissionCases.KIND,
            planCode,
            new CaseRepository.CaseFilter(state == null ? null : state.name(), null))
        .stream()
        .map(SubmissionCases::submission)
        .toList();
  }

  @Override
  public void insert(PlanSubmission opened) {
    cases.insert(SubmissionCases.stored(opened));
  }

  @Override
  public void update(PlanSubmission changed, long readVersion) {
    cases.update(SubmissionCases.stored(changed), ProcedureJson.storedVersion(readVersion));
  }
}
