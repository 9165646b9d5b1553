package vn.emulation.jakarta.application.procedure;

import java.util.List;
import java.util.Optional;
import vn.emulation.core.procedure.CouncilMeetingState;

/**
 * The port where the council meetings of the award procedure are kept (ADR 0037, ADR 0040): read
 * back as the core's case with every transition; changed only on the version a command read.
 */
public interface CouncilMeetingRepository {

  /** The case {@code id}, whatever its plan. */
  Optional<PlanCouncilMeeting> find(String id);

  /**
   * The plan's cases, oldest first.
   *
   * @param state only those in this state; null for any
   */
  List<PlanCouncilMeeting> list(String planCode, CouncilMeetingState state);

  /** Stores a case just opened. */
  void insert(PlanCouncilMeeting opened);

  /**
   * Stores {@code changed} over the one at the case's version {@code readVersion}, with its new
   * transitions.
   *
   * @throws ChangedMeanwhileException when the stored one is no longer at {@code readVersion}
   */
  void update(PlanCouncilMeeting changed, long readVersion);
}
