package vn.emulation.jakarta.application.participant;

import java.time.LocalDate;
import java.util.Map;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.jakarta.application.progress.ParticipantFacts;

/**
 * The port to the stored half of the evidence: what participants declared and achieved for each
 * occasion, and their registrations (the other half, target attainment, is computed from reports).
 */
public interface EvidenceRepository {

  /** The facts of every participant of a plan for an occasion, by participant id. */
  Map<String, ParticipantFacts> facts(String planCode, String occasionCode);

  /** The facts of one participant for an occasion; none known gives empty facts. */
  ParticipantFacts facts(String planCode, String occasionCode, String participantId);

  /**
   * The version of one participant's evidence for an occasion, which changes whenever any of its
   * facts for that occasion or its registration changes. Digits only, as clients hold it in an
   * ETag.
   */
  String version(String planCode, String occasionCode, String participantId);

  void answer(
      String participantId,
      String occasionCode,
      String criterionCode,
      Answer answer,
      String reference);

  void count(String participantId, String occasionCode, String key, int value);

  void amount(String participantId, String occasionCode, String key, long dong);

  /** Registration on a date, or {@code null} for "known not to have registered". */
  void register(String participantId, String planCode, LocalDate on);
}
