package vn.emulation.jakarta.application.audit;

/**
 * The port a document calls to print the audit head on itself (a decision, issue 13): the head now,
 * and the last anchor published, so that a reader can compare the printed head with the published
 * anchors and with the chain. {@link AuditAnchors} answers it.
 */
public interface DocumentHead {

  /**
   * The head to print.
   *
   * @param seq the head's last entry now
   * @param hash its hash
   * @param at when it was read
   * @param lastAnchor the last anchor published, {@code null} before the first
   */
  record PrintedHead(long seq, String hash, java.time.Instant at, AuditAnchor lastAnchor) {}

  /** The head now, read without locking (a document prints the state it was made from). */
  PrintedHead headToPrint();

  /**
   * An anchor taken now, under the head's lock, by the caller whose act the document records (a
   * decision's Chairman), and answered as the head to print: the document then prints exactly what
   * the open data publishes for that entry (ADR 0051). Audited as {@code audit.anchor}, like every
   * anchor; call it inside the act's transaction.
   */
  PrintedHead anchorToPrint();
}
