package vn.emulation.jakarta.application.audit;

/**
 * What the audit log keeps of an anchor taken: its number, day, the head it names and whether the
 * daily run took it.
 */
public record AnchorState(long number, String day, long seq, String hash, boolean scheduled) {

  static AnchorState of(AuditAnchor a) {
    return new AnchorState(a.number(), a.day().toString(), a.seq(), a.hash(), a.scheduled());
  }
}
