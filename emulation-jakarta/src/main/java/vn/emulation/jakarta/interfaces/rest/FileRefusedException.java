package vn.emulation.jakarta.interfaces.rest;

import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * An uploaded file refused before it is read: larger than the server accepts (413), or of a media
 * type that is neither CSV nor XLSX (415). Nothing was stored.
 */
final class FileRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient LocalizedText reason;

  private FileRefusedException(int status, LocalizedText reason) {
    super(reason.en());
    this.status = status;
    this.reason = reason;
  }

  static FileRefusedException tooLarge(long limit) {
    return new FileRefusedException(413, AdapterMessages.text("rest.fileLargerLimitBytes", limit));
  }

  static FileRefusedException unsupported(String mediaType) {
    return new FileRefusedException(
        415, AdapterMessages.text("rest.filesTypeNotAccepted", mediaType));
  }

  int status() {
    return status;
  }

  LocalizedText reason() {
    return reason;
  }
}
