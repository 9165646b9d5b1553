package vn.emulation.jakarta.application.plan;

/** The commands on plan versions, as the API receives them (values still unchecked). */
public final class PlanCommands {

  private PlanCommands() {}

  /**
   * Changes a version's status: {@code IN_FORCE} brings a draft into force, superseding the version
   * in force from that day; {@code CLOSED} ends the version in force.
   *
   * @param status IN_FORCE or CLOSED (DRAFT and SUPERSEDED are never asked for: refused, naming the
   *     statuses allowed)
   * @param date the first day in force, or the first day closed, YYYY-MM-DD; absent: the day the
   *     version's own data names (its amendment's decision, its issue, its period's first day) for
   *     IN_FORCE, today for CLOSED
   */
  public record ChangeStatus(String status, String date) {}
}
