package vn.emulation.jakarta.application.procedure;

import java.util.Collection;
import java.util.List;
import vn.emulation.core.procedure.registration.Registration;
import vn.emulation.core.procedure.registration.RegistrationState;

/**
 * The port where units' registrations are kept (ADR 0037): read back as the core's {@link
 * Registration}, with every transition; changed only on the version a command read.
 */
public interface RegistrationRepository extends CaseStore<Registration> {

  /**
   * The plan's registrations by unit, then opening time.
   *
   * @param state only those in this state; null for any
   * @param unitCodes only those of these units; null for any unit
   */
  List<Registration> list(String planCode, RegistrationState state, Collection<String> unitCodes);
}
