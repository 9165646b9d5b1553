package vn.emulation.jakarta.format.upload;

import java.util.List;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;
import vn.emulation.jakarta.application.upload.SheetRows;
import vn.emulation.jakarta.application.upload.UploadProblems;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Receives the rows of a sheet in order, whatever the file format: the first non-blank row is the
 * header, blank rows are skipped, every other row is read by the header's layout and handed on to
 * the rules ({@link SheetRows}), up to the limit of rows. One per file; not thread-safe.
 */
final class DataRows implements RawRows {

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
  @Override
  public void row(int rowNumber, List<String> cells) {
    if (Cells.allBlank(cells)) {
      return;
    }
    if (layout == null) {
      layout = HeaderLayout.of(cells);
      return;
    }
    if (++dataRows > limits.maxRows()) {
      throw UploadProblems.single(
          "rows", AdapterMessages.text("upload.fileMoreDataRows", limits.maxRows(), rowNumber));
    }
    rules.row(layout.row(rowNumber, cells, decimalComma));
  }

  /** Records that the file could not be read on; nothing of it will be kept. */
  @Override
  public void fail(String path, LocalizedText reason) {
    failed = true;
    rules.fail(new Problem(path, reason));
  }

  /**
   * Refuses a file read to its end without a header or without data rows (unless it failed, which
   * says more).
   */
  void finish() {
    if (!failed && layout == null) {
      throw UploadProblems.single("file", AdapterMessages.text("upload.fileNoHeaderRow"));
    }
    if (!failed && dataRows == 0) {
      throw UploadProblems.single("rows", AdapterMessages.text("upload.fileHeaderRowBut"));
    }
  }
}
