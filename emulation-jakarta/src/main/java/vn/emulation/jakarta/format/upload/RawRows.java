package vn.emulation.jakarta.format.upload;

import java.util.List;
import vn.emulation.core.common.LocalizedText;

/**
 * What the CSV and XLSX readers ({@link CsvSheet}, {@link XlsxSheet}) hand a sheet's rows to, as
 * text, whichever file they belong to: a measurement file ({@link DataRows}) or a history file
 * ({@link HistoryFile}).
 */
interface RawRows {

  /** One row of the sheet, numbered as a spreadsheet shows it, its cells as text. */
  void row(int rowNumber, List<String> cells);

  /** The file could not be read on; nothing of it will be kept. */
  void fail(String path, LocalizedText reason);
}
