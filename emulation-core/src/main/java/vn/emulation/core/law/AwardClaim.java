package vn.emulation.core.law;

import java.util.Objects;
import vn.emulation.core.common.YearPeriod;

/**
 * A form proposed or granted for an achievement: a participant's work over the years an occasion
 * covers (the annual round of 2023 covers 2023; the interim review of 2023 covers 2022–2023).
 * Immutable and thread-safe.
 *
 * @param participantId who achieved it
 * @param covered the years of work the occasion judges
 * @param occasionCode the occasion it was proposed on
 * @param formCode the form proposed or granted
 * @param status where it stands
 */
public record AwardClaim(
    String participantId,
    YearPeriod covered,
    String occasionCode,
    String formCode,
    ClaimStatus status) {

  public AwardClaim {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(covered, "covered");
    Objects.requireNonNull(occasionCode, "occasionCode");
    Objects.requireNonNull(formCode, "formCode");
    Objects.requireNonNull(status, "status");
  }

  /** Where a claim stands: a refused or revoked one no longer holds its achievement. */
  public enum ClaimStatus {
    PROPOSED,
    GRANTED,
    REFUSED,
    REVOKED;

    /** Whether a claim in this status holds its achievement. */
    public boolean holds() {
      return this == PROPOSED || this == GRANTED;
    }
  }

  /**
   * The same claim once the decision that granted it is annulled (Law art. 93): it no longer holds
   * the achievement.
   */
  public AwardClaim revoked() {
    return new AwardClaim(participantId, covered, occasionCode, formCode, ClaimStatus.REVOKED);
  }

  /**
   * The same claim once the council did not approve it (its minutes): no form was granted for the
   * achievement, so it no longer holds it against a later proposal for the same work.
   */
  public AwardClaim refused() {
    return new AwardClaim(participantId, covered, occasionCode, formCode, ClaimStatus.REFUSED);
  }

  /** Whether this claim and {@code other} are for the same participant's work in some year. */
  public boolean sameAchievementAs(AwardClaim other) {
    return participantId.equals(other.participantId)
        && covered.first() <= other.covered.last()
        && other.covered.first() <= covered.last();
  }
}
