package vn.emulation.jakarta.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.IntSupplier;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Reads the audit log for an administrator: its entries newest first, filtered by action, user,
 * target and time, and the verification of its chain, which reads every entry from the first in
 * pages (constant memory, however long the log) and names the first one that is not as written.
 */
@ApplicationScoped
public class AuditLog {

  /** The size of a page of entries when the client names none. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  /** Entries read at a time by a verification. */
  static final int VERIFY_PAGE = 500;

  private AuditRepository store;
  private IntSupplier maxPageSize;

  /** Days given in a filter are days in the clock's zone: Vietnam, wherever the server runs. */
  private ZoneId zone;

  /** For the container's proxy. */
  protected AuditLog() {}

  @Inject
  public AuditLog(AuditRepository store, EmulationSettings settings, Clock clock) {
    this(store, settings::pageMaxSize, clock.getZone());
  }

  /** A log on a given store, largest page and zone of days: the container's, or a test's. */
  public AuditLog(AuditRepository store, IntSupplier maxPageSize, ZoneId zone) {
    this.store = store;
    this.maxPageSize = maxPageSize;
    this.zone = zone;
  }

  /** A page of entries, newest first, asked without problems. */
  public Page<AuditEntry> entries(AuditQuery.Listing q) {
    return entries(q, Unread.none());
  }

  /**
   * A page of entries, newest first; the problems of reading the query ({@code unread}) are
   * answered with those of the time span, every bad parameter at once.
   */
  public Page<AuditEntry> entries(AuditQuery.Listing q, Unread unread) {
    ProblemCollector problems = new ProblemCollector();
    Instant from = q.from() == null ? null : q.from().instant(zone, false);
    Instant until = q.to() == null ? null : q.to().instant(zone, true);
    if (from != null && until != null && !from.isBefore(until)) {
      problems.add("to", AdapterMessages.text("audit.endComeAfterStart", q.from().given()));
    }
    unread.throwWith(problems, "audit query", AuditQuery.Listing.FIELDS);
    return store.page(
        new AuditQuery.Filter(q.action(), q.actor(), trimmedTarget(q.target()), from, until),
        q.page());
  }

  /** The largest page of entries a client may ask for: the edge reads the page against it. */
  public int maxPageSize() {
    return maxPageSize.getAsInt();
  }

  /** Verifies the whole chain, {@value #VERIFY_PAGE} entries at a time. */
  public AuditVerification verify() {
    return verify(VERIFY_PAGE);
  }

  /**
   * Verifies the whole chain, reading {@code pageSize} entries at a time. The head is read first:
   * entries appended meanwhile lie beyond it and wait for the next verification.
   */
  public AuditVerification verify(int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException(
          "a verification reads at least 1 entry at a time, not " + pageSize);
    }
    AuditHead head = store.head();
    ChainVerifier verifier = AuditChain.verifier();
    long after = 0;
    while (after < head.lastSeq()) {
      List<AuditEntry> chunk = store.chain(after, head.lastSeq(), pageSize);
      if (chunk.isEmpty()) {
        break;
      }
      for (AuditEntry e : chunk) {
        if (!verifier.accept(e)) {
          return verifier.result();
        }
      }
      after = chunk.get(chunk.size() - 1).seq();
    }
    return verifier.result(head);
  }

  /** A target without the slashes it may end with ({@code units/W01/} is {@code units/W01}). */
  private static String trimmedTarget(String target) {
    return target == null ? null : target.replaceAll("/+$", "");
  }
}
