package vn.emulation.jakarta.application.participant.history;

import java.util.Objects;

/**
 * A history file as the edge received it.
 *
 * @param filename its name as sent, or {@code null}
 * @param mediaType its declared media type, or {@code null}
 * @param sha256 the SHA-256 of its bytes: the same file sent again is recognised by it
 * @param size its size in bytes
 * @param sheet its rows, read when the use case asks
 */
public record HistoryFileUpload(
    String filename, String mediaType, String sha256, long size, HistorySheet sheet) {

  public HistoryFileUpload {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(sheet, "sheet");
  }
}
