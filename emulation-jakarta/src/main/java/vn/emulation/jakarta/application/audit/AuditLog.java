package vn.emulation.jakarta.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.IntSupplier;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.jakarta.application.Inputs;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Reads the audit log for an administrator: its entries newest first, filtered by action, user,
 * target and time, and the verification of its chain, which reads every entry from the first in
 * pages (constant memory, however long the log) and names the first one that is not as written.
 */
@ApplicationScoped
public class AuditLog {

  static final int DEFAULT_PAGE_SIZE = 50;

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

  /** A page of entries, newest first; every bad parameter is reported at once. */
  public Page<AuditEntry> entries(AuditQuery.Listing q) {
    ProblemCollector problems = new ProblemCollector();
    PageRequest page =
        Inputs.page(problems, q.page(), q.size(), DEFAULT_PAGE_SIZE, maxPageSize.getAsInt());
    Instant from = instant(problems, "from", q.from(), false);
    Instant until = instant(problems, "to", q.to(), true);
    if (from != null && until != null && !from.isBefore(until)) {
      problems.add("to", AdapterMessages.text("audit.endComeAfterStart", q.from()));
    }
    problems.throwIfAny("audit query");
    return store.page(
        new AuditQuery.Filter(
            Inputs.blankToNull(q.action()),
            Inputs.blankToNull(q.actor()),
            trimmedTarget(q.target()),
            from,
            until),
        page);
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

  private static String trimmedTarget(String raw) {
    String t = Inputs.blankToNull(raw);
    return t == null ? null : t.replaceAll("/+$", "");
  }

  /**
   * A day (its start, or for {@code end} the start of the next day) or an instant with offset; null
   * when absent, or after recording a problem.
   */
  private Instant instant(ProblemCollector problems, String path, String raw, boolean end) {
    String text = Inputs.blankToNull(raw);
    if (text == null) {
      return null;
    }
    try {
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(path, AdapterMessages.text("audit.notValidTimeExpected", raw));
      return null;
    }
  }
}
