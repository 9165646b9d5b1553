package vn.emulation.jakarta.format.upload;

import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.util.RecordFormatException;
import org.xml.sax.SAXException;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.application.upload.UploadProblems;

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
        return xlsx(
            "tệp có khai báo kiểu tài liệu (DOCTYPE), điều mà một bảng tính Excel không"
                + " bao giờ có; hãy mở tệp bằng Excel rồi lưu lại",
            "it holds a document type declaration (DOCTYPE), which an Excel workbook never has;"
                + " open the file in Excel and save it again");
      }
      if (t instanceof RecordFormatException || message.contains("bytearraymaxoverride")) {
        return xlsx(
            "một phần của tệp lớn hơn mức cho phép", "a part of the file is larger than allowed");
      }
      if (t instanceof NotOfficeXmlFileException || t instanceof InvalidFormatException) {
        return xlsx(
            "tệp không phải là bảng tính Excel (.xlsx)",
            "the file is not an Excel workbook (.xlsx)");
      }
      if (t instanceof SAXException) {
        return xlsx(
            "nội dung bên trong tệp bị hỏng; hãy mở tệp bằng Excel rồi lưu lại",
            "its content is damaged; open the file in Excel and save it again");
      }
    }
    return xlsx(
        "tệp bị hỏng hoặc không phải là bảng tính Excel (.xlsx)",
        "the file is damaged or not an Excel workbook (.xlsx)");
  }

  /** A ZIP container that cannot be unpacked, whatever the reason found. */
  static InvalidInputException damagedZip() {
    return UploadProblems.single(
        "file",
        "Tệp XLSX bị hỏng, không giải nén được",
        "The XLSX file is damaged and cannot be unpacked");
  }

  /** Why CSV text could not be split into cells, after the given line. */
  static LocalizedText malformedCsv(Throwable e, long line) {
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    String vi;
    String en;
    if (message.contains("eof")) {
      vi = "một ô mở ngoặc kép mà không đóng";
      en = "a quoted cell is never closed";
    } else if (message.contains("encapsulated token and delimiter")) {
      vi =
          "sau dấu ngoặc kép đóng của một ô còn ký tự trước dấu phân cách; ngoặc kép trong ô"
              + " phải viết đôi (\"\")";
      en =
          "a quoted cell has text between its closing quote and the next separator; a quote"
              + " inside a cell is written twice (\"\")";
    } else {
      vi = "không tách được các ô";
      en = "its cells cannot be told apart";
    }
    return LocalizedText.of(
        "Tệp CSV sai cấu trúc (sau dòng " + line + "): " + vi,
        "The CSV file is malformed (after line " + line + "): " + en);
  }

  private static LocalizedText xlsx(String vi, String en) {
    return LocalizedText.of(
        "Không đọc được tệp XLSX: " + vi, "The XLSX file cannot be read: " + en);
  }
}
