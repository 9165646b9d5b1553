package vn.emulation.core.history;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.emulation.core.participant.Participant;

/**
 * The participants a check may meet and their histories: a participant without a recorded history
 * has an empty one. Immutable and thread-safe.
 */
public final class HistoryBook {

  private final Map<String, Participant> participants;
  private final Map<String, ParticipantHistory> histories;

  private HistoryBook(
      Map<String, Participant> participants, Map<String, ParticipantHistory> histories) {
    this.participants = participants;
    this.histories = histories;
  }

  /**
   * The book of these participants and histories.
   *
   * @throws IllegalArgumentException when a history is of a participant not given, or an identifier
   *     repeats
   */
  public static HistoryBook of(
      Collection<? extends Participant> participants, Collection<ParticipantHistory> histories) {
    Map<String, Participant> byId =
        participants.stream().collect(Collectors.toMap(Participant::id, Function.identity()));
    Map<String, ParticipantHistory> byParticipant =
        histories.stream()
            .collect(Collectors.toMap(ParticipantHistory::participantId, Function.identity()));
    for (String id : byParticipant.keySet()) {
      if (!byId.containsKey(id)) {
        throw new IllegalArgumentException("a history of an unknown participant " + id);
      }
    }
    return new HistoryBook(Map.copyOf(byId), Map.copyOf(byParticipant));
  }

  private static <T> T twice(T a, T b) {
    throw new IllegalArgumentException("given twice: " + a);
  }

  /** The history of {@code participantId}; empty when nothing is recorded. */
  public ParticipantHistory historyOf(String participantId) {
    return histories.getOrDefault(participantId, ParticipantHistory.empty(participantId));
  }

  /** The collectives of {@code category} attached to {@code unitCode}, by identifier. */
  List<Participant> bodiesOf(String unitCode, String category) {
    return participants.values().stream()
        .filter(p -> p.unitCode().equals(unitCode) && p.categoryCode().equals(category))
        .sorted(java.util.Comparator.comparing(Participant::id))
        .toList();
  }
}
