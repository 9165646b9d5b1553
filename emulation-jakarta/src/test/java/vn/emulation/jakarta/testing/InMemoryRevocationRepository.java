package vn.emulation.jakarta.testing;

import java.util.Collection;
import java.util.List;
import vn.emulation.core.procedure.RevocationState;
import vn.emulation.jakarta.application.procedure.PlanRevocation;
import vn.emulation.jakarta.application.procedure.RevocationRepository;

/** Revocations in memory, stored on the version read. */
public final class InMemoryRevocationRepository extends InMemoryCases<PlanRevocation>
    implements RevocationRepository {

  public InMemoryRevocationRepository() {
    super(c -> c.revocation().id(), c -> c.revocation().version());
  }

  @Override
  public List<PlanRevocation> list(
      String planCode, RevocationState state, Collection<String> unitCodes) {
    return all(
        c ->
            c.planCode().equals(planCode)
                && (state == null || c.revocation().state() == state)
                && (unitCodes == null || unitCodes.contains(c.awardee().unitCode())));
  }
}
