package vn.emulation.jakarta.testing;

import java.util.List;
import vn.emulation.core.procedure.CouncilMeetingState;
import vn.emulation.jakarta.application.procedure.CouncilMeetingRepository;
import vn.emulation.jakarta.application.procedure.PlanCouncilMeeting;

/** The council meetings in memory, stored on the version read. */
public final class InMemoryCouncilMeetingRepository extends InMemoryCases<PlanCouncilMeeting>
    implements CouncilMeetingRepository {

  public InMemoryCouncilMeetingRepository() {
    super(c -> c.meeting().id(), c -> c.meeting().version());
  }

  @Override
  public List<PlanCouncilMeeting> list(String planCode, CouncilMeetingState state) {
    return all(
        c -> c.planCode().equals(planCode) && (state == null || c.meeting().state() == state));
  }
}
