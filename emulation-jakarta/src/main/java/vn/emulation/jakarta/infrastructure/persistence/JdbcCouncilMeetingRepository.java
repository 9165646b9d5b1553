package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.emulation.core.procedure.CouncilMeetingState;
import vn.emulation.jakarta.application.procedure.CouncilMeetingRepository;
import vn.emulation.jakarta.application.procedure.PlanCouncilMeeting;

/**
 * The cases of kind "council" on the generic case store (V10, {@link CouncilCases}); their version
 * counts from 0, the stored one from 1 ({@link ProcedureJson#storedVersion}).
 */
@ApplicationScoped
public class JdbcCouncilMeetingRepository extends JdbcCaseStore<PlanCouncilMeeting>
    implements CouncilMeetingRepository {

  protected JdbcCouncilMeetingRepository() {}

  /** A repository on a given case store: for tests outside a container. */
  JdbcCouncilMeetingRepository(JdbcCaseRepository cases) {
    super(cases);
  }

  @Override
  CaseMapper<PlanCouncilMeeting> mapper() {
    return CouncilCases.MAPPER;
  }

  @Override
  public void update(PlanCouncilMeeting changed, long readVersion) {
    cases.update(mapper().stored(changed), ProcedureJson.storedVersion(readVersion));
  }

  @Override
  public List<PlanCouncilMeeting> list(String planCode, CouncilMeetingState state) {
    return listed(planCode, state, null);
  }
}
