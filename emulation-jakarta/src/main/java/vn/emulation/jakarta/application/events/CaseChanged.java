package vn.emulation.jakarta.application.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A command on a procedure case stored (any step: registration, report …), announced once by the
 * generic case flow, so that every step's transitions reach the observers (notices, ADR 0046)
 * without code of their own. Immutable.
 *
 * @param caseKind the case's kind ("registration", "report" …)
 * @param planCode its plan
 * @param caseId the case
 * @param unitCode its unit
 * @param command the command, as its lifecycle names it
 * @param fromState the state it left
 * @param toState the state it reached
 * @param version the version it reached
 * @param reason the reason given with the command, {@code null} when none (free text: an observer
 *     that logs the event leaves it out)
 * @param actor who gave the command
 * @param at when
 */
public record CaseChanged(
    String caseKind,
    String planCode,
    String caseId,
    String unitCode,
    String command,
    String fromState,
    String toState,
    long version,
    String reason,
    String actor,
    Instant at) {

  public CaseChanged {
    Objects.requireNonNull(caseKind, "caseKind");
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }

  /** The event as a log line names it: codes and states, never the reason's text. */
  public String journal() {
    return "CaseChanged[caseKind=%s, planCode=%s, caseId=%s, unitCode=%s, command=%s, %s -> %s, version=%d, reason=%s]"
        .formatted(
            caseKind,
            planCode,
            caseId,
            unitCode,
            command,
            fromState,
            toState,
            version,
            reason == null ? "none" : "given");
  }
}
