package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.procedure.AnnouncementState;
import vn.emulation.jakarta.application.procedure.AnnouncementRepository;
import vn.emulation.jakarta.application.procedure.PlanAnnouncement;

/** The announcements as procedure cases (V10, {@link AnnouncementCases}). */
@ApplicationScoped
public class JdbcAnnouncementRepository implements AnnouncementRepository {

  @Inject JdbcCaseRepository cases;

  protected JdbcAnnouncementRepository() {}

  /** A repository on a given case store: for tests outside a container. */
  JdbcAnnouncementRepository(JdbcCaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public Optional<PlanAnnouncement> find(String id) {
    return cases.find(AnnouncementCases.KIND, id).map(AnnouncementCases::announcement);
  }

  @Override
  public List<PlanAnnouncement> list(String planCode, AnnouncementState state) {
    return cases
        .list(
            AnnouncementCases.KIND,
            planCode,
            new CaseRepository.CaseFilter(state == null ? null : state.name(), null))
        .stream()
        .map(AnnouncementCases::announcement)
        .toList();
  }

  @Override
  public void insert(PlanAnnouncement opened) {
    cases.insert(AnnouncementCases.stored(opened));
  }

  @Override
  public void update(PlanAnnouncement changed, long readVersion) {
    cases.update(AnnouncementCases.stored(changed), ProcedureJson.storedVersion(readVersion));
  }
}
