package vn.emulation.jakarta.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * The revision of the stored facts — reports, uploads, units, plans and participants — as a read
 * transaction sees them: the audit log's head ({@link AuditRepository#head()}, committed, not
 * locked). Every use case that writes one of them appends its audit entry in the same transaction
 * (ADR 0008), so the head moves exactly when the facts do, on every server sharing the database.
 * Answers computed from the facts are kept against it in a bounded memo (ADR 0034) and served again
 * while the head has not moved.
 *
 * <p>Why a kept answer is never stale: the head is read first in the transaction, then the facts
 * (READ COMMITTED: each later statement sees at least what was committed when the head was read).
 * An answer kept under head {@code h} was therefore computed from facts at least as new as {@code
 * h}; a write committed before a request began moved the head past {@code h}, so that request asks
 * under a newer head and computes afresh. The memo is per server but holds nothing another server
 * could contradict: two servers asked under one head compute from the same committed facts.
 */
@ApplicationScoped
public class FactsRevision {

  /**
   * Answers kept: a city's progress with its children is a few hundred kilobytes; the dashboards of
   * a province ask of a few dozen units and years at one head.
   */
  static final int CAPACITY = 256;

  private AuditRepository audit;
  private final RevisionMemo memo = new RevisionMemo(CAPACITY);

  /** For the container's proxy. */
  protected FactsRevision() {}

  @Inject
  public FactsRevision(AuditRepository audit) {
    this.audit = audit;
  }

  /**
   * The revision this transaction reads at: call it before reading any fact the answers depend on,
   * in the same transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Revision read() {
    return new Revision(audit.head().lastSeq(), memo);
  }

  /**
   * The audit log's head now, in a transaction of its own: for an edge that keys what it keeps by
   * the head it read <em>before</em> the use case runs (ADR 0034, rendered answers), so that the
   * use case, reading after it, sees facts at least as new.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public long head() {
    return audit.head().lastSeq();
  }

  /** One read's revision, and the answers kept against it. Immutable. */
  public static final class Revision {
    private final long seq;
    private final RevisionMemo memo;

    Revision(long seq, RevisionMemo memo) {
      this.seq = seq;
      this.memo = memo;
    }

    /** The audit log's last entry number when the read began. */
    public long seq() {
      return seq;
    }

    /** The answer to {@code what} for {@code key} (a value) at this revision, kept or computed. */
    public <T> T answer(String what, Object key, Supplier<T> compute) {
      return memo.answer(what, key, seq, compute);
    }
  }
}
