package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.emulation.jakarta.application.measurement.UploadRecord;

/**
 * A bulk upload of measurements, as a record of what was stored: the file's fingerprint, name and
 * type and how many rows it held. Written with the measurements by {@link JdbcMeasurementWriter};
 * never changed afterwards, so it carries no version.
 */
@Entity
@Table(name = "measurement_upload")
public class MeasurementUploadEntity {

  @Id
  @Column(name = "id")
  String id;

  @Column(name = "plan_code", nullable = false)
  String planCode;

  @Column(name = "sha256", nullable = false)
  String sha256;

  @Column(name = "filename", nullable = false)
  String filename;

  @Column(name = "media_type", nullable = false)
  String mediaType;

  @Column(name = "row_count", nullable = false)
  int rowCount;

  @Column(name = "uploaded_at", nullable = false)
  OffsetDateTime uploadedAt;

  @Column(name = "uploaded_by")
  String uploadedBy;

  protected MeasurementUploadEntity() {}

  /** What the entity says, as the writer and the application know it. */
  UploadRecord toRecord() {
    return new UploadRecord(
        id, planCode, sha256, filename, mediaType, rowCount, uploadedAt, uploadedBy);
  }
}
