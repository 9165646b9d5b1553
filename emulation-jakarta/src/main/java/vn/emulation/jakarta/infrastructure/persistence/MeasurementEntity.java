package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A reported value: a ratio of counts (numerator, denominator) or an amount. Not kept in the shared
 * cache: bulk uploads write these rows with plain JDBC ({@link JdbcMeasurementWriter}), behind the
 * JPA provider's back, so a cached copy could show a value already corrected.
 */
@Entity
@Cacheable(false)
@Table(name = "measurement")
public class MeasurementEntity {

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

  @Version
  @Column(name = "row_version", nullable = false)
  int rowVersion;

  protected MeasurementEntity() {}

  MeasurementEntity(String id, String planCode) {
    this.id = id;
    this.planCode = planCode;
  }
}
