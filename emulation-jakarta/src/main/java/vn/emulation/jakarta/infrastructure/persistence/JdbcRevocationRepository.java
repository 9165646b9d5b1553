package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.procedure.RevocationState;
import vn.emulation.jakarta.application.procedure.PlanRevocation;
import vn.emulation.jakarta.application.procedure.RevocationRepository;

/** Revocations of awards as procedure cases (V10, {@link RevocationCases}). */
@ApplicationScoped
public class JdbcRevocationRepository implements RevocationRepository {

  @Inject JdbcCaseRepository cases;

  protected JdbcRevocationRepository() {}

  /** A repository on a given case store: for tests outside a container. */
  JdbcRevocationRepository(JdbcCaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public Optional<PlanRevocation> find(String id) {
    return cases.find(RevocationCases.KIND, id).map(RevocationCases::revocation);
  }

  @Override
  public List<PlanRevocation> list(
      String planCode, RevocationState state, Collection<String> unitCodes) {
    return cases
        .list(
            RevocationCases.KIND,
            planCode,
            new CaseRepository.CaseFilter(state == null ? null : state.name(), unitCodes))
        .stream()
        .map(RevocationCases::revocation)
        .toList();
  }

  @Override
  public void insert(PlanRevocation opened) {
    cases.insert(RevocationCases.stored(opened));
  }

  @Override
  public void update(PlanRevocation changed, long readVersion) {
    cases.update(RevocationCases.stored(changed), ProcedureJson.storedVersion(readVersion));
  }
}
