package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import vn.emulation.core.procedure.RevocationState;
import vn.emulation.jakarta.application.procedure.PlanRevocation;
import vn.emulation.jakarta.application.procedure.RevocationRepository;

/**
 * Revocations of awards on the generic case store (V10, {@link RevocationCases}), under the
 * awardee's unit; their version counts from 0, the stored one from 1.
 */
@ApplicationScoped
public class JdbcRevocationRepository extends JdbcCaseStore<PlanRevocation>
    implements RevocationRepository {

  protected JdbcRevocationRepository() {}

  /** A repository on a given case store: for tests outside a container. */
  JdbcRevocationRepository(JdbcCaseRepository cases) {
    super(cases);
  }

  @Override
  CaseMapper<PlanRevocation> mapper() {
    return RevocationCases.MAPPER;
  }

  @Override
  public void update(PlanRevocation changed, long readVersion) {
    cases.update(mapper().stored(changed), ProcedureJson.storedVersion(readVersion));
  }

  @Override
  public List<PlanRevocation> list(
      String planCode, RevocationState state, Collection<String> unitCodes) {
    return listed(planCode, state, unitCodes);
  }
}
