package vn.emulation.jakarta.application.measurement;

import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * What the audit log keeps of a bulk upload it stored, written as JSON: the file's summary, never
 * its rows. The log's own record, not the API's view: an entry is hashed and never rewritten, so an
 * upload must be written the same whatever the API comes to show of it (which is why it still says
 * that this request stored it, and how many values, in both languages).
 *
 * @param id its identifier
 * @param planCode the plan it reports on
 * @param sha256 the SHA-256 of the file
 * @param filename the file's name
 * @param mediaType the file's format, as a media type
 * @param rowCount how many measurements it held
 * @param uploadedAt when it was stored, ISO-8601
 * @param alreadyStored always false: the log records an upload when it is stored
 * @param message what happened, in Vietnamese and English
 */
public record UploadState(
    String id,
    String planCode,
    String sha256,
    String filename,
    String mediaType,
    int rowCount,
    String uploadedAt,
    boolean alreadyStored,
    LocalizedText message) {

  static UploadState stored(UploadRecord u) {
    return new UploadState(
        u.id(),
        u.planCode(),
        u.sha256(),
        u.filename(),
        u.mediaType(),
        u.rowCount(),
        u.uploadedAt().toString(),
        false,
        AdapterMessages.text(
            u.rowCount() == 1 ? "measurement.stored.one" : "measurement.stored", u.rowCount()));
  }
}
