package vn.emulation.jakarta.application.unit;

import java.util.Collection;
import java.util.Optional;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;

/**
 * The port to the administrative units, past and present. The whole hierarchy is small, so it is
 * read whole and changed through the core's commands, then stored back.
 */
public interface UnitRepository {

  /** Every unit ever stored. */
  OrgHierarchy hierarchy();

  Optional<OrgUnit> find(String code);

  /**
   * The unit's version, which grows with every stored change to it: what clients hold as its ETag.
   * Empty for an unknown code.
   */
  Optional<Integer> version(String code);

  /** Stores the given units as they now are: new ones added, known ones replaced. */
  void saveAll(Collection<OrgUnit> units);
}
