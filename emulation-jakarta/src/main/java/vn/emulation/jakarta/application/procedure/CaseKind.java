package vn.emulation.jakarta.application.procedure;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * What the generic case flow ({@link CaseFlow}) needs to know of one kind of case: its kind (the
 * core lifecycle's, "registration", "report" …, also the audit action's prefix), how to read its
 * id, plan, unit and version, what the audit log keeps of it, its audit target, and how a message
 * names one ("bản đăng ký …" / "registration …"). Immutable.
 *
 * @param kind the lifecycle's kind
 * @param whatKey the adapter catalogue's key naming one case, its argument the id
 * @param id the case's id
 * @param planCode the plan it belongs to
 * @param unitCode the unit it is of (scoping: another unit's reads as unknown)
 * @param version its version, 1 when opened (the ETag)
 * @param auditState what the audit log keeps of it, before and after a command
 * @param target its audit target (an API path, {@code AuditTargets})
 * @param <C> the core's case
 */
public record CaseKind<C>(
    String kind,
    String whatKey,
    Function<C, String> id,
    Function<C, String> planCode,
    Function<C, String> unitCode,
    ToLongFunction<C> version,
    Function<C, Object> auditState,
    BiFunction<String, String, String> target) {

  public CaseKind {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(whatKey, "whatKey");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(auditState, "auditState");
    Objects.requireNonNull(target, "target");
  }

  /** The case {@code id} as a message names it. */
  public LocalizedText what(String caseId) {
    return AdapterMessages.text(whatKey, caseId);
  }

  /** The audit target of {@code c}. */
  String targetOf(C c) {
    return target.apply(planCode.apply(c), id.apply(c));
  }
}
