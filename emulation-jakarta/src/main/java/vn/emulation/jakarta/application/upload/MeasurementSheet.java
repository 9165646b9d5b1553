package vn.emulation.jakarta.application.upload;

/**
 * An uploaded measurement file, as the use case sees it (a port, ADR 0025): something that hands
 * its data rows over once asked, whatever its format, and says which format it turned out to be.
 * The bytes, CSV and XLSX stay in the adapter that implements it ({@code
 * format.upload.MeasurementFile}); the use case only calls {@link #read} inside its transaction,
 * after deciding that the file must be read at all (a file stored before is not).
 */
public interface MeasurementSheet {

  /**
   * Reads the file, handing every data row to {@code rows} in the order of the file.
   *
   * @return the format the content turned out to be
   * @throws vn.emulation.core.common.InvalidInputException with one problem when the file is no
   *     measurement file the format can read: empty, too large, not the declared format, a wrong
   *     header, no data rows, more rows than the limit, a damaged or malicious workbook
   */
  UploadFormat read(SheetRows rows);
}
