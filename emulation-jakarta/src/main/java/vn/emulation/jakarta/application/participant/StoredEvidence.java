package vn.emulation.jakarta.application.participant;

import vn.emulation.jakarta.application.progress.ParticipantFacts;

/**
 * What is stored of a participant for an occasion; what is absent is unknown.
 *
 * @param participantId the participant
 * @param occasionCode the occasion
 * @param facts its answers, counts, amounts and registration
 */
public record StoredEvidence(String participantId, String occasionCode, ParticipantFacts facts) {}
