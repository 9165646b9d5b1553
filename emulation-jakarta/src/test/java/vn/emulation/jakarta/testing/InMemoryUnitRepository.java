package vn.emulation.jakarta.testing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.jakarta.application.unit.UnitRepository;

/** The units in a map by code; a unit's version grows by one with each stored change to it. */
public final class InMemoryUnitRepository implements UnitRepository {

  private final Map<String, OrgUnit> units = new TreeMap<>();
  private final Map<String, Integer> versions = new TreeMap<>();

  /** A repository holding these units, each at version 1. */
  public static InMemoryUnitRepository of(List<OrgUnit> units) {
    InMemoryUnitRepository r = new InMemoryUnitRepository();
    r.saveAll(units);
    return r;
  }

  @Override
  public OrgHierarchy hierarchy() {
    return OrgHierarchy.of(List.copyOf(units.values()));
  }

  @Override
  public Optional<OrgUnit> find(String code) {
    return Optional.ofNullable(units.get(code));
  }

  @Override
  public Optional<Integer> version(String code) {
    return Optional.ofNullable(versions.get(code));
  }

  @Override
  public void saveAll(Collection<OrgUnit> changed) {
    for (OrgUnit u : changed) {
      if (!u.equals(units.get(u.code()))) {
        units.put(u.code(), u);
        versions.merge(u.code(), 1, Integer::sum);
      }
    }
  }
}
