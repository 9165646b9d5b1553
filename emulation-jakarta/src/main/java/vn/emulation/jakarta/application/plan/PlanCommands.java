package vn.emulation.jakarta.application.plan;

import java.time.LocalDate;
import vn.emulation.core.plan.PlanStatus;
import vn.emulation.jakarta.application.Unread;

/**
 * The commands on plan versions, read at the edge into typed values; what the edge could not read
 * comes with them, for the use case to answer with its own problems.
 */
public final class PlanCommands {

  private PlanCommands() {}

  /**
   * Changes a version's status: {@code IN_FORCE} brings a draft into force, superseding the version
   * in force from that day; {@code CLOSED} ends the version in force.
   *
   * @param status IN_FORCE or CLOSED (DRAFT and SUPERSEDED are never asked for: refused, naming the
   *     statuses allowed)
   * @param date the first day in force, or the first day closed; absent: the day the version's own
   *     data names (its amendment's decision, its issue, its period's first day) for IN_FORCE,
   *     today for CLOSED
   * @param unread the fields the edge could not read (then absent here)
   */
  public record ChangeStatus(PlanStatus status, LocalDate date, Unread unread) {

    public ChangeStatus {
      unread = unread == null ? Unread.none() : unread;
    }

    /** A command read without problems. */
    public ChangeStatus(PlanStatus status, LocalDate date) {
      this(status, date, Unread.none());
    }
  }
}
