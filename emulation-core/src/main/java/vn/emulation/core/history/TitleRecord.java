package vn.emulation.core.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An emulation title recognised for a year (Lao động tiên tiến 2024). Immutable.
 *
 * @param year the year it was recognised for
 * @param title the rule set's code of the title
 * @param decisionNumber the decision that recognised it; {@code null} when not recorded
 * @param revokedOn the day the decision was annulled; {@code null} while it stands
 */
public record TitleRecord(int year, String title, String decisionNumber, LocalDate revokedOn) {

  public TitleRecord {
    Objects.requireNonNull(title, "title");
  }

  /** Whether it stands on {@code day}: not annulled by then. */
  public boolean standsOn(LocalDate day) {
    return revokedOn == null || revokedOn.isAfter(day);
  }
}
