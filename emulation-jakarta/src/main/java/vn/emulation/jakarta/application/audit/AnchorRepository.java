package vn.emulation.jakarta.application.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The port to the audit log's anchors (V13 {@code audit_anchor}). Append-only. */
public interface AnchorRepository {

  /** Every anchor, the first first. */
  List<AuditAnchor> all();

  /** The last anchor taken, if any. */
  Optional<AuditAnchor> last();

  /** Whether the daily run has taken the anchor of {@code day}. */
  boolean scheduledOn(LocalDate day);

  /** Appends an anchor; its number follows the last. */
  void add(AuditAnchor anchor);
}
