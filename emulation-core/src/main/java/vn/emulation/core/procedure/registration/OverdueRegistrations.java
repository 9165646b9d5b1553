package vn.emulation.core.procedure.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The units expected to register that have, on a day after the deadline, no registration Home
 * Affairs holds (the list Home Affairs urges, plan VI.2): none opened, one never sent, or one
 * returned and not sent again. A unit whose registration was sent late but is in is not overdue; it
 * is marked late on its registration.
 */
public final class OverdueRegistrations {

  private OverdueRegistrations() {}

  /** Why a unit is on the list. */
  public enum Why {
    /** It has opened no registration. */
    NONE,
    /** Its registration was never sent. */
    NOT_SENT,
    /** Its registration was returned and not sent again. */
    RETURNED
  }

  /**
   * One unit overdue on a day.
   *
   * @param unitCode the unit
   * @param why why it is on the list
   * @param registrationId its registration, if it opened one
   */
  public record Overdue(String unitCode, Why why, String registrationId) {
    public Overdue {
      Objects.requireNonNull(unitCode, "unitCode");
      Objects.requireNonNull(why, "why");
    }

    public Optional<String> registrationIdIfAny() {
      return Optional.ofNullable(registrationId);
    }
  }

  /**
   * The units of {@code expected}, in its order, that are overdue at the end of {@code day} against
   * {@code deadline}; empty on or before the deadline. A unit's registration is the one of {@code
   * registrations} for it (for the same plan or occasion: the caller's choice); when it has
   * several, the one in the best state counts.
   */
  public static List<Overdue> on(
      LocalDate day,
      RegistrationDeadline deadline,
      List<String> expected,
      Collection<Registration> registrations) {
    if (!deadline.isLateOn(day)) {
      return List.of();
    }
    List<Overdue> overdue = new ArrayList<>();
    for (String unit : expected) {
      List<Registration> its =
          registrations.stream().filter(r -> r.unitCode().equals(unit)).toList();
      if (its.isEmpty()) {
        overdue.add(new Overdue(unit, Why.NONE, null));
        continue;
      }
      Optional<Registration> held =
          its.stream().filter(r -> !outstanding(r.stateAtEndOf(day))).findFirst();
      if (held.isEmpty()) {
        Registration r = its.get(0);
        Why why = r.stateAtEndOf(day) == RegistrationState.RETURNED ? Why.RETURNED : Why.NOT_SENT;
        overdue.add(new Overdue(unit, why, r.id()));
      }
    }
    return List.copyOf(overdue);
  }

  private static boolean outstanding(RegistrationState state) {
    return state == RegistrationState.DRAFT || state == RegistrationState.RETURNED;
  }
}
