package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.PlanIdentity;
import vn.emulation.core.plan.PlanStatus;
import vn.emulation.core.plan.PlanVersion;
import vn.emulation.core.plan.PlanVersions;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.plan.PlanRepository;
import vn.emulation.jakarta.application.plan.StoredPlan;

/** Plan versions in the {@code plan_version} table; the document column holds the plan file. */
@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {

  @PersistenceContext(unitName = "emulation")
  EntityManager em;

  /** When a version is stored: the adapter's one clock. */
  @Inject Clock clock;

  /** Stores a new version; the caller checked that (code, version) is free. */
  @Override
  public StoredPlan add(Plan plan, String document, String sha256) {
    PlanIdentity id = plan.identity();
    PlanVersionEntity e =
        new PlanVersionEntity(
            UUID.randomUUID().toString(),
            id.code(),
            id.version(),
            id.title().vi(),
            id.title().en(),
            // every version arrives a draft; PlanCatalog brings it into force (saveStatuses)
            PlanStatus.DRAFT.name(),
            id.period().first(),
            id.period().last(),
            document,
            sha256,
            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    em.persist(e);
    em.flush();
    return toStored(e);
  }

  @Override
  public Optional<String> sha256(String code, int version) {
    return find(code, version).map(e -> e.sha256);
  }

  @Override
  public Optional<String> document(String code, int version) {
    return find(code, version).map(e -> e.document);
  }

  /** The highest version of a plan, if any. */
  @Override
  public Optional<Integer> latestVersion(String code) {
    Integer v =
        em.createQuery(
                "select max(p.version) from PlanVersionEntity p where p.planCode = :code",
                Integer.class)
            .setParameter("code", code)
            .getSingleResult();
    return Optional.ofNullable(v);
  }

  /** The latest version of every plan, by code. */
  @Override
  public Page<StoredPlan> latestOfEach(PageRequest request) {
    String latest =
        "from PlanVersionEntity p where p.version = (select max(q.version) from"
            + " PlanVersionEntity q where q.planCode = p.planCode)";
    List<PlanVersionEntity> rows =
        em.createQuery("select p " + latest + " order by p.planCode", PlanVersionEntity.class)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList();
    long total = em.createQuery("select count(p) " + latest, Long.class).getSingleResult();
    return new Page<>(
        rows.stream().map(JpaPlanRepository::toStored).toList(),
        request.page(),
        request.size(),
        total);
  }

  /** Every version of one plan, oldest first. */
  @Override
  public List<StoredPlan> versions(String code) {
    return em
        .createQuery(
            "select p from PlanVersionEntity p where p.planCode = :code" + " order by p.version",
            PlanVersionEntity.class)
        .setParameter("code", code)
        .getResultList()
        .stream()
        .map(JpaPlanRepository::toStored)
        .toList();
  }

  /**
   * Every version of one plan with its status, locked until the transaction ends so that two
   * changes of status of one plan happen one after the other (at most one version in force).
   */
  @Override
  public PlanVersions statusesForUpdate(String code) {
    return toVersions(code, rows(code, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Every version of one plan with its status, as read now. */
  @Override
  public PlanVersions statuses(String code) {
    return toVersions(code, rows(code, LockModeType.NONE));
  }

  /** Stores the status and days of every version that changed; rows are never added here. */
  @Override
  public void saveStatuses(PlanVersions versions) {
    for (PlanVersionEntity e : rows(versions.planCode(), LockModeType.NONE)) {
      versions
          .version(e.version)
          .ifPresent(
              v -> {
                if (!v.status().name().equals(e.status)
                    || !java.util.Objects.equals(v.inForceFrom(), e.inForceFrom)
                    || !java.util.Objects.equals(v.inForceUntil(), e.inForceUntil)) {
                  e.status = v.status().name();
                  e.inForceFrom = v.inForceFrom();
                  e.inForceUntil = v.inForceUntil();
                }
              });
    }
    em.flush();
  }

  private List<PlanVersionEntity> rows(String code, LockModeType lock) {
    return em.createQuery(
            "select p from PlanVersionEntity p where p.planCode = :code order by p.version",
            PlanVersionEntity.class)
        .setParameter("code", code)
        .setLockMode(lock)
        .getResultList();
  }

  private static PlanVersions toVersions(String code, List<PlanVersionEntity> rows) {
    return new PlanVersions(
        code,
        rows.stream()
            .map(
                e ->
                    new PlanVersion(
                        e.version, PlanStatus.valueOf(e.status), e.inForceFrom, e.inForceUntil))
            .toList());
  }

  private Optional<PlanVersionEntity> find(String code, int version) {
    return em.createQuery(
            "select p from PlanVersionEntity p where p.planCode = :code"
                + " and p.version = :version",
            PlanVersionEntity.class)
        .setParameter("code", code)
        .setParameter("version", version)
        .getResultStream()
        .findFirst();
  }

  private static StoredPlan toStored(PlanVersionEntity e) {
    return new StoredPlan(
        e.planCode,
        e.version,
        LocalizedText.of(e.titleVi, e.titleEn),
        e.status,
        e.inForceFrom,
        e.inForceUntil,
        e.firstYear,
        e.lastYear,
        e.importedAt);
  }
}
