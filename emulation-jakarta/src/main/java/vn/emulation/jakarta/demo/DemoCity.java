package vn.emulation.jakarta.demo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.unit.OrgHierarchy;

/**
 * The demo city, ready to be stored and served: its units over the whole history, its participants,
 * the reports of its units for the plan's years, and what each participant put forward for each
 * occasion. Made by {@link DemoCityGenerator}. Immutable and thread-safe; two cities are equal when
 * they hold the same data.
 */
public final class DemoCity {

  private final OrgHierarchy units;
  private final List<Participant> participants;
  private final List<Measurement> measurements;
  private final List<DemoEvidence> evidence;

  DemoCity(
      OrgHierarchy units,
      List<Participant> participants,
      List<Measurement> measurements,
      List<DemoEvidence> evidence) {
    this.units = Objects.requireNonNull(units, "units");
    this.participants = List.copyOf(participants);
    this.measurements = List.copyOf(measurements);
    this.evidence = List.copyOf(evidence);
  }

  /** Every unit of the whole history, the reorganisation of 1 July 2025 included. */
  public OrgHierarchy units() {
    return units;
  }

  public List<Participant> participants() {
    return participants;
  }

  public Optional<Participant> participant(String id) {
    return participants.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The reports, each attributed to the unit that made it. */
  public List<Measurement> measurements() {
    return measurements;
  }

  /** What each participant put forward, one entry per participant and occasion it took part in. */
  public List<DemoEvidence> evidence() {
    return evidence;
  }

  /** The entries of one participant, in the plan's order of occasions. */
  public List<DemoEvidence> evidenceOf(String participantId) {
    return evidence.stream().filter(e -> e.participantId().equals(participantId)).toList();
  }

  /** The entry of one participant for one occasion, if it took part. */
  public Optional<DemoEvidence> evidence(String participantId, String occasionCode) {
    return evidence.stream()
        .filter(
            e -> e.participantId().equals(participantId) && e.occasionCode().equals(occasionCode))
        .findFirst();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DemoCity other
        && Set.copyOf(units.all()).equals(Set.copyOf(other.units.all()))
        && participants.equals(other.participants)
        && measurements.equals(other.measurements)
        && evidence.equals(other.evidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Set.copyOf(units.all()), participants, measurements, evidence);
  }

  @Override
  public String toString() {
    return "DemoCity["
        + units.all().size()
        + " units, "
        + participants.size()
        + " participants, "
        + measurements.size()
        + " measurements, "
        + evidence.size()
        + " evidence entries]";
  }
}
