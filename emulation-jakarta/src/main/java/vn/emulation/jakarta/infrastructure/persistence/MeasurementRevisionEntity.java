package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A value a correction replaced, as it was while stored (V5, append-only): written in the same
 * transaction as the correction, never changed. Not cached, like {@link MeasurementEntity}: bulk
 * uploads insert these rows with plain JDBC.
 */
@Entity
@Cacheable(false)
@Table(name = "measurement_revision")
public class MeasurementRevisionEntity {

  @Id
  @Column(name = "id")
  String id;

  @Column(name = "plan_code", nullable = false)
  String planCode;

  @Column(name = "indicator_code", nullable = false)
  String indicatorCode;

  @Column(name = "unit_code", nullable = false)
  String unitCode;

  @Column(name = "period_year", nullable = false)
  int year;

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

  @Column(name = "row_version", nullable = false)
  int rowVersion;

  @Column(name = "superseded_at", nullable = false)
  OffsetDateTime supersededAt;

  protected MeasurementRevisionEntity() {}

  /** The revision of {@code e} as it is stored now, replaced at {@code at}. */
  static MeasurementRevisionEntity of(MeasurementEntity e, String id, OffsetDateTime at) {
    MeasurementRevisionEntity r = new MeasurementRevisionEntity();
    r.id = id;
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
}
