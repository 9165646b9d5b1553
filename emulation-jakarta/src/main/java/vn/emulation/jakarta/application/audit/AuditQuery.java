package vn.emulation.jakarta.application.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.emulation.jakarta.application.PageRequest;

/** The questions asked of the audit log, as the client sends them and as they are checked. */
public final class AuditQuery {

  private AuditQuery() {}

  /**
   * What to list, read at the edge (what did not read is handed over beside it, so that every bad
   * parameter is reported at once).
   *
   * @param action only entries of this action ({@code unit.close}); any when absent
   * @param actor only entries of this user; any when absent
   * @param target only entries about this target or below it ({@code units/W01} also finds {@code
   *     units/W01/...}); any when absent
   * @param from only entries recorded at or after this day (in Vietnam) or instant
   * @param to only entries recorded on or before this day, or before this instant
   * @param page the page asked for
   */
  public record Listing(
      String action, String actor, String target, Moment from, Moment to, PageRequest page) {

    /** Its parameters, in the order their problems are named. */
    public static final List<String> FIELDS = List.of("page", "size", "from", "to");

    /** Everything, the first page of the default size. */
    public static Listing all() {
      return new Listing(
          null, null, null, null, null, new PageRequest(0, AuditLog.DEFAULT_PAGE_SIZE));
    }
  }

  /**
   * A bound of the time filter as the client gave it: a day, whose start the log takes in its own
   * zone (Vietnam, wherever the server runs), or an instant.
   *
   * @param given the parameter as sent, for a problem that quotes it
   * @param day the day, or null for an instant
   * @param instant the instant, or null for a day
   */
  public record Moment(String given, LocalDate day, Instant instant) {

    /** A whole day. */
    public static Moment day(String given, LocalDate day) {
      return new Moment(given, day, null);
    }

    /** An instant. */
    public static Moment at(String given, Instant instant) {
      return new Moment(given, null, instant);
    }

    /** Its instant: a day's start in {@code zone}, or for an {@code end} the next day's. */
    Instant instant(ZoneId zone, boolean end) {
      return day == null ? instant : (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
    }
  }

  /**
   * A checked filter; null fields do not filter.
   *
   * @param action the action, exactly
   * @param actor the user, exactly
   * @param target the target, or a path prefix of it
   * @param from recorded at or after
   * @param until recorded before
   */
  public record Filter(String action, String actor, String target, Instant from, Instant until) {}
}
