package vn.emulation.jakarta.testing;

import java.util.List;
import vn.emulation.core.procedure.AnnouncementState;
import vn.emulation.jakarta.application.procedure.AnnouncementRepository;
import vn.emulation.jakarta.application.procedure.PlanAnnouncement;

/** The announcements in memory, stored on the version read. */
public final class InMemoryAnnouncementRepository extends InMemoryCases<PlanAnnouncement>
    implements AnnouncementRepository {

  public InMemoryAnnouncementRepository() {
    super(c -> c.announcement().id(), c -> c.announcement().version());
  }

  @Override
  public List<PlanAnnouncement> list(String planCode, AnnouncementState state) {
    return all(
        c -> c.planCode().equals(planCode) && (state == null || c.announcement().state() == state));
  }
}
