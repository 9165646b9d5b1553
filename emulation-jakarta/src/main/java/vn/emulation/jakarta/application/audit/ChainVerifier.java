package vn.emulation.jakarta.application.audit;

/**
 * Checks a chain one entry at a time, in the order of their numbers from entry 1, so that a log of
 * millions of entries is verified a page at a time in constant memory. For each entry, in this
 * order: its number follows the one before ({@link ChainBreak.Kind#SEQUENCE_GAP}), it links to the
 * hash of the one before ({@link ChainBreak.Kind#LINK_BROKEN}), and its fields still give its hash
 * ({@link ChainBreak.Kind#CONTENT_CHANGED}). It stops at the first break: what follows a break
 * cannot be trusted to say more. Not thread-safe: one verification at a time.
 */
public final class ChainVerifier {

  private long lastSeq;
  private String lastHash = AuditChain.GENESIS;
  private long checked;
  private ChainBreak broken;

  ChainVerifier() {}

  /** Checks the next entry; answers whether the chain is still intact (and worth feeding). */
  public boolean accept(AuditEntry e) {
    if (broken != null) {
      return false;
    }
    checked++;
    if (e.seq() != lastSeq + 1) {
      broken = ChainBreak.sequenceGap(e.seq(), lastSeq + 1);
    } else if (!e.previousHash().equals(lastHash)) {
      broken = ChainBreak.linkBroken(e.seq());
    } else if (!AuditChain.hashOf(e).equals(e.hash())) {
      broken = ChainBreak.contentChanged(e.seq());
    } else {
      lastSeq = e.seq();
      lastHash = e.hash();
    }
    return broken == null;
  }

  /** The number of the last entry found intact, 0 before any. */
  public long lastSeq() {
    return lastSeq;
  }

  /** The outcome, the chain ending where its entries end. */
  public AuditVerification result() {
    return new AuditVerification(broken == null, checked, broken);
  }

  /**
   * The outcome, the chain expected to end at {@code head}: entries cut off at the end leave a
   * chain intact in itself but shorter than its head, and a replaced last entry leaves no successor
   * to notice it — only the head does.
   */
  public AuditVerification result(AuditHead head) {
    if (broken == null && lastSeq < head.lastSeq()) {
      broken = ChainBreak.endMissing(lastSeq, head.lastSeq());
    } else if (broken == null && lastSeq == head.lastSeq() && !lastHash.equals(head.lastHash())) {
      broken = ChainBreak.endReplaced(lastSeq);
    }
    return result();
  }
}
