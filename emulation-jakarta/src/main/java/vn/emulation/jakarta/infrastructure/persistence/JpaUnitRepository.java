package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.jakarta.application.unit.UnitRepository;

/**
 * The administrative units, past and present. The whole hierarchy is small (a province has a few
 * hundred units over its history), so it is read whole and changed through the core's commands.
 */
@ApplicationScoped
public class JpaUnitRepository implements UnitRepository {

  @PersistenceContext(unitName = "emulation")
  EntityManager em;

  /**
   * Read as three queries of columns — the units, their placements, their successors — not as
   * entities: without a shared cache (persistence.xml) each entity's two eager collections cost a
   * query of their own, 6,711 round trips for the nation's 3,355 units, about a second of every
   * report stored and every figure recomputed there (docs/performance.md, P6).
   */
  public OrgHierarchy hierarchy() {
    Map<String, List<PlacementEmbeddable>> placements = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select u.code, p.validFrom, p.name, p.parentCode from OrgUnitEntity u"
                    + " join u.placements p",
                Object[].class)
            .getResultList()) {
      placements
          .computeIfAbsent((String) r[0], k -> new ArrayList<>())
          .add(new PlacementEmbeddable((LocalDate) r[1], (String) r[2], (String) r[3]));
    }
    Map<String, Set<String>> successors = new HashMap<>();
    for (Object[] r :
        em.createQuery("select u.code, s from OrgUnitEntity u join u.successors s", Object[].class)
            .getResultList()) {
      successors.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((String) r[1]);
    }
    return OrgHierarchy.of(
        em
            .createQuery(
                "select u.code, u.level, u.openedOn, u.closedOn from OrgUnitEntity u",
                Object[].class)
            .getResultList()
            .stream()
            .map(
                r ->
                    UnitMapper.toCore(
                        (String) r[0],
                        (String) r[1],
                        (LocalDate) r[2],
                        (LocalDate) r[3],
                        placements.getOrDefault((String) r[0], List.of()),
                        successors.getOrDefault((String) r[0], Set.of())))
            .toList());
  }

  public Optional<OrgUnit> find(String code) {
    return Optional.ofNullable(em.find(OrgUnitEntity.class, code)).map(UnitMapper::toCore);
  }

  /**
   * The unit's row version, which grows with every stored change to it (its closing, its names and
   * parents, its successors): what clients hold as the unit's ETag. Empty for an unknown code.
   */
  public Optional<Integer> version(String code) {
    return Optional.ofNullable(em.find(OrgUnitEntity.class, code)).map(e -> e.rowVersion);
  }

  /**
   * Stores the given units as they now are: new ones are inserted, known ones updated. Every new
   * unit row is written before any placement or successor row, so that foreign keys hold.
   */
  public void saveAll(Collection<OrgUnit> units) {
    for (OrgUnit u : units) {
      if (em.find(OrgUnitEntity.class, u.code()) == null) {
        // the bare unit first: placements and successors refer to other units by foreign key
        OrgUnitEntity e = new OrgUnitEntity(u.code());
        e.level = u.level().name();
        e.openedOn = u.openedOn();
        em.persist(e);
      }
    }
    em.flush();
    for (OrgUnit u : units) {
      UnitMapper.copy(u, em.find(OrgUnitEntity.class, u.code()));
    }
    em.flush();
  }
}
