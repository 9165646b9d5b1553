package vn.emulation.jakarta.application.upload;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The file formats an upload may take. */
public enum UploadFormat {
  /** Comma- or semicolon-separated UTF-8 text, with or without a byte-order mark. */
  CSV("text/csv", ".csv"),
  /** An Office Open XML workbook (Excel 2007 and later, LibreOffice, Google Sheets). */
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

  // Media types browsers and tools send for CSV. Not application/vnd.ms-excel: Windows sends it
  // for .csv and .xls alike, so it declares nothing and the content decides.
  private static final Set<String> CSV_TYPES =
      Set.of(
          "text/csv",
          "text/plain",
          "application/csv",
          "text/x-csv",
          "application/x-csv",
          "text/comma-separated-values");

  private final String mediaType;
  private final String extension;

  UploadFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The media type to serve a file of this format with. */
  public String mediaType() {
    return mediaType;
  }

  /** The file name extension, with its dot. */
  public String extension() {
    return extension;
  }

  /**
   * The format a file name ({@code bao-cao.xlsx}) or a media type ({@code text/csv; charset=UTF-8})
   * declares; empty when it declares none this upload knows (no name, {@code
   * application/octet-stream}, {@code application/vnd.ms-excel}), and then the content decides.
   */
  public static Optional<UploadFormat> declaredBy(String filenameOrMediaType) {
    if (filenameOrMediaType == null || filenameOrMediaType.isBlank()) {
      return Optional.empty();
    }
    String name = filenameOrMediaType.strip().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      return Optional.of(CSV);
    }
    if (name.endsWith(XLSX.extension)) {
      return Optional.of(XLSX);
    }
    int parameters = name.indexOf(';');
    String type = (parameters < 0 ? name : name.substring(0, parameters)).strip();
    if (CSV_TYPES.contains(type)) {
      return Optional.of(CSV);
    }
    return type.equals(XLSX.mediaType) ? Optional.of(XLSX) : Optional.empty();
  }
}
