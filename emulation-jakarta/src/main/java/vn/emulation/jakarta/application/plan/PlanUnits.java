package vn.emulation.jakarta.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import vn.emulation.core.common.TextRules;
import vn.emulation.jakarta.application.audit.AuditEntry;
import vn.emulation.jakarta.application.audit.AuditRepository;

/**
 * The units taking part in a plan ({@link PlanUnitRepository}) at a revision of the stored facts,
 * carried forward from the last revision it was read at instead of read again after every write
 * (issue 10, P6). Reading them means every report and every participant of the plan (a province: a
 * million reports and half a million participants, about 0.3 s), and a city dashboard asks for them
 * after each write to find the plan's whole city; yet the write that moves the head is nearly
 * always one report, which adds at most its own unit.
 *
 * <p>Why the carried answer is the one a read would give: the audit log holds one entry per write
 * of a fact, in the write's transaction (ADR 0008). Between the revision kept and the one asked
 * for, every entry is looked at; when each is a single report ({@code measurement.report}, whose
 * target names its plan and unit), the set is the one kept plus the units those reports name for
 * this plan (a report never removes a report, so never a unit). Any other entry (an upload, a
 * participant, a unit, a plan, anything this class does not know), too many entries, or an older
 * revision than the one kept: the units are read again, as before. Each server carries its own, and
 * each answers at a revision what the database held then or later, so two servers asked at one
 * revision answer the same. Thread-safe.
 */
@ApplicationScoped
public class PlanUnits {

  /**
   * Entries looked at before reading again: a read of a few dozen entries by key is far cheaper
   * than the plan's reports, a read of thousands is not worth carrying.
   */
  static final int MAX_ENTRIES = 64;

  static final String REPORT = "measurement.report";

  private PlanUnitRepository repository;
  private AuditRepository audit;

  /** The units last read or carried, by plan, with the revision they are the plan's units at. */
  private final Map<String, Known> known = new ConcurrentHashMap<>();

  private record Known(long seq, Set<String> codes) {}

  /** For the container's proxy. */
  protected PlanUnits() {}

  @Inject
  public PlanUnits(PlanUnitRepository repository, AuditRepository audit) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.audit = Objects.requireNonNull(audit, "audit");
  }

  /**
   * The codes of the units that reported to {@code planCode} or have participants in it, at the
   * revision {@code seq} this transaction read before any fact ({@link
   * vn.emulation.jakarta.application.audit.FactsRevision#read}), by code. Unmodifiable.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Set<String> codes(String planCode, long seq) {
    Known kept = known.get(planCode);
    if (kept != null && kept.seq() == seq) {
      return kept.codes();
    }
    Set<String> codes =
        kept != null && kept.seq() < seq
            ? carried(planCode, kept, seq).orElseGet(() -> read(planCode))
            : read(planCode);
    Known now = new Known(seq, codes);
    known.merge(planCode, now, (old, fresh) -> fresh.seq() > old.seq() ? fresh : old);
    return codes;
  }

  private Set<String> read(String planCode) {
    return Collections.unmodifiableSet(new TreeSet<>(repository.codes(planCode)));
  }

  /** The kept units with those the entries after it add, or empty when they must be read again. */
  private Optional<Set<String>> carried(String planCode, Known kept, long seq) {
    if (seq - kept.seq() > MAX_ENTRIES) {
      return Optional.empty();
    }
    List<AuditEntry> entries = audit.chain(kept.seq(), seq, MAX_ENTRIES);
    if (entries.size() != seq - kept.seq()) {
      return Optional.empty();
    }
    Set<String> codes = null;
    for (AuditEntry e : entries) {
      Optional<ReportTarget> report = ReportTarget.of(e);
      if (report.isEmpty()) {
        return Optional.empty();
      }
      String unit = report.get().unitCode();
      if (report.get().planCode().equals(planCode) && !kept.codes().contains(unit)) {
        if (codes == null) {
          codes = new TreeSet<>(kept.codes());
        }
        codes.add(unit);
      }
    }
    return Optional.of(codes == null ? kept.codes() : Collections.unmodifiableSet(codes));
  }

  /**
   * The plan and unit of a single report's entry: {@code plans/{plan}/measurements/{indicator}/
   * {unit}/{year}[/{breakdown}]} ({@link vn.emulation.jakarta.application.audit.AuditTargets}).
   * Codes hold no slash ({@link TextRules#CODE}), so the segments are unambiguous; anything else is
   * not read as a report.
   */
  record ReportTarget(String planCode, String unitCode) {

    static Optional<ReportTarget> of(AuditEntry e) {
      if (!REPORT.equals(e.action()) || e.target() == null) {
        return Optional.empty();
      }
      String[] s = e.target().split("/", 7);
      if (s.length < 6
          || !s[0].equals("plans")
          || !s[2].equals("measurements")
          || !TextRules.isPlanCode(s[1])
          || !TextRules.isCode(s[3])
          || !TextRules.isCode(s[4])
          || !s[5].matches("\\d{1,4}")) {
        return Optional.empty();
      }
      return Optional.of(new ReportTarget(s[1], s[4]));
    }
  }
}
