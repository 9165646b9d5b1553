package vn.emulation.jakarta.application.participant.history;

import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * What the audit log keeps of a history import it stored, written as JSON: the file's summary,
 * never its rows (the log's own record, hashed and never rewritten).
 *
 * @param id its identifier
 * @param planCode the plan whose participants it holds
 * @param sha256 the SHA-256 of the file
 * @param filename the file's name
 * @param mediaType the file's format, as a media type
 * @param rowCount how many records it held
 * @param importedAt when it was stored, ISO-8601
 * @param message what happened, in Vietnamese and English
 */
public record HistoryImportState(
    String id,
    String planCode,
    String sha256,
    String filename,
    String mediaType,
    int rowCount,
    String importedAt,
    LocalizedText message) {

  static HistoryImportState stored(HistoryImport h) {
    return new HistoryImportState(
        h.id(),
        h.planCode(),
        h.sha256(),
        h.filename(),
        h.mediaType(),
        h.rowCount(),
        h.importedAt().toString(),
        AdapterMessages.text("history.stored", h.rowCount()));
  }
}
