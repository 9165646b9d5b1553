package vn.emulation.jakarta.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The audit log's anchors (ADR 0045): the head's number and hash kept every day by the scheduled
 * run ({@link #takeDaily}, as the system through an explicit run-as) and whenever an administrator
 * takes one ({@link #take}), each audited {@code audit.anchor}; published as open data ({@link
 * #published}), so that whoever downloaded them can tell a chain rewritten afterwards, head and
 * all; and the chain verified against them ({@link #verify}). Also what a document prints of the
 * head ({@link DocumentHead}).
 *
 * <p>An anchor is taken under the head's lock, the lock every writer takes: it names exactly the
 * entries committed before it, and its own entry comes next.
 */
@ApplicationScoped
public class AuditAnchors implements DocumentHead {

  private AnchorRepository anchors;
  private AuditRepository entries;
  private AuditTrail trail;
  private AuditLog log;
  private Callers callers;
  private Clock clock;

  /** For the container's proxy. */
  protected AuditAnchors() {}

  /** The anchors on given parts: the container's, or a test's. */
  @Inject
  public AuditAnchors(
      AnchorRepository anchors,
      AuditRepository entries,
      AuditTrail trail,
      AuditLog log,
      Callers callers,
      Clock clock) {
    this.anchors = anchors;
    this.entries = entries;
    this.trail = trail;
    this.log = log;
    this.callers = callers;
    this.clock = clock;
  }

  /**
   * An administrator takes an anchor now, whatever the daily run took.
   *
   * @throws AccessDeniedException for anyone but an administrator
   */
  @Transactional
  public AuditAnchor take() {
    Caller caller = callers.writer();
    if (!caller.has(Role.ADMIN)) {
      throw new AccessDeniedException(AdapterMessages.text("audit.anchorAdminOnly"));
    }
    return anchor(false);
  }

  /**
   * The day's anchor of the daily run, unless it was taken today already (by this server or another
   * sharing the database: the head's lock orders them). The caller must be the system, inside
   * {@code Callers.runAsSystem}: the run is logged and its entry names {@code system}.
   *
   * @return the anchor taken, or empty when today's was there
   * @throws AccessDeniedException for any caller but the system
   */
  @Transactional
  public Optional<AuditAnchor> takeDaily() {
    Caller caller = callers.writer();
    if (!Caller.SYSTEM_USER.equals(caller.user())) {
      throw new AccessDeniedException(AdapterMessages.text("audit.anchorDailyBySystem"));
    }
    entries.lockHead();
    if (anchors.scheduledOn(LocalDate.now(clock))) {
      return Optional.empty();
    }
    return Optional.of(anchor(true));
  }

  private AuditAnchor anchor(boolean scheduled) {
    AuditHead head = entries.lockHead();
    long number = anchors.last().map(a -> a.number() + 1).orElse(1L);
    AuditAnchor a =
        new AuditAnchor(
            number,
            LocalDate.now(clock),
            head.lastSeq(),
            head.lastHash(),
            now(),
            callers.current().user(),
            scheduled);
    anchors.add(a);
    trail.record("audit.anchor", AuditTargets.ANCHORS, null, AnchorState.of(a));
    return a;
  }

  /** Every anchor, the first first: what the open data publishes. */
  public List<AuditAnchor> published() {
    return anchors.all();
  }

  /**
   * The chain verified (every entry, {@link AuditLog#verify}), then each anchor against it: the
   * entry the anchor names must still hash to what it published. An anchor beyond the chain's end,
   * or whose entry now hashes otherwise, is the first mismatch.
   */
  public AnchorVerification verify() {
    AuditVerification chain = log.verify();
    int checked = 0;
    for (AuditAnchor a : anchors.all()) {
      checked++;
      String found = hashAt(a.seq());
      if (!a.hash().equals(found)) {
        return new AnchorVerification(
            chain, checked, new AnchorVerification.AnchorMismatch(a, found));
      }
    }
    return new AnchorVerification(chain, checked, null);
  }

  private String hashAt(long seq) {
    if (seq == 0) {
      return AuditChain.GENESIS;
    }
    List<AuditEntry> e = entries.chain(seq - 1, seq, 1);
    return e.isEmpty() || e.get(0).seq() != seq ? null : e.get(0).hash();
  }

  @Override
  public PrintedHead headToPrint() {
    AuditHead head = entries.head();
    return new PrintedHead(head.lastSeq(), head.lastHash(), now(), anchors.last().orElse(null));
  }

  @Override
  @Transactional
  public PrintedHead anchorToPrint() {
    AuditAnchor a = anchor(false);
    return new PrintedHead(a.seq(), a.hash(), a.at(), a);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
