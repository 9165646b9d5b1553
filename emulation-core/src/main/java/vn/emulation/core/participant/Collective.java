package vn.emulation.core.participant;

/**
 * A collective participant: an office, a ward committee, a school, an enterprise, a household.
 * Immutable and thread-safe.
 *
 * @param id stable identifier
 * @param name name as written
 * @param categoryCode its category
 * @param unitCode its administrative unit
 */
public record Collective(String id, String name, String categoryCode, String unitCode)
    implements Participant {

  public Collective {
    Checks.requireText("id", id);
    Checks.requireText("name", name);
    Checks.requireText("categoryCode", categoryCode);
    Checks.requireText("unitCode", unitCode);
  }

  @Override
  public ParticipantKind kind() {
    return ParticipantKind.COLLECTIVE;
  }
}
