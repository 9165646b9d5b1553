package vn.emulation.jakarta.application.procedure;

import java.util.List;
import vn.emulation.core.procedure.CouncilMeetingState;

/**
 * The port where the council meetings of the award procedure are kept (ADR 0037, ADR 0040): read
 * back as the core's case with every transition; changed only on the version a command read.
 */
public interface CouncilMeetingRepository extends CaseStore<PlanCouncilMeeting> {

  /**
   * The plan's cases, oldest first.
   *
   * @param state only those in this state; null for any
   */
  List<PlanCouncilMeeting> list(String planCode, CouncilMeetingState state);
}
