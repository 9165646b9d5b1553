package vn.emulation.jakarta.application.procedure;

import java.util.List;

/**
 * What the audit log keeps of a case of steps 5–8 before and after a command (ADR 0040): its state
 * and version, the last transition's command, actor and reason, and the facts of its step that a
 * reader of the log needs (its nominees, days, decisions), each a short "name=value".
 *
 * @param lastCommand the last transition's command; null before any
 * @param lastReason its reason; null when none was given
 * @param facts the step's own facts, in a fixed order
 */
public record CaseAuditState(
    String id,
    String kind,
    String state,
    long version,
    String lastCommand,
    String lastActor,
    String lastReason,
    List<String> facts) {

  public CaseAuditState {
    facts = List.copyOf(facts);
  }
}
