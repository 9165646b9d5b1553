package vn.emulation.jakarta.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The one clock of the adapter: "now" and "today" everywhere — the default day of a progress
 * question or a unit list, a unit user's lineage today, the default year of a template, the time of
 * an audit entry or a report, the days of an audit filter — come from the {@link Clock} this
 * produces, in Vietnam's time ({@value #VIETNAM}) wherever the server runs, unless the deployment
 * names another zone ({@code emulation.clock.zone}). Nothing else in the adapter reads the system
 * clock or the server's zone; {@code OneClockTest} fails the build when something does. Tests hand
 * the classes a fixed clock instead.
 */
@ApplicationScoped
public class ClockProducer {

  /** The zone of the movement's days: Indochina Time, UTC+7, no daylight saving. */
  public static final String VIETNAM = "Asia/Ho_Chi_Minh";

  @Inject EmulationSettings settings;

  @Produces
  Clock clock() {
    return clockIn(settings.clockZone());
  }

  /**
   * The system clock in a zone given by its region name ({@code Asia/Ho_Chi_Minh}); Vietnam's when
   * none is given.
   *
   * @throws IllegalArgumentException naming the setting and the value when it is no zone
   */
  static Clock clockIn(String zone) {
    String name = zone == null || zone.isBlank() ? VIETNAM : zone.strip();
    try {
      return Clock.system(ZoneId.of(name));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "emulation.clock.zone is not a time zone: \""
              + zone
              + "\" (expected a region such as "
              + VIETNAM
              + ")",
          e);
    }
  }
}
