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
import vn.emulation.core.plan.PlanStatus;
import vn.emulation.core.plan.PlanVersion;
import vn.emulation.core.plan.PlanVersions;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.plan.PlanRepository;
import vn.emulation.jakarta.application.plan.StoredPlan;

/** Plan versions in a map by code and version, stamped with the given clock. */
public final class InMemoryPlanRepository implements PlanRepository {

  private record Version(StoredPlan stored, String document, String sha256) {}

  private final Map<String, TreeMap<Integer, Version>> plans = new TreeMap<>();
  private final Clock clock;
  private final Map<String, PlanVersions> statuses = new TreeMap<>();

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
            // every version arrives a draft, as in the database; PlanCatalog brings it into force
            PlanStatus.DRAFT.name(),
            null,
            null,
            id.period().first(),
            id.period().last(),
            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    versions.put(id.version(), new Version(stored, document, sha256));
    statuses.put(id.code(), statuses(id.code()).withDraft(id.version()));
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

  @Override
  public PlanVersions statusesForUpdate(String code) {
    return statuses(code);
  }

  @Override
  public PlanVersions statuses(String code) {
    return statuses.getOrDefault(code, new PlanVersions(code, List.of()));
  }

  @Override
  public void saveStatuses(PlanVersions changed) {
    statuses.put(changed.planCode(), changed);
    TreeMap<Integer, Version> versions = plans.get(changed.planCode());
    for (PlanVersion v : changed.versions()) {
      Version old = versions.get(v.version());
      StoredPlan s = old.stored();
      versions.put(
          v.version(),
          new Version(
              new StoredPlan(
                  s.code(),
                  s.version(),
                  s.title(),
                  v.status().name(),
                  v.inForceFrom(),
                  v.inForceUntil(),
                  s.firstYear(),
                  s.lastYear(),
                  s.importedAt()),
              old.document(),
              old.sha256()));
    }
  }

  private Optional<Version> find(String code, int version) {
    return Optional.ofNullable(plans.get(code)).map(v -> v.get(version));
  }
}
