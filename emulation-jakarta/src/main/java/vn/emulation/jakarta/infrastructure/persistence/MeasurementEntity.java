package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A reported value: a ratio of counts (numerator, denominator) or an amount. Not kept in the shared
 * cache: bulk uploads write these rows with plain JDBC ({@link JdbcMeasurementWriter}), behind the
 * JPA provider's back, so a cached copy could show a value already corrected.
 *
 * <p>Identified by what it reports on, the natural key (plan, indicator, unit, year, breakdown),
 * which is the table's primary key since V9 (ADR 0035): there is no other identifier. Since V16
 * (ADR 0054) the key's columns are in the order the dashboard reads them: plan, year, indicator,
 * breakdown, unit.
 */
@Entity
@Cacheable(false)
@Table(name = "measurement")
@IdClass(MeasurementEntity.Key.class)
public class MeasurementEntity {

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

  @Version
  @Column(name = "row_version", nullable = false)
  int rowVersion;

  protected MeasurementEntity() {}

  /** A new value for a key, its quantity and origin still to be set. */
  MeasurementEntity(
      String planCode, String indicatorCode, String unitCode, int year, String breakdown) {
    this.planCode = planCode;
    this.indicatorCode = indicatorCode;
    this.unitCode = unitCode;
    this.year = year;
    this.breakdown = breakdown;
  }

  /** The primary key as JPA needs it: the natural key's five columns. */
  public static final class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String planCode;
    String indicatorCode;
    String unitCode;
    int year;
    String breakdown;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && year == k.year
          && Objects.equals(planCode, k.planCode)
          && Objects.equals(indicatorCode, k.indicatorCode)
          && Objects.equals(unitCode, k.unitCode)
          && Objects.equals(breakdown, k.breakdown);
    }

    @Override
    public int hashCode() {
      return Objects.hash(planCode, indicatorCode, unitCode, year, breakdown);
    }
  }
}
