package vn.emulation.core.participant;

/**
 * An individual participant: an official, a worker, an entrepreneur, a scientist. Immutable and
 * thread-safe.
 *
 * @param id stable identifier
 * @param name full name as written
 * @param categoryCode its category
 * @param unitCode the administrative unit it works or lives in
 */
public record Individual(String id, String name, String categoryCode, String unitCode)
    implements Participant {

  public Individual {
    Checks.requireText("id", id);
    Checks.requireText("name", name);
    Checks.requireText("categoryCode", categoryCode);
    Checks.requireText("unitCode", unitCode);
  }

  @Override
  public ParticipantKind kind() {
    return ParticipantKind.INDIVIDUAL;
  }
}
