package vn.emulation.jakarta.application.participant;

import java.time.LocalDate;
import java.util.Map;
import vn.emulation.jakarta.application.progress.ParticipantFacts;

/**
 * What the audit log keeps of a participant's evidence for an occasion, before and after an update,
 * written as JSON. The log's own record, not the API's view: an entry is hashed and never
 * rewritten, so the same evidence must be written the same whatever the API comes to show of it.
 *
 * @param participantId the participant
 * @param occasionCode the occasion
 * @param answers answers to declaration criteria, by criterion code
 * @param counts counted achievements, by fact key
 * @param amounts amounts in đồng, by fact key
 * @param registeredOn the day it registered its emulation plan, if known
 * @param notRegistered whether it is known not to have registered
 */
public record EvidenceState(
    String participantId,
    String occasionCode,
    Map<String, ParticipantFacts.Declaration> answers,
    Map<String, Integer> counts,
    Map<String, Long> amounts,
    LocalDate registeredOn,
    boolean notRegistered) {

  static EvidenceState of(StoredEvidence e) {
    ParticipantFacts f = e.facts();
    return new EvidenceState(
        e.participantId(),
        e.occasionCode(),
        f.declarations(),
        f.counts(),
        f.amounts(),
        f.registeredOn(),
        f.notRegistered());
  }
}
