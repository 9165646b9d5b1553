package vn.emulation.jakarta.application.events;

import java.time.LocalDate;
import java.util.Objects;
import vn.emulation.core.plan.PlanStatus;

/**
 * A plan version changed status. Immutable.
 *
 * @param planCode the plan
 * @param version the version that changed
 * @param from its status before
 * @param to its status now
 * @param day the day it came into force or closed
 * @param superseded the version it superseded on that day, or {@code null} when none
 */
public record PlanStatusChanged(
    String planCode,
    int version,
    PlanStatus from,
    PlanStatus to,
    LocalDate day,
    Integer superseded) {

  public PlanStatusChanged {
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(day, "day");
  }
}
