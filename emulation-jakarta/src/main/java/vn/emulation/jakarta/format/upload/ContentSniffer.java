package vn.emulation.jakarta.format.upload;

import vn.emulation.jakarta.application.upload.UploadFormat;
import vn.emulation.jakarta.application.upload.UploadProblems;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Tells an upload's format by its first bytes, never by its name: a ZIP is an XLSX, text is CSV,
 * anything else (a legacy .xls, a PDF, UTF-16 text) is refused with a reason its author can act on.
 */
final class ContentSniffer {

  private static final int TEXT_PROBE = 8_192;
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private ContentSniffer() {}

  /** The format the content is, or an {@code InvalidInputException} saying what it is not. */
  static UploadFormat formatOf(byte[] content) {
    if (startsWith(content, ZIP) || startsWith(content, EMPTY_ZIP)) {
      return UploadFormat.XLSX;
    }
    if (startsWith(content, OLE2)) {
      throw UploadProblems.single("file", AdapterMessages.text("upload.xls.notSupported"));
    }
    if (looksLikeText(content)) {
      return UploadFormat.CSV;
    }
    throw UploadProblems.single("file", AdapterMessages.text("upload.fileNeitherCsvUtf"));
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  // Control characters other than tab, line feed, form feed and carriage return mark binary
  // content; UTF-16 text shows as NULs. Encoding errors further on are found while reading.
  private static boolean looksLikeText(byte[] content) {
    for (int i = 0; i < Math.min(content.length, TEXT_PROBE); i++) {
      int b = content[i] & 0xFF;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
