package vn.emulation.jakarta.testing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.PlanIdentity;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.plan.PlanRepository;
import vn.emulation.jakarta.application.plan.StoredPlan;

/** Plan versions in a map by code and version, stamped with the given clock. */
public final class InMemoryPlanRepository implements PlanRepository {

  private record Version(StoredPlan stored, String document, String sha256) {}

  private final Map<String, TreeMap<Integer, Version>> plans = new TreeMap<>();
  private final Clock clock;

  public InMemoryPlanRepository(Clock clock) {
    this.clock = clock;
  }

  @Override
  public StoredPlan add(Plan plan, String document, String sha256) {
    PlanIdentity id = plan.identity();
    TreeMap<Integer, Version> versions = plans.computeIfAbsent(id.code(), k -> new TreeMap<>());
    if (versions.containsKey(id.version())) {
      throw new IllegalStateException("version stored twice: " + id.code() + "@" + id.version());
    }
    StoredPlan stored =
        new StoredPlan(
            id.code(),
            id.version(),
            id.title(),
            id.status().name(),
            id.period().first(),
            id.period().last(),
            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    versions.put(id.version(), new Version(stored, document, sha256));
    return stored;
  }

  @Override
  public Optional<String> sha256(String code, int version) {
    return find(code, version).map(Version::sha256);
  }

  @Override
  public Optional<String> document(String code, int version) {
    return find(code, version).map(Version::document);
  }

  @Override
  public Optional<Integer> latestVersion(String code) {
    return Optional.ofNullable(plans.get(code)).map(TreeMap::lastKey);
  }

  @Override
  public Page<StoredPlan> latestOfEach(PageRequest request) {
    return Pages.of(
        plans.values().stream()
            .map(v -> v.lastEntry().getValue().stored())
            .sorted(Comparator.comparing(StoredPlan::code))
            .toList(),
        request);
  }

  @Override
  public List<StoredPlan> versions(String code) {
    List<StoredPlan> versions = new ArrayList<>();
    Optional.ofNullable(plans.get(code))
        .ifPresent(v -> v.values().forEach(x -> versions.add(x.stored())));
    return versions;
  }

  private Optional<Version> find(String code, int version) {
    return Optional.ofNullable(plans.get(code)).map(v -> v.get(version));
  }
}
