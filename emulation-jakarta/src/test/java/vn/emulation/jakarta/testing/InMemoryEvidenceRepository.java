package vn.emulation.jakarta.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.jakarta.application.participant.EvidenceRepository;
import vn.emulation.jakarta.application.progress.ParticipantFacts;

/**
 * Facts by participant and occasion, registrations by participant and plan. The version of a
 * participant's evidence is a digest of what is stored of it, as in the database.
 */
public final class InMemoryEvidenceRepository implements EvidenceRepository {

  private record Occasion(String participantId, String occasionCode) {}

  private static final class Facts {
    final Map<String, ParticipantFacts.Declaration> declarations = new HashMap<>();
    final Map<String, Integer> counts = new HashMap<>();
    final Map<String, Long> amounts = new HashMap<>();
  }

  private final Map<Occasion, Facts> facts = new HashMap<>();

  /** Registrations by participant and plan; a null date is "known not to have registered". */
  private final Map<List<String>, LocalDate> registrations = new HashMap<>();

  private final InMemoryParticipantRepository participants;

  /** Evidence of the participants in {@code participants}, which says whose plan is which. */
  public InMemoryEvidenceRepository(InMemoryParticipantRepository participants) {
    this.participants = participants;
  }

  @Override
  public Map<String, ParticipantFacts> facts(String planCode, String occasionCode) {
    Map<String, ParticipantFacts> all = new HashMap<>();
    participants.all(planCode).stream()
        .filter(
            p ->
                facts.containsKey(new Occasion(p.id(), occasionCode))
                    || registrations.containsKey(List.of(p.id(), planCode)))
        .forEach(p -> all.put(p.id(), facts(planCode, occasionCode, p.id())));
    return all;
  }

  @Override
  public ParticipantFacts facts(String planCode, String occasionCode, String participantId) {
    Facts f = facts.getOrDefault(new Occasion(participantId, occasionCode), new Facts());
    List<String> key = List.of(participantId, planCode);
    boolean known = registrations.containsKey(key);
    LocalDate on = registrations.get(key);
    return new ParticipantFacts(
        Map.copyOf(f.declarations),
        Map.copyOf(f.counts),
        Map.copyOf(f.amounts),
        on,
        known && on == null);
  }

  @Override
  public String version(String planCode, String occasionCode, String participantId) {
    ParticipantFacts f = facts(planCode, occasionCode, participantId);
    List<String> key = List.of(participantId, planCode);
    int digest =
        Objects.hash(
            f.declarations(),
            f.counts(),
            f.amounts(),
            registrations.containsKey(key),
            registrations.get(key));
    return Integer.toUnsignedString(digest);
  }

  @Override
  public void answer(
      String participantId,
      String occasionCode,
      String criterionCode,
      Answer answer,
      String reference) {
    of(participantId, occasionCode)
        .declarations
        .put(criterionCode, new ParticipantFacts.Declaration(answer, reference));
  }

  @Override
  public void count(String participantId, String occasionCode, String key, int value) {
    of(participantId, occasionCode).counts.put(key, value);
  }

  @Override
  public void amount(String participantId, String occasionCode, String key, long dong) {
    of(participantId, occasionCode).amounts.put(key, dong);
  }

  @Override
  public void register(String participantId, String planCode, LocalDate on) {
    registrations.put(List.of(participantId, planCode), on);
  }

  private Facts of(String participantId, String occasionCode) {
    return facts.computeIfAbsent(new Occasion(participantId, occasionCode), k -> new Facts());
  }
}
