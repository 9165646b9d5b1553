package vn.emulation.jakarta.infrastructure.schedule;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.LastExecution;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.Trigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.audit.AuditAnchors;
import vn.emulation.jakarta.application.notice.NoticeMail;
import vn.emulation.jakarta.application.notice.Notices;

/**
 * Every day at {@code emulation.daily.at} (00:05 by default) in the clock's zone (Vietnam): the
 * audit log's anchor of the day ({@link AuditAnchors#takeDaily}) and the registration deadline's
 * reminders {@code emulation.notices.deadline-days-ahead} days ahead (7 by default; {@link
 * Notices#remindDeadlines}), each as the system through {@link Callers#runAsSystem}, which logs its
 * purpose. Every server sharing the database runs it; the anchor is taken once a day (under the
 * audit head's lock) and a reminder once (by its key). On the container's default managed scheduled
 * executor ({@code concurrent-3.0}); {@code emulation.daily.enabled=false} turns it off.
 */
@ApplicationScoped
public class DailyRuns {

  private static final Logger LOG = Logger.getLogger(DailyRuns.class.getName());
  private static final String EXECUTOR = "java:comp/DefaultManagedScheduledExecutorService";

  @Inject AuditAnchors anchors;
  @Inject Notices notices;
  @Inject Callers callers;
  @Inject Clock clock;
  @Inject NoticeMail mail;

  @Inject
  @ConfigProperty(name = "emulation.daily.at", defaultValue = "00:05")
  String at;

  @Inject
  @ConfigProperty(name = "emulation.daily.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "emulation.notices.deadline-days-ahead", defaultValue = "7")
  int daysAhead;

  private ScheduledFuture<?> scheduled;

  void onStart(@Observes @Priority(10) @Initialized(ApplicationScoped.class) Object ignored) {
    mail.configured(); // says once, at start, whether notices are mailed
    if (!enabled) {
      LOG.info(
          "the daily runs (audit anchor, deadline reminders) are off: emulation.daily.enabled");
      return;
    }
    LocalTime time = LocalTime.parse(at);
    try {
      ManagedScheduledExecutorService executor =
          (ManagedScheduledExecutorService) new InitialContext().lookup(EXECUTOR);
      scheduled = executor.schedule(this::runNow, new Daily(time, clock));
      LOG.info(
          () ->
              "the daily runs (audit anchor, deadline reminders "
                  + daysAhead
                  + " days ahead) at "
                  + time
                  + " "
                  + clock.getZone());
    } catch (NamingException e) {
      LOG.log(Level.WARNING, "no managed scheduled executor: the daily runs do not run", e);
    }
  }

  @PreDestroy
  void stop() {
    if (scheduled != null) {
      scheduled.cancel(false);
    }
  }

  /** One day's runs, now: the anchor, then the reminders; a failure of one leaves the other. */
  public void runNow() {
    try {
      callers.runAsSystem("audit.anchor: the day's anchor of the audit head", anchors::takeDaily);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the day's audit anchor was not taken", e);
    }
    try {
      var reminded =
          callers.runAsSystem(
              "notices: the registration deadline's reminders",
              () -> notices.remindDeadlines(notices.today(), daysAhead));
      reminded.forEach(notices::mail);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the deadline reminders were not given", e);
    }
  }

  /** Every day at a time of the clock's zone. */
  static final class Daily implements Trigger {
    private final LocalTime time;
    private final Clock clock;

    Daily(LocalTime time, Clock clock) {
      this.time = time;
      this.clock = clock;
    }

    @Override
    public Date getNextRunTime(LastExecution last, Date taskScheduledTime) {
      ZonedDateTime now = ZonedDateTime.now(clock);
      ZonedDateTime next = now.with(time);
      if (!next.isAfter(now)) {
        next = next.plusDays(1);
      }
      return Date.from(next.toInstant());
    }

    @Override
    public boolean skipRun(LastExecution last, Date scheduledRunTime) {
      return false;
    }
  }
}
