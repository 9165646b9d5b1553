package vn.emulation.jakarta.application.measurement;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One bulk upload of measurements for a plan: stored once per file content (its SHA-256), so that
 * sending the same file again is recognised. Immutable.
 *
 * @param id the upload's identifier, a UUID
 * @param planCode the plan reported on
 * @param sha256 the file's SHA-256, lower-case hexadecimal
 * @param filename the file's name as sent, or one made up from its format
 * @param mediaType the media type of its format (CSV or XLSX)
 * @param rowCount how many measurements it held
 * @param uploadedAt when it was stored
 * @param uploadedBy who sent it (the token's user), or {@code null} when not known
 */
public record UploadRecord(
    String id,
    String planCode,
    String sha256,
    String filename,
    String mediaType,
    int rowCount,
    OffsetDateTime uploadedAt,
    String uploadedBy) {

  public UploadRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(uploadedAt, "uploadedAt");
  }

  /** An upload of no known sender. */
  public UploadRecord(
      String id,
      String planCode,
      String sha256,
      String filename,
      String mediaType,
      int rowCount,
      OffsetDateTime uploadedAt) {
    this(id, planCode, sha256, filename, mediaType, rowCount, uploadedAt, null);
  }
}
