package vn.emulation.jakarta.format.upload;

import java.util.List;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;
import vn.emulation.jakarta.application.upload.SheetRows;
import vn.emulation.jakarta.application.upload.UploadProblems;

/**
 * Receives the rows of a sheet in order, whatever the file format: the first non-blank row is the
 * header, blank rows are skipped, every other row is read by the header's layout and handed on to
 * the rules ({@link SheetRows}), up to the limit of rows. One per file; not thread-safe.
 */
final class DataRows {

  private final SheetRows rules;
  private final UploadLimits limits;
  private final boolean decimalComma;
  private HeaderLayout layout;
  private int dataRows;
  private boolean failed;

  /**
   * @param decimalComma whether the figures may be written with a decimal comma (a
   *     semicolon-separated file, as a Vietnamese Excel writes it)
   */
  DataRows(SheetRows rules, UploadLimits limits, boolean decimalComma) {
    this.rules = rules;
    this.limits = limits;
    this.decimalComma = decimalComma;
  }

  /**
   * One row of the sheet, its cells as text ({@code ""} or {@code null} for empty ones).
   *
   * @throws InvalidInputException at once for a wrong header or for a row past the limit
   */
  void row(int rowNumber, List<String> cells) {
    if (Cells.allBlank(cells)) {
      return;
    }
    if (layout == null) {
      layout = HeaderLayout.of(cells);
      return;
    }
    if (++dataRows > limits.maxRows()) {
      throw UploadProblems.single(
          "rows",
          "Tệp có hơn " + limits.maxRows() + " dòng số liệu (dòng " + rowNumber + ")",
          "The file has more than " + limits.maxRows() + " data rows (row " + rowNumber + ")");
    }
    rules.row(layout.row(rowNumber, cells, decimalComma));
  }

  /** Records that the file could not be read on; nothing of it will be kept. */
  void fail(String path, String vi, String en) {
    failed = true;
    rules.fail(new Problem(path, LocalizedText.of(vi, en)));
  }

  /**
   * Refuses a file read to its end without a header or without data rows (unless it failed, which
   * says more).
   */
  void finish() {
    if (!failed && layout == null) {
      throw UploadProblems.single(
          "file",
          "Tệp không có dòng tiêu đề nào: tệp trống",
          "The file has no header row: it is empty");
    }
    if (!failed && dataRows == 0) {
      throw UploadProblems.single(
          "rows",
          "Tệp chỉ có dòng tiêu đề, không có dòng số liệu nào",
          "The file has a header row but no data rows");
    }
  }
}
