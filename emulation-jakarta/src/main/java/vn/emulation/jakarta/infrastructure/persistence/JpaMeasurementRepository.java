package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.target.FigureScope;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.MeasurementSet;
import vn.emulation.core.target.Quantity;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.measurement.MeasurementRepository;
import vn.emulation.jakarta.application.measurement.StoredMeasurement;

/**
 * Reported values. One row per (plan, year, indicator, breakdown, unit), the primary key in that
 * order since V16: a later report for the same key is a correction and replaces the value.
 */
@ApplicationScoped
public class JpaMeasurementRepository implements MeasurementRepository {

  @PersistenceContext(unitName = "emulation")
  EntityManager em;

  /** When a value is reported: the adapter's one clock. */
  @Inject Clock clock;

  /** Every value reported for a plan. */
  public MeasurementSet all(String planCode) {
    return MeasurementSet.of(
        em
            .createQuery(
                "select m from MeasurementEntity m where m.planCode = :plan",
                MeasurementEntity.class)
            .setParameter("plan", planCode)
            .getResultList()
            .stream()
            .map(JpaMeasurementRepository::toCore)
            .toList());
  }

  /**
   * The values a question of {@code scope} reads, as ranges of the primary key (plan, year,
   * indicator, breakdown, unit since V16, ADR 0054): for each indicator judged overall, breakdown
   * "" (and, for a question about one unit, the units its figure can be made of); for each
   * indicator met in each breakdown, its whole range. Every branch binds the key's prefix up to the
   * indicator, so PostgreSQL descends the key once per indicator (and unit) instead of walking the
   * year. A scope naming no indicators (every indicator) reads breakdown "" of the whole year. Read
   * as columns, not entities: nothing comes from this server's entity cache, so the answer is what
   * the database holds (ADR 0034).
   */
  @Override
  public MeasurementSet within(String planCode, FigureScope scope) {
    Set<String> overall = scope.overallOnly();
    boolean every = !scope.eachBreakdown().isEmpty();
    List<String> branches = new ArrayList<>();
    if (overall == null) {
      branches.add("m.breakdown = ''");
    } else if (!overall.isEmpty()) {
      branches.add("(m.indicatorCode in :overall and m.breakdown = '')");
    }
    if (every) {
      branches.add("m.indicatorCode in :every");
    }
    if (branches.isEmpty()) {
      return MeasurementSet.of(List.of());
    }
    TypedQuery<Object[]> q =
        em.createQuery(
                "select m.indicatorCode, m.unitCode, m.year, m.breakdown, m.amount, m.numerator,"
                    + " m.denominator from MeasurementEntity m"
                    + " where m.planCode = :plan and m.year = :year and ("
                    + String.join(" or ", branches)
                    + ")"
                    + (scope.everyUnit() ? "" : " and m.unitCode in :units"),
                Object[].class)
            .setParameter("plan", planCode)
            .setParameter("year", scope.year());
    if (overall != null && !overall.isEmpty()) {
      q.setParameter("overall", overall);
    }
    if (every) {
      q.setParameter("every", scope.eachBreakdown());
    }
    if (!scope.everyUnit()) {
      q.setParameter("units", scope.units().isEmpty() ? Set.of("") : scope.units());
    }
    return MeasurementSet.of(
        q.getResultList().stream()
            .map(
                r ->
                    new Measurement(
                        (String) r[0],
                        (String) r[1],
                        ((Number) r[2]).intValue(),
                        (String) r[3],
                        quantity(
                            (java.math.BigDecimal) r[4],
                            r[5] == null ? null : ((Number) r[5]).longValue(),
                            r[6] == null ? null : ((Number) r[6]).longValue())))
            .filter(scope::reads)
            .toList());
  }

  /**
   * Stores a value, replacing any earlier one for the same key, which is kept as a revision first;
   * returns whether it was new.
   */
  @Override
  public boolean put(String planCode, Measurement m, String uploadId, String reportedBy) {
    Optional<MeasurementEntity> existing =
        em.createQuery(
                "select m from MeasurementEntity m"
                    + " where m.planCode = :plan and m.indicatorCode = :indicator and m.unitCode = :unit"
                    + " and m.year = :year and m.breakdown = :breakdown",
                MeasurementEntity.class)
            .setParameter("plan", planCode)
            .setParameter("indicator", m.indicatorCode())
            .setParameter("unit", m.unitCode())
            .setParameter("year", m.year())
            .setParameter("breakdown", m.breakdown())
            .getResultStream()
            .findFirst();
    MeasurementEntity e =
        existing.orElseGet(
            () ->
                new MeasurementEntity(
                    planCode, m.indicatorCode(), m.unitCode(), m.year(), m.breakdown()));
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    if (existing.isPresent()) {
      em.persist(MeasurementRevisionEntity.of(e, now));
    }
    copy(m.quantity(), e);
    e.uploadId = uploadId;
    e.reportedAt = now;
    e.reportedBy = reportedBy;
    if (existing.isEmpty()) {
      em.persist(e);
    }
    return existing.isEmpty();
  }

