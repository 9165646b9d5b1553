package vn.emulation.jakarta.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.emulation.core.procedure.registration.OverdueRegistrations;
import vn.emulation.core.procedure.registration.Registration;
import vn.emulation.jakarta.interfaces.rest.CaseViews.FileView;
import vn.emulation.jakarta.interfaces.rest.CaseViews.TransitionView;

/** How registrations are shown over the API. */
final class RegistrationViews {

  private RegistrationViews() {}

  /**
   * A unit's registration for a plan, with every transition it took and the commands its state
   * allows now; its version is also its ETag, for If-Match on the next command.
   *
   * @param occasionCode the occasion, absent for the whole plan
   * @param ownPlan the unit's own emulation plan, absent until attached
   * @param dueOn the last day on time (the plan's registration deadline)
   * @param late whether it was first sent after the deadline
   * @param firstSubmittedOn the day (in Vietnam) it was first sent, absent while never sent
   * @param allowed the commands its state allows now
   */
  public record RegistrationView(
      String id,
      String planCode,
      String occasionCode,
      String unitCode,
      String state,
      long version,
      List<String> participantIds,
      FileView ownPlan,
      LocalDate dueOn,
      String deadlineCode,
      boolean late,
      LocalDate firstSubmittedOn,
      String openedBy,
      Instant openedAt,
      List<String> allowed,
      List<TransitionView> transitions) {

    static RegistrationView of(Registration r) {
      return new RegistrationView(
          r.id(),
          r.planCode(),
          r.occasionCode().orElse(null),
          r.unitCode(),
          r.state().name(),
          r.version(),
          r.participantIds(),
          r.ownPlan().map(FileView::of).orElse(null),
          r.deadline().dueOn(),
          r.deadline().deadlineCodeIfAny().orElse(null),
          r.isLate(),
          r.firstSubmittedOn().orElse(null),
          r.openedBy(),
          r.openedAt(),
          r.allowedCommands(),
          CaseViews.transitions(r.log()));
    }
  }

  /**
   * The units overdue on a day (Home Affairs' list to urge them).
   *
   * @param on the day asked about
   * @param dueOn the plan's registration deadline
   * @param units each unit overdue, in code order, with why
   */
  public record OverdueList(LocalDate on, LocalDate dueOn, List<OverdueUnit> units) {}

  /**
   * One unit overdue: NONE (no registration opened), NOT_SENT or RETURNED (returned, not sent
   * again).
   *
   * @param registrationId its registration, absent when it opened none
   */
  public record OverdueUnit(String unitCode, String why, String registrationId) {
    static OverdueUnit of(OverdueRegistrations.Overdue o) {
      return new OverdueUnit(o.unitCode(), o.why().name(), o.registrationIdIfAny().orElse(null));
    }
  }
}
