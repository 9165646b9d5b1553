package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One stored plan version: a few columns to list and find it by, and the plan file itself, which is
 * the version's content of record (read back with the plan reader).
 */
@Entity
@Table(name = "plan_version")
public class PlanVersionEntity {

  @Id
  @Column(name = "id")
  String id;

  @Column(name = "plan_code", nullable = false)
  String planCode;

  @Column(name = "version", nullable = false)
  int version;

  @Column(name = "title_vi", nullable = false)
  String titleVi;

  @Column(name = "title_en", nullable = false)
  String titleEn;

  @Column(name = "status", nullable = false)
  String status;

  /** The first day it governed; null for a draft (V3, ADR 0022). */
  @Column(name = "in_force_from")
  LocalDate inForceFrom;

  /** The first day it no longer governed; null unless superseded or closed. */
  @Column(name = "in_force_until")
  LocalDate inForceUntil;

  @Column(name = "first_year", nullable = false)
  int firstYear;

  @Column(name = "last_year", nullable = false)
  int lastYear;

  @Column(name = "document", nullable = false, length = 2_000_000)
  String document;

  @Column(name = "sha256", nullable = false)
  String sha256;

  @Column(name = "imported_at", nullable = false)
  OffsetDateTime importedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  int rowVersion;

  protected PlanVersionEntity() {}

  PlanVersionEntity(
      String id,
      String planCode,
      int version,
      String titleVi,
      String titleEn,
      String status,
      int firstYear,
      int lastYear,
      String document,
      String sha256,
      OffsetDateTime importedAt) {
    this.id = id;
    this.planCode = planCode;
    this.version = version;
    this.titleVi = titleVi;
    this.titleEn = titleEn;
    this.status = status;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.document = document;
    this.sha256 = sha256;
    this.importedAt = importedAt;
  }
}
