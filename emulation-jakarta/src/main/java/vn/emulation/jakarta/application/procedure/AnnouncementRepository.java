package vn.emulation.jakarta.application.procedure;

import java.util.List;
import vn.emulation.core.procedure.AnnouncementState;

/**
 * The port where the announcements of the award procedure are kept (ADR 0037, ADR 0040): read back
 * as the core's case with every transition; changed only on the version a command read.
 */
public interface AnnouncementRepository extends CaseStore<PlanAnnouncement> {

  /**
   * The plan's cases, oldest first.
   *
   * @param state only those in this state; null for any
   */
  List<PlanAnnouncement> list(String planCode, AnnouncementState state);
}
