package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.MeasurementSet;
import vn.emulation.core.target.Quantity;

/**
 * Reported values. One row per (plan, indicator, unit, year, breakdown): a later report for the
 * same key is a correction and replaces the value.
 */
@ApplicationScoped
public class JpaMeasurementRepository {

  @PersistenceContext(unitName = "emulation")
  EntityManager em;

  /** Every value reported for a plan. */
  public MeasurementSet all(String planCode) {
    return MeasurementSet.of(em.createQuery(
            "select m from MeasurementEntity m where m.planCode = :plan", MeasurementEntity.class)
        .setParameter("plan", planCode)
        .getResultList().stream().map(JpaMeasurementRepository::toCore).toList());
  }

  /** Stores a value, replacing any earlier one for the same key; returns whether it was new. */
  public boolean put(String planCode, Measurement m, String uploadId) {
    Optional<MeasurementEntity> existing = em.createQuery("select m from MeasurementEntity m"
            + " where m.planCode = :plan and m.indicatorCode = :indicator and m.unitCode = :unit"
            + " and m.year = :year and m.breakdown = :breakdown", MeasurementEntity.class)
        .setParameter("plan", planCode)
        .setParameter("indicator", m.indicatorCode())
        .setParameter("unit", m.unitCode())
        .setParameter("year", m.year())
        .setParameter("breakdown", m.breakdown())
        .getResultStream().findFirst();
    MeasurementEntity e = existing.orElseGet(() -> {
      MeasurementEntity n = new MeasurementEntity(UUID.randomUUID().toString(), planCode);
      n.indicatorCode = m.indicatorCode();
      n.unitCode = m.unitCode();
      n.year = m.year();
      n.breakdown = m.breakdown();
      return n;
    });
    copy(m.quantity(), e);
    e.uploadId = uploadId;
    e.reportedAt = OffsetDateTime.now(ZoneOffset.UTC);
    if (existing.isEmpty()) {
      em.persist(e);
    }
    return existing.isEmpty();
  }

  public long count(String planCode) {
    return em.createQuery("select count(m) from MeasurementEntity m where m.planCode = :plan",
        Long.class).setParameter("plan", planCode).getSingleResult();
  }

  public List<Measurement> forUnit(String planCode, String unitCode) {
    return em.createQuery("select m from MeasurementEntity m where m.planCode = :plan"
            + " and m.unitCode = :unit order by m.indicatorCode, m.year, m.breakdown",
            MeasurementEntity.class)
        .setParameter("plan", planCode)
        .setParameter("unit", unitCode)
        .getResultList().stream().map(JpaMeasurementRepository::toCore).toList();
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

  static Measurement toCore(MeasurementEntity e) {
    Quantity q = e.amount != null
        ? new Quantity.Amount(e.amount.stripTrailingZeros())
        : new Quantity.Ratio(e.numerator, e.denominator);
    return new Measurement(e.indicatorCode, e.unitCode, e.year, e.breakdown, q);
  }
}
