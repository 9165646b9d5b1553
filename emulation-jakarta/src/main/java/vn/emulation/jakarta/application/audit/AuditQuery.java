package vn.emulation.jakarta.application.audit;

import java.time.Instant;

/** The questions asked of the audit log, as the client sends them and as they are checked. */
public final class AuditQuery {

  private AuditQuery() {}

  /**
   * What to list, as typed: text still, so that every bad parameter is reported at once.
   *
   * @param action only entries of this action ({@code unit.close}); any when absent
   * @param actor only entries of this user; any when absent
   * @param target only entries about this target or below it ({@code units/W01} also finds {@code
   *     units/W01/...}); any when absent
   * @param from only entries recorded at or after this day (YYYY-MM-DD, in Vietnam) or instant
   *     (ISO-8601 with offset)
   * @param to only entries recorded on or before this day, or before this instant
   * @param page the page number from 0
   * @param size the page size
   */
  public record Listing(
      String action,
      String actor,
      String target,
      String from,
      String to,
      String page,
      String size) {

    /** Everything, the first page of the default size. */
    public static Listing all() {
      return new Listing(null, null, null, null, null, null, null);
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
