package vn.emulation.core.history;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.law.AwardClaim;
import vn.emulation.core.law.AwardClaim.ClaimStatus;
import vn.emulation.core.law.AwardType;

/**
 * A form of commendation received: which, of what type, by which decision on which day, for the
 * work of which year when the record says, and whether the decision was annulled (Law art. 93.2).
 * Immutable.
 *
 * @param form the rule set's code of the form
 * @param type the type of commendation
 * @param decisionNumber the decision's number
 * @param decidedOn the day of the decision
 * @param revokedOn the day the decision was annulled; {@code null} while it stands
 * @param achievementYear the year of work the award recognises (the Giấy khen of March 2024 for the
 *     work of 2023); {@code null} when the record does not say
 */
public record AwardRecord(
    String form,
    AwardType type,
    String decisionNumber,
    LocalDate decidedOn,
    LocalDate revokedOn,
    Integer achievementYear) {

  /** A record that does not say which year's work the award recognises. */
  public AwardRecord(
      String form,
      AwardType type,
      String decisionNumber,
      LocalDate decidedOn,
      LocalDate revokedOn) {
    this(form, type, decisionNumber, decidedOn, revokedOn, null);
  }

  public AwardRecord {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(decisionNumber, "decisionNumber");
    Objects.requireNonNull(decidedOn, "decidedOn");
    if (revokedOn != null && revokedOn.isBefore(decidedOn)) {
      throw new IllegalArgumentException(
          "decision " + decisionNumber + " annulled " + revokedOn + " before " + decidedOn);
    }
    if (achievementYear != null && achievementYear > decidedOn.getYear()) {
      throw new IllegalArgumentException(
          "decision "
              + decisionNumber
              + " of "
              + decidedOn
              + " for the work of "
              + achievementYear);
    }
  }

  /** Whether it stands on {@code day}: decided by then and not annulled by then. */
  public boolean standsOn(LocalDate day) {
    return !decidedOn.isAfter(day) && (revokedOn == null || revokedOn.isAfter(day));
  }

  /**
   * The claim this earlier award makes on {@code participantId}'s achievement, for one achievement,
   * one award (Law art. 5.2.c): granted for the year of work it recognises, named by its decision
   * (it came from no occasion of this system), revoked once annulled; none when the record does not
   * say which year's work it recognises, since no achievement can then be matched.
   */
  public Optional<AwardClaim> claimOf(String participantId) {
    if (achievementYear == null) {
      return Optional.empty();
    }
    return Optional.of(
        new AwardClaim(
            participantId,
            YearPeriod.of(achievementYear, achievementYear),
            decisionNumber,
            form,
            revokedOn == null ? ClaimStatus.GRANTED : ClaimStatus.REVOKED));
  }
}
