package vn.emulation.jakarta.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.audit.AuditEntry;
import vn.emulation.jakarta.application.audit.AuditHead;
import vn.emulation.jakarta.application.audit.AuditQuery;
import vn.emulation.jakarta.application.audit.AuditRepository;

/** The audit log as a list, append-only; its head is the last entry's. */
public final class InMemoryAuditRepository implements AuditRepository {

  private final List<AuditEntry> entries = new ArrayList<>();

  @Override
  public AuditHead lockHead() {
    return head();
  }

  @Override
  public void append(AuditEntry entry) {
    AuditHead head = head();
    if (entry.seq() != head.lastSeq() + 1 || !entry.previousHash().equals(head.lastHash())) {
      throw new IllegalStateException(
          "audit entry " + entry.seq() + " does not follow the head " + head.lastSeq());
    }
    entries.add(entry);
  }

  @Override
  public AuditHead head() {
    return entries.isEmpty()
        ? AuditHead.empty()
        : new AuditHead(
            entries.get(entries.size() - 1).seq(), entries.get(entries.size() - 1).hash());
  }

  @Override
  public List<AuditEntry> chain(long afterSeq, long upToSeq, int max) {
    return entries.stream()
        .filter(e -> e.seq() > afterSeq && e.seq() <= upToSeq)
        .limit(max)
        .toList();
  }

  @Override
  public Page<AuditEntry> page(AuditQuery.Filter f, PageRequest req) {
    return Pages.of(
        entries.stream()
            .filter(e -> f.action() == null || e.action().equals(f.action()))
            .filter(e -> f.actor() == null || e.actor().equals(f.actor()))
            .filter(
                e ->
                    f.target() == null
                        || e.target().equals(f.target())
                        || e.target().startsWith(f.target() + "/"))
            .filter(e -> f.from() == null || !e.recordedAt().isBefore(f.from()))
            .filter(e -> f.until() == null || e.recordedAt().isBefore(f.until()))
            .sorted(Comparator.comparingLong(AuditEntry::seq).reversed())
            .toList(),
        req);
  }

  /** Every entry, in order. */
  public List<AuditEntry> entries() {
    return List.copyOf(entries);
  }
}
