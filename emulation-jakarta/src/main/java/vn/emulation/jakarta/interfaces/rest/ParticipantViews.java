package vn.emulation.jakarta.interfaces.rest;

import java.time.LocalDate;
import java.util.Map;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.jakarta.application.participant.StoredEvidence;
import vn.emulation.jakarta.application.progress.ParticipantFacts;

/**
 * How the API shows participants and their stored evidence: the JSON shapes of {@link
 * ParticipantResource}, made from what the use case answers (the core's {@link Participant}, the
 * {@link StoredEvidence}).
 */
public final class ParticipantViews {

  private ParticipantViews() {}

  /**
   * A participant of a plan's movement.
   *
   * @param id its identifier
   * @param kind collective or individual
   * @param name its name as written
   * @param categoryCode its category in the plan
   * @param unitCode its administrative unit
   */
  public record ParticipantView(
      String id, ParticipantKind kind, String name, String categoryCode, String unitCode) {

    static ParticipantView of(Participant p) {
      return new ParticipantView(p.id(), p.kind(), p.name(), p.categoryCode(), p.unitCode());
    }
  }

  /**
   * The stored evidence of a participant for an occasion; what is absent is unknown.
   *
   * @param participantId the participant
   * @param occasionCode the occasion
   * @param answers answers to declaration criteria, by criterion code
   * @param counts counted achievements, by fact key
   * @param amounts amounts in đồng, by fact key
   * @param registeredOn the day it registered its emulation plan, if known
   * @param notRegistered whether it is known not to have registered
   */
  public record EvidenceView(
      String participantId,
      String occasionCode,
      Map<String, ParticipantFacts.Declaration> answers,
      Map<String, Integer> counts,
      Map<String, Long> amounts,
      LocalDate registeredOn,
      boolean notRegistered) {

    static EvidenceView of(StoredEvidence e) {
      ParticipantFacts f = e.facts();
      return new EvidenceView(
          e.participantId(),
          e.occasionCode(),
          f.declarations(),
          f.counts(),
          f.amounts(),
          f.registeredOn(),
          f.notRegistered());
    }
  }
}
