package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.emulation.core.participant.Collective;
import vn.emulation.core.participant.Individual;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.participant.ParticipantRepository;

/** The participants of each plan's movement. */
@ApplicationScoped
public class JpaParticipantRepository implements ParticipantRepository {

  @PersistenceContext(unitName = "emulation")
  EntityManager em;

  public boolean exists(String id) {
    return em.find(ParticipantEntity.class, id) != null;
  }

  public void add(String planCode, Participant p) {
    ParticipantEntity e = new ParticipantEntity(p.id(), planCode);
    e.kind = p.kind().name();
    e.name = p.name();
    e.categoryCode = p.categoryCode();
    e.unitCode = p.unitCode();
    em.persist(e);
    // no mapped relationship orders the inserts: write it now so evidence rows can refer to it
    em.flush();
  }

  public Optional<Participant> find(String planCode, String id) {
    return Optional.ofNullable(em.find(ParticipantEntity.class, id))
        .filter(e -> e.planCode.equals(planCode))
        .map(JpaParticipantRepository::toCore);
  }

  /**
   * A page of a plan's participants by name, optionally of one category and/or of some units (null:
   * any unit).
   */
  public Page<Participant> page(
      String planCode, String category, Collection<String> units, PageRequest req) {
    String where =
        " from ParticipantEntity p where p.planCode = :plan"
            + (category == null ? "" : " and p.categoryCode = :category")
            + (units == null ? "" : " and p.unitCode in :units");
    TypedQuery<ParticipantEntity> q =
        em.createQuery("select p" + where + " order by p.name, p.id", ParticipantEntity.class);
    TypedQuery<Long> count = em.createQuery("select count(p)" + where, Long.class);
    for (TypedQuery<?> t : List.of(q, count)) {
      t.setParameter("plan", planCode);
      if (category != null) {
        t.setParameter("category", category);
      }
      if (units != null) {
        t.setParameter("units", units.isEmpty() ? List.of("") : units);
      }
    }
    List<Participant> items =
        q.setFirstResult(req.offset()).setMaxResults(req.size()).getResultList().stream()
            .map(JpaParticipantRepository::toCore)
            .toList();
    return new Page<>(items, req.page(), req.size(), count.getSingleResult());
  }

  /**
   * Read as columns, not entities: the evaluation job reads a province's half million at once, and
   * managed entities (their identity map and change tracking) cost seconds of it for nothing, since
   * the answer is the core's immutable participants.
   */
  @Override
  public List<Participant> all(String planCode) {
    return em
        .createQuery(
            "select p.id, p.name, p.categoryCode, p.unitCode, p.kind from ParticipantEntity p"
                + " where p.planCode = :plan order by p.id",
            Object[].class)
        .setParameter("plan", planCode)
        .getResultList()
        .stream()
        .map(
            row ->
                participant(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4]))
        .toList();
  }

  @Override
  public Map<String, Long> countByUnit(String planCode) {
    Map<String, Long> counts = new TreeMap<>();
    em.createQuery(
            "select p.unitCode, count(p) from ParticipantEntity p where p.planCode = :plan"
                + " group by p.unitCode",
            Object[].class)
        .setParameter("plan", planCode)
        .getResultList()
        .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  static Participant toCore(ParticipantEntity e) {
    return participant(e.id, e.name, e.categoryCode, e.unitCode, e.kind);
  }

  private static Participant participant(
      String id, String name, String category, String unit, String kind) {
    return ParticipantKind.valueOf(kind) == ParticipantKind.COLLECTIVE
        ? new Collective(id, name, category, unit)
        : new Individual(id, name, category, unit);
  }
}
