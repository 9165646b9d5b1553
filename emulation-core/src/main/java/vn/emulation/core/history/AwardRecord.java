package vn.emulation.core.history;

import java.time.LocalDate;
import java.util.Objects;
import vn.emulation.core.law.AwardType;

/**
 * A form of commendation received: which, of what type, by which decision on which day, and whether
 * the decision was annulled (Law art. 93.2). Immutable.
 *
 * @param form the rule set's code of the form
 * @param type the type of commendation
 * @param decisionNumber the decision's number
 * @param decidedOn the day of the decision
 * @param revokedOn the day the decision was annulled; {@code null} while it stands
 */
public record AwardRecord(
    String form, AwardType type, String decisionNumber, LocalDate decidedOn, LocalDate revokedOn) {

  public AwardRecord {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(decisionNumber, "decisionNumber");
    Objects.requireNonNull(decidedOn, "decidedOn");
    if (revokedOn != null && revokedOn.isBefore(decidedOn)) {
      throw new IllegalArgumentException(
          "decision " + decisionNumber + " annulled " + revokedOn + " before " + decidedOn);
    }
  }

  /** Whether it stands on {@code day}: decided by then and not annulled by then. */
  public boolean standsOn(LocalDate day) {
    return !decidedOn.isAfter(day) && (revokedOn == null || revokedOn.isAfter(day));
  }
}
