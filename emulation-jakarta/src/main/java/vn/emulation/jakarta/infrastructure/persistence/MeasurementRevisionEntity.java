package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A value a correction replaced, as it was while stored (V5, append-only): written in the same
 * transaction as the correction, never changed. Not cached, like {@link MeasurementEntity}: bulk
 * uploads insert these rows with plain JDBC.
 */
@Entity
@Cacheable(false)
@Table(name = "measurement_revision")
@IdClass(MeasurementRevisionEntity.Key.class)
public class MeasurementRevisionEntity {

  @Id
  @Column(name = "plan_code", nullable = false)
  String planCode;

  @Id
  @Column(name = "indicator_code", nullable = false)
  String indicatorCode;

  @Id
  @Column(name = "unit_code", nullable = false)
  String unitCode;

  @Id
  @Column(name = "period_year", nullable = false)
  int year;

  @Id
  @Column(name = "breakdown", nullable = false)
  String breakdown;

  @Column(name = "numerator")
  Long numerator;

  @Column(name = "denominator")
  Long denominator;

  @Column(name = "amount", precision = 24, scale = 6)
  BigDecimal amount;

  @Column(name = "upload_id")
  String uploadId;

  @Column(name = "reported_at", nullable = false)
  OffsetDateTime reportedAt;

  @Column(name = "reported_by")
  String reportedBy;

  @Id
  @Column(name = "row_version", nullable = false)
  int rowVersion;

  @Column(name = "superseded_at", nullable = false)
  OffsetDateTime supersededAt;

  protected MeasurementRevisionEntity() {}

  /** The revision of {@code e} as it is stored now, replaced at {@code at}. */
  static MeasurementRevisionEntity of(MeasurementEntity e, OffsetDateTime at) {
    MeasurementRevisionEntity r = new MeasurementRevisionEntity();
    r.planCode = e.planCode;
    r.indicatorCode = e.indicatorCode;
    r.unitCode = e.unitCode;
    r.year = e.year;
    r.breakdown = e.breakdown;
    r.numerator = e.numerator;
    r.denominator = e.denominator;
    r.amount = e.amount;
    r.uploadId = e.uploadId;
    r.reportedAt = e.reportedAt;
    r.reportedBy = e.reportedBy;
    r.rowVersion = e.rowVersion;
    r.supersededAt = at;
    return r;
  }

  /** The primary key as JPA needs it: the value's natural key and the version it had (V9). */
  public static final class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String planCode;
    String indicatorCode;
    String unitCode;
    int year;
    String breakdown;
    int rowVersion;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && year == k.year
          && rowVersion == k.rowVersion
          && Objects.equals(planCode, k.planCode)
          && Objects.equals(indicatorCode, k.indicatorCode)
          && Objects.equals(unitCode, k.unitCode)
          && Objects.equals(breakdown, k.breakdown);
    }

    @Override
    public int hashCode() {
      return Objects.hash(planCode, indicatorCode, unitCode, year, breakdown, rowVersion);
    }
  }
}
