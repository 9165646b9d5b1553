package vn.emulation.jakarta.application.procedure;

import java.util.Collection;
import java.util.List;
import vn.emulation.core.procedure.RevocationState;

/**
 * The port where the revocations of awards are kept (ADR 0037, ADR 0040): read back as the core's
 * {@link vn.emulation.core.procedure.Revocation} with every transition; changed only on the version
 * a command read. A revocation concerns the awardee's unit, so its list is narrowed by unit.
 */
public interface RevocationRepository extends CaseStore<PlanRevocation> {

  /**
   * The plan's revocations by unit, then opening time.
   *
   * @param state only those in this state; null for any
   * @param unitCodes only those of awardees of these units; null for any unit
   */
  List<PlanRevocation> list(String planCode, RevocationState state, Collection<String> unitCodes);
}
