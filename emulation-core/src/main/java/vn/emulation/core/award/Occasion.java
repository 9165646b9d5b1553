package vn.emulation.core.award;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.unit.OrgUnit;

/**
 * An occasion on which awards are considered: the annual round of a year, the interim review in Q4
 * 2023, the final review in Q4 2025. It names the milestone whose thresholds its target criteria
 * use and the award forms it offers. Immutable and thread-safe.
 *
 * @param code the plan's code for it
 * @param type annual, interim or final
 * @param name its name
 * @param year the year whose achievements it considers
 * @param milestoneYear the milestone whose targets its attainment criteria use
 * @param heldFrom the first day of the window in which it is held
 * @param heldUntil the last day of that window
 * @param awardFormCodes the award forms it offers
 */
public record Occasion(
    String code,
    OccasionType type,
    LocalizedText name,
    int year,
    int milestoneYear,
    LocalDate heldFrom,
    LocalDate heldUntil,
    List<String> awardFormCodes) {

  public Occasion {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("an occasion code must not be blank: " + code);
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(heldFrom, "heldFrom");
    Objects.requireNonNull(heldUntil, "heldUntil");
    if (heldUntil.isBefore(heldFrom)) {
      throw new IllegalArgumentException(
          "occasion " + code + " ends " + heldUntil + " before it starts " + heldFrom);
    }
    awardFormCodes = List.copyOf(awardFormCodes);
  }

  /**
   * The day {@code unit} is judged on for this occasion: the last day of the window on which it
   * exists. Empty when it exists on no day of the window: a ward closed before the occasion is
   * held, or one opened after it, is not judged; its successor, which inherits its history, is.
   */
  public Optional<LocalDate> judgedOn(OrgUnit unit) {
    return unit.lastDayOnOrBefore(heldUntil).filter(last -> !last.isBefore(heldFrom));
  }

  /** Whether {@code unit} is judged on this occasion: it exists on some day of the window. */
  public boolean judges(OrgUnit unit) {
    return judgedOn(unit).isPresent();
  }

  /** Why a unit is not judged on an occasion. */
  public enum Absence {
    /** It closed before the occasion's window opened. */
    CLOSED_BEFORE,
    /** It opened after the occasion's window closed. */
    OPENED_AFTER
  }

  /**
   * Why {@code unit} is not judged on this occasion; empty when it is judged. A unit that exists on
   * no day of the window either closed before it or opened after it.
   */
  public Optional<Absence> absenceOf(OrgUnit unit) {
    if (judges(unit)) {
      return Optional.empty();
    }
    return Optional.of(
        unit.openedOn().isAfter(heldUntil) ? Absence.OPENED_AFTER : Absence.CLOSED_BEFORE);
  }
}