  /** The stored value for a key, with where and when it came from. */
  public Optional<StoredMeasurement> find(
      String planCode, String indicatorCode, String unitCode, int year, String breakdown) {
    return em.createQuery(
            "select m from MeasurementEntity m"
                + " where m.planCode = :plan and m.indicatorCode = :indicator and m.unitCode = :unit"
                + " and m.year = :year and m.breakdown = :breakdown",
            MeasurementEntity.class)
        .setParameter("plan", planCode)
        .setParameter("indicator", indicatorCode)
        .setParameter("unit", unitCode)
        .setParameter("year", year)
        .setParameter("breakdown", breakdown)
        .getResultStream()
        .findFirst()
        .map(JpaMeasurementRepository::toStored);
  }

  @Override
  public List<StoredMeasurement> superseded(
      String planCode, String indicatorCode, String unitCode, int year, String breakdown) {
    return em
        .createQuery(
            "select r from MeasurementRevisionEntity r"
                + " where r.planCode = :plan and r.indicatorCode = :indicator and r.unitCode = :unit"
                + " and r.year = :year and r.breakdown = :breakdown order by r.rowVersion desc",
            MeasurementRevisionEntity.class)
        .setParameter("plan", planCode)
        .setParameter("indicator", indicatorCode)
        .setParameter("unit", unitCode)
        .setParameter("year", year)
        .setParameter("breakdown", breakdown)
        .getResultList()
        .stream()
        .map(
            r ->
                new StoredMeasurement(
                    new Measurement(
                        r.indicatorCode,
                        r.unitCode,
                        r.year,
                        r.breakdown,
                        quantity(r.amount, r.numerator, r.denominator)),
                    r.uploadId,
                    r.reportedAt,
                    r.reportedBy,
                    r.rowVersion))
        .toList();
  }

  /**
   * A page of a plan's values, optionally only those of some units, one indicator and/or one year
   * (each {@code null} for any), in the order of the primary key (year, indicator, breakdown, unit
   * since V16, ADR 0054) so that the database walks its index instead of sorting the plan's rows.
   */
  public Page<StoredMeasurement> page(
      String planCode,
      Collection<String> units,
      String indicatorCode,
      Integer year,
      PageRequest request) {
    String where =
        " from MeasurementEntity m where m.planCode = :plan"
            + (units == null ? "" : " and m.unitCode in :units")
            + (indicatorCode == null ? "" : " and m.indicatorCode = :indicator")
            + (year == null ? "" : " and m.year = :year");
    TypedQuery<MeasurementEntity> q =
        em.createQuery(
            "select m" + where + " order by m.year, m.indicatorCode, m.breakdown, m.unitCode",
            MeasurementEntity.class);
    TypedQuery<Long> count = em.createQuery("select count(m)" + where, Long.class);
    for (TypedQuery<?> t : List.of(q, count)) {
      t.setParameter("plan", planCode);
      if (units != null) {
        t.setParameter("units", units.isEmpty() ? List.of("") : units);
      }
      if (indicatorCode != null) {
        t.setParameter("indicator", indicatorCode);
      }
      if (year != null) {
        t.setParameter("year", year);
      }
    }
    List<StoredMeasurement> items =
        q.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList().stream()
            .map(JpaMeasurementRepository::toStored)
            .toList();
    return new Page<>(items, request.page(), request.size(), count.getSingleResult());
  }

  public long count(String planCode) {
    return em.createQuery(
            "select count(m) from MeasurementEntity m where m.planCode = :plan", Long.class)
        .setParameter("plan", planCode)
        .getSingleResult();
  }

  public List<Measurement> forUnit(String planCode, String unitCode) {
    return em
        .createQuery(
            "select m from MeasurementEntity m where m.planCode = :plan"
                + " and m.unitCode = :unit order by m.indicatorCode, m.year, m.breakdown",
            MeasurementEntity.class)
        .setParameter("plan", planCode)
        .setParameter("unit", unitCode)
        .getResultList()
        .stream()
        .map(JpaMeasurementRepository::toCore)
        .toList();
  }

  private static void copy(Quantity q, MeasurementEntity e) {
    if (q instanceof Quantity.Ratio r) {
      e.numerator = r.numerator();
      e.denominator = r.denominator();
      e.amount = null;
    } else {
      e.numerator = null;
      e.denominator = null;
      e.amount = ((Quantity.Amount) q).amount();
    }
  }

  static StoredMeasurement toStored(MeasurementEntity e) {
    return new StoredMeasurement(
        toCore(e), e.uploadId, e.reportedAt, e.reportedBy, Math.max(1, e.rowVersion));
  }

  static Measurement toCore(MeasurementEntity e) {
    return new Measurement(
        e.indicatorCode,
        e.unitCode,
        e.year,
        e.breakdown,
        quantity(e.amount, e.numerator, e.denominator));
  }

  private static Quantity quantity(java.math.BigDecimal amount, Long numerator, Long denominator) {
    return amount != null
        ? new Quantity.Amount(amount.stripTrailingZeros())
        : new Quantity.Ratio(numerator, denominator);
  }
}
