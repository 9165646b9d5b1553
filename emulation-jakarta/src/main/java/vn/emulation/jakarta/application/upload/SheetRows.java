package vn.emulation.jakarta.application.upload;

import vn.emulation.core.common.Problem;

/**
 * What a file format hands the rows of a measurement file to, in the order of the file: each data
 * row (the header and blank rows are the format's), or the one problem that stopped the reading.
 */
public interface SheetRows {

  /** The next data row. */
  void row(SheetRow row);

  /** The file could not be read on (damaged, not UTF-8): nothing of it will be kept. */
  void fail(Problem problem);
}
