package vn.emulation.jakarta.application.procedure;

import java.util.List;
import vn.emulation.core.procedure.registration.Registration;

/**
 * What the audit log keeps of a registration before and after a command: its state and version, its
 * participants, the fingerprint of its own plan, and the last transition's actor and reason.
 *
 * @param ownPlanSha256 the SHA-256 of the unit's own plan, null before it is attached
 * @param lastReason the reason of the last transition, null when it had none
 */
public record RegistrationAuditState(
    String id,
    String unitCode,
    String state,
    long version,
    List<String> participantIds,
    String ownPlanName,
    String ownPlanSha256,
    boolean late,
    String lastCommand,
    String lastReason) {

  static RegistrationAuditState of(Registration r) {
    var ts = r.log().transitions();
    var last = ts.isEmpty() ? null : ts.get(ts.size() - 1);
    return new RegistrationAuditState(
        r.id(),
        r.unitCode(),
        r.state().name(),
        r.version(),
        r.participantIds(),
        r.ownPlan().map(f -> f.name()).orElse(null),
        r.ownPlan().map(f -> f.sha256()).orElse(null),
        r.isLate(),
        last == null ? null : last.command(),
        last == null ? null : last.reason());
  }
}
