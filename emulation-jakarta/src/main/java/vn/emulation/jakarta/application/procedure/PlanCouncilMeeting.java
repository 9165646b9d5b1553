package vn.emulation.jakarta.application.procedure;

import java.util.Objects;
import vn.emulation.core.procedure.CouncilMeeting;

/**
 * A council meeting (step 6) with the plan it belongs to and the occasion of the announcement it
 * meets on.
 */
public record PlanCouncilMeeting(String planCode, String occasionCode, CouncilMeeting meeting) {

  public PlanCouncilMeeting {
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(occasionCode, "occasionCode");
    Objects.requireNonNull(meeting, "meeting");
  }

  /** The same meeting after a command. */
  public PlanCouncilMeeting with(CouncilMeeting next) {
    return new PlanCouncilMeeting(planCode, occasionCode, next);
  }
}
