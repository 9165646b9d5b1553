package vn.emulation.jakarta.application.participant.history;

import vn.emulation.core.common.Problem;

/**
 * What a file format hands the rows of a history file to, in the order of the file: each data row,
 * or the one problem that stopped the reading.
 */
public interface HistoryRows {

  /** The next data row. */
  void row(HistoryRow row);

  /** The file could not be read on (damaged, not UTF-8): nothing of it will be kept. */
  void fail(Problem problem);
}
