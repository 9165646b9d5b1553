package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.procedure.registration.Registration;
import vn.emulation.core.procedure.registration.RegistrationState;
import vn.emulation.jakarta.application.procedure.RegistrationRepository;

/** Registrations as procedure cases of kind "registration" (V10, {@link RegistrationCases}). */
@ApplicationScoped
public class JdbcRegistrationRepository implements RegistrationRepository {

  @Inject JdbcCaseRepository cases;

  protected JdbcRegistrationRepository() {}

  /** A repository on a given case store: for tests outside a container. */
  JdbcRegistrationRepository(JdbcCaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public Optional<Registration> find(String id) {
    return cases.find(RegistrationCases.KIND, id).map(RegistrationCases::registration);
  }

  @Override
  public List<Registration> list(
      String planCode, RegistrationState state, Collection<String> unitCodes) {
    return cases
        .list(
            RegistrationCases.KIND,
            planCode,
            new CaseRepository.CaseFilter(state == null ? null : state.name(), unitCodes))
        .stream()
        .map(RegistrationCases::registration)
        .toList();
  }

  @Override
  public void insert(Registration opened) {
    cases.insert(RegistrationCases.stored(opened));
  }

  @Override
  public void update(Registration changed, long readVersion) {
    cases.update(RegistrationCases.stored(changed), readVersion);
  }
}
