package vn.emulation.jakarta.application.participant.history;

import vn.emulation.jakarta.application.upload.UploadFormat;

/**
 * An uploaded history file, as the use case sees it (a port, ADR 0025): it hands its data rows over
 * once asked, whatever its format (CSV or XLSX, read by {@code format.upload.HistoryFile}).
 */
public interface HistorySheet {

  /**
   * Reads the file, handing every data row to {@code rows} in the order of the file.
   *
   * @return the format the content turned out to be
   * @throws vn.emulation.core.common.InvalidInputException with one problem when the file is no
   *     history file the format can read (empty, too large, a wrong header, no data rows)
   */
  UploadFormat read(HistoryRows rows);
}
