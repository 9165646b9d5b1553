package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Optional;
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

  public OrgHierarchy hierarchy() {
    return OrgHierarchy.of(
        em
            .createQuery("select u from OrgUnitEntity u", OrgUnitEntity.class)
            .getResultList()
            .stream()
            .map(UnitMapper::toCore)
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
