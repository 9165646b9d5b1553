package vn.emulation.jakarta.interfaces.rest;

import vn.emulation.core.common.LocalizedText;

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
    return new FileRefusedException(
        413,
        LocalizedText.of(
            "Tệp lớn hơn giới hạn " + limit + " byte (emulation.upload.max-bytes): không lưu gì",
            "The file is larger than the limit of "
                + limit
                + " bytes (emulation.upload.max-bytes): nothing was stored"));
  }

  static FileRefusedException unsupported(String mediaType) {
    return new FileRefusedException(
        415,
        LocalizedText.of(
            "Kiểu tệp " + mediaType + " không được nhận: gửi tệp CSV (text/csv) hoặc XLSX",
            "Files of type " + mediaType + " are not accepted: send CSV (text/csv) or XLSX"));
  }

  int status() {
    return status;
  }

  LocalizedText reason() {
    return reason;
  }
}
