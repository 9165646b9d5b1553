package vn.emulation.jakarta.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.emulation.jakarta.application.audit.AnchorRepository;
import vn.emulation.jakarta.application.audit.AuditAnchor;

/** The audit anchors in memory, append-only. */
public final class InMemoryAnchorRepository implements AnchorRepository {

  private final List<AuditAnchor> anchors = new ArrayList<>();

  @Override
  public List<AuditAnchor> all() {
    return List.copyOf(anchors);
  }

  @Override
  public Optional<AuditAnchor> last() {
    return anchors.isEmpty() ? Optional.empty() : Optional.of(anchors.get(anchors.size() - 1));
  }

  @Override
  public boolean scheduledOn(LocalDate day) {
    return anchors.stream().anyMatch(a -> a.scheduled() && a.day().equals(day));
  }

  @Override
  public void add(AuditAnchor anchor) {
    if (anchor.number() != anchors.size() + 1) {
      throw new IllegalStateException("anchor " + anchor.number() + " does not follow the last");
    }
    anchors.add(anchor);
  }
}
