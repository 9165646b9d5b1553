package vn.emulation.jakarta.application.procedure;

import java.util.Objects;
import vn.emulation.core.procedure.PublicAnnouncement;

/**
 * A public announcement (step 5) with what the core's case does not hold: the plan and the occasion
 * whose appraised nominees it lists.
 *
 * @param planCode the plan
 * @param occasionCode the occasion its nominees were nominated for
 * @param announcement the core's case
 */
public record PlanAnnouncement(
    String planCode, String occasionCode, PublicAnnouncement announcement) {

  public PlanAnnouncement {
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(occasionCode, "occasionCode");
    Objects.requireNonNull(announcement, "announcement");
  }

  /** The same announcement after a command. */
  public PlanAnnouncement with(PublicAnnouncement next) {
    return new PlanAnnouncement(planCode, occasionCode, next);
  }
}
