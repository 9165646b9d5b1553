package vn.emulation.jakarta.application.participant.history;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One import of earlier years' history for a plan's participants: stored once per file content (its
 * SHA-256), so that sending the same file again is recognised. Immutable.
 *
 * @param id the import's identifier, a UUID
 * @param planCode the plan whose participants it holds
 * @param sha256 the file's SHA-256, lower-case hexadecimal
 * @param filename the file's name as sent, or one made up from its format
 * @param mediaType the media type of its format (CSV or XLSX)
 * @param rowCount how many records it held
 * @param importedAt when it was stored
 * @param importedBy who stored it
 */
public record HistoryImport(
    String id,
    String planCode,
    String sha256,
    String filename,
    String mediaType,
    int rowCount,
    OffsetDateTime importedAt,
    String importedBy) {

  public HistoryImport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(importedAt, "importedAt");
    Objects.requireNonNull(importedBy, "importedBy");
  }
}
