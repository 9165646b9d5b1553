package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.procedure.CouncilMeetingState;
import vn.emulation.jakarta.application.procedure.CouncilMeetingRepository;
import vn.emulation.jakarta.application.procedure.PlanCouncilMeeting;

/** The council meetings as procedure cases (V10, {@link CouncilCases}). */
@ApplicationScoped
public class JdbcCouncilMeetingRepository implements CouncilMeetingRepository {

  @Inject JdbcCaseRepository cases;

  protected JdbcCouncilMeetingRepository() {}

  /** A repository on a given case store: for tests outside a container. */
  JdbcCouncilMeetingRepository(JdbcCaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public Optional<PlanCouncilMeeting> find(String id) {
    return cases.find(CouncilCases.KIND, id).map(CouncilCases::meeting);
  }

  @Override
  public List<PlanCouncilMeeting> list(String planCode, CouncilMeetingState state) {
    return cases
        .list(
            CouncilCases.KIND,
            planCode,
            new CaseRepository.CaseFilter(state == null ? null : state.name(), null))
        .stream()
        .map(CouncilCases::meeting)
        .toList();
  }

  @Override
  public void insert(PlanCouncilMeeting opened) {
    cases.insert(CouncilCases.stored(opened));
  }

  @Override
  public void update(PlanCouncilMeeting changed, long readVersion) {
    cases.update(CouncilCases.stored(changed), ProcedureJson.storedVersion(readVersion));
  }
}
