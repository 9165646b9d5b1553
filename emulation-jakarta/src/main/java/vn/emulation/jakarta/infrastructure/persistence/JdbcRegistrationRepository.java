package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import vn.emulation.core.procedure.registration.Registration;
import vn.emulation.core.procedure.registration.RegistrationState;
import vn.emulation.jakarta.application.procedure.RegistrationRepository;

/** Registrations as procedure cases of kind "registration" (V10, {@link RegistrationCases}). */
@ApplicationScoped
public class JdbcRegistrationRepository extends JdbcCaseStore<Registration>
    implements RegistrationRepository {

  protected JdbcRegistrationRepository() {}

  /** A repository on a given case store: for tests outside a container. */
  JdbcRegistrationRepository(JdbcCaseRepository cases) {
    super(cases);
  }

  @Override
  CaseMapper<Registration> mapper() {
    return RegistrationCases.MAPPER;
  }

  @Override
  public List<Registration> list(
      String planCode, RegistrationState state, Collection<String> unitCodes) {
    return listed(planCode, state, unitCodes);
  }
}
