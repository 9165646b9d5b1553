package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.audit.AuditEntry;
import vn.emulation.jakarta.application.audit.AuditHead;
import vn.emulation.jakarta.application.audit.AuditQuery;
import vn.emulation.jakarta.application.audit.AuditRepository;

/**
 * The audit log's table and its head. Append-only: this class inserts entries and advances the
 * head; it has no method that updates or deletes an entry, and none may be added.
 */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

  private static final String RETRIEVE_MODE = "jakarta.persistence.cache.retrieveMode";

  @PersistenceContext(unitName = "emulation")
  EntityManager em;

  /**
   * The head, locked until the transaction ends ({@code SELECT ... FOR UPDATE}): a concurrent
   * writer waits here until this one commits or rolls back, then sees its entry.
   */
  public AuditHead lockHead() {
    AuditHeadEntity head =
        em.find(AuditHeadEntity.class, AuditHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalStateException(
          "the audit_head row is missing: the migrations must run" + " (V2__audit.sql inserts it)");
    }
    return head.toHead();
  }

  /**
   * Appends an entry after the head this transaction locked, and advances the head to it.
   *
   * @throws IllegalStateException unless the entry follows the locked head
   */
  public void append(AuditEntry entry) {
    AuditHeadEntity head = em.find(AuditHeadEntity.class, AuditHeadEntity.ID);
    if (entry.seq() != head.lastSeq + 1 || !entry.previousHash().equals(head.lastHash)) {
      throw new IllegalStateException(
          "audit entry "
              + entry.seq()
              + " does not follow the head "
              + head.lastSeq
              + "; lock the head first");
    }
    em.persist(AuditEntryEntity.of(entry));
    head.lastSeq = entry.seq();
    head.lastHash = entry.hash();
  }

  /** The head as committed now, without locking it. */
  public AuditHead head() {
    AuditHeadEntity head =
        em.find(
            AuditHeadEntity.class,
            AuditHeadEntity.ID,
            Map.of(RETRIEVE_MODE, CacheRetrieveMode.BYPASS));
    return head == null ? AuditHead.empty() : head.toHead();
  }

  /**
   * Up to {@code max} entries numbered after {@code afterSeq} and up to {@code upToSeq}, in order:
   * one page of a verification. The entities are let go at once, so that reading a long log in
   * pages keeps nothing of the pages before.
   */
  public List<AuditEntry> chain(long afterSeq, long upToSeq, int max) {
    List<AuditEntryEntity> found =
        em.createQuery(
                "select e from AuditEntryEntity e"
                    + " where e.seq > :after and e.seq <= :upTo order by e.seq",
                AuditEntryEntity.class)
            .setParameter("after", afterSeq)
            .setParameter("upTo", upToSeq)
            .setHint(RETRIEVE_MODE, CacheRetrieveMode.BYPASS)
            .setMaxResults(max)
            .getResultList();
    return entries(found);
  }

  /** A page of entries, newest first, filtered. */
  public Page<AuditEntry> page(AuditQuery.Filter f, PageRequest req) {
    StringBuilder where = new StringBuilder(" from AuditEntryEntity e where 1 = 1");
    if (f.action() != null) {
      where.append(" and e.action = :action");
    }
    if (f.actor() != null) {
      where.append(" and e.actor = :actor");
    }
    if (f.target() != null) {
      where.append(" and (e.target = :target or e.target like :below escape '\\')");
    }
    if (f.from() != null) {
      where.append(" and e.recordedAt >= :from");
    }
    if (f.until() != null) {
      where.append(" and e.recordedAt < :until");
    }
    TypedQuery<AuditEntryEntity> q =
        em.createQuery("select e" + where + " order by e.seq desc", AuditEntryEntity.class);
    TypedQuery<Long> count = em.createQuery("select count(e)" + where, Long.class);
    for (TypedQuery<?> t : List.of(q, count)) {
      if (f.action() != null) {
        t.setParameter("action", f.action());
      }
      if (f.actor() != null) {
        t.setParameter("actor", f.actor());
      }
      if (f.target() != null) {
        t.setParameter("target", f.target());
        t.setParameter("below", likeEscaped(f.target()) + "/%");
      }
      if (f.from() != null) {
        t.setParameter("from", f.from().atOffset(ZoneOffset.UTC));
      }
      if (f.until() != null) {
        t.setParameter("until", f.until().atOffset(ZoneOffset.UTC));
      }
    }
    List<AuditEntry> items =
        entries(
            q.setHint(RETRIEVE_MODE, CacheRetrieveMode.BYPASS)
                .setFirstResult(req.offset())
                .setMaxResults(req.size())
                .getResultList());
    return new Page<>(items, req.page(), req.size(), count.getSingleResult());
  }

  private List<AuditEntry> entries(List<AuditEntryEntity> found) {
    List<AuditEntry> entries = new ArrayList<>(found.size());
    for (AuditEntryEntity e : found) {
      entries.add(e.toEntry());
      if (em.contains(e)) {
        em.detach(e);
      }
    }
    return entries;
  }

  /** A target is matched literally: its own {@code %} and {@code _} are no wildcards. */
  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
