package vn.emulation.jakarta.format.upload;

import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.util.RecordFormatException;
import org.xml.sax.SAXException;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.application.upload.UploadProblems;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * What is wrong with a file that could not be read, in words, in Vietnamese and English. The
 * exceptions of the parsers (POI, the XML parser, Commons CSV) explain themselves to programmers —
 * {@code SAXParseException: DOCTYPE is disallowed…}, {@code IOUtils.setByteArrayMaxOverride()} — so
 * their messages are never quoted: each kind maps to a fixed sentence that tells whoever filled in
 * the file what to do.
 */
final class UploadFaults {

  private UploadFaults() {}

  /** Why an XLSX workbook could not be read. */
  static LocalizedText unreadableXlsx(Throwable e) {
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (message.contains("doctype")) {
        return xlsx(AdapterMessages.text("upload.holdsDocumentTypeDeclaration"));
      }
      if (t instanceof RecordFormatException || message.contains("bytearraymaxoverride")) {
        return xlsx(AdapterMessages.text("upload.partFileLargerAllowed"));
      }
      if (t instanceof NotOfficeXmlFileException || t instanceof InvalidFormatException) {
        return xlsx(AdapterMessages.text("upload.fileNotExcelWorkbook"));
      }
      if (t instanceof SAXException) {
        return xlsx(AdapterMessages.text("upload.contentDamagedOpenFile"));
      }
    }
    return xlsx(AdapterMessages.text("upload.fileDamagedNotExcel"));
  }

  /** A ZIP container that cannot be unpacked, whatever the reason found. */
  static InvalidInputException damagedZip() {
    return UploadProblems.single("file", AdapterMessages.text("upload.xlsxFileDamagedCannot"));
  }

  /** Why CSV text could not be split into cells, after the given line. */
  static LocalizedText malformedCsv(Throwable e, long line) {
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    LocalizedText why;
    if (message.contains("eof")) {
      why = AdapterMessages.text("upload.csv.quoteNeverClosed");
    } else if (message.contains("encapsulated token and delimiter")) {
      why = AdapterMessages.text("upload.csv.textAfterClosingQuote");
    } else {
      why = AdapterMessages.text("upload.csv.cellsNotApart");
    }
    return AdapterMessages.text("upload.csvFileMalformedAfter", line, why.vi(), why.en());
  }

  private static LocalizedText xlsx(LocalizedText reason) {
    return AdapterMessages.text("upload.xlsxUnreadable", reason.vi(), reason.en());
  }
}
