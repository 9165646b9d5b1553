package vn.emulation.jakarta.application.participant;

import vn.emulation.core.participant.Participant;
import vn.emulation.core.participant.ParticipantKind;

/**
 * What the audit log keeps of a participant, written as JSON. The log's own record, not the API's
 * view: an entry is hashed and never rewritten, so a participant's state must be written the same
 * whatever the API comes to show of it.
 *
 * @param id its identifier
 * @param kind collective or individual
 * @param name its name as written
 * @param categoryCode its category in the plan
 * @param unitCode its administrative unit
 */
public record ParticipantState(
    String id, ParticipantKind kind, String name, String categoryCode, String unitCode) {

  static ParticipantState of(Participant p) {
    return new ParticipantState(p.id(), p.kind(), p.name(), p.categoryCode(), p.unitCode());
  }
}
