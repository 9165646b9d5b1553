package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.emulation.core.procedure.AnnouncementState;
import vn.emulation.jakarta.application.procedure.AnnouncementRepository;
import vn.emulation.jakarta.application.procedure.PlanAnnouncement;

/**
 * The cases of kind "announcement" on the generic case store (V10, {@link AnnouncementCases});
 * their version counts from 0, the stored one from 1 ({@link ProcedureJson#storedVersion}).
 */
@ApplicationScoped
public class JdbcAnnouncementRepository extends JdbcCaseStore<PlanAnnouncement>
    implements AnnouncementRepository {

  protected JdbcAnnouncementRepository() {}

  /** A repository on a given case store: for tests outside a container. */
  JdbcAnnouncementRepository(JdbcCaseRepository cases) {
    super(cases);
  }

  @Override
  CaseMapper<PlanAnnouncement> mapper() {
    return AnnouncementCases.MAPPER;
  }

  @Override
  public void update(PlanAnnouncement changed, long readVersion) {
    cases.update(mapper().stored(changed), ProcedureJson.storedVersion(readVersion));
  }

  @Override
  public List<PlanAnnouncement> list(String planCode, AnnouncementState state) {
    return listed(planCode, state, null);
  }
}
