package vn.emulation.core.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day an act was done, as the law counts it: its date in Vietnam (UTC+7), so that a
 * registration sent at 23:30 on 31 January in Hà Nội is on time whatever the server's zone.
 */
public final class ActDay {

  /** Vietnam's zone, in which every deadline of the procedure is a day. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private ActDay() {}

  public static LocalDate of(Instant at) {
    return at.atZone(VIETNAM).toLocalDate();
  }
}
