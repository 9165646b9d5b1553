/**
 * The measurement file format, CSV or XLSX: {@link
 * vn.emulation.jakarta.format.upload.UploadContent} holds a received body on disk, {@link
 * vn.emulation.jakarta.format.upload.MeasurementFile} tells its format by its content and reads it
 * row by row (commons-csv, or Apache POI's streaming reader behind {@code ZipGuard}'s bounds) into
 * the application's {@code SheetRow}s, which the application's {@code UploadRules} check. Pure Java
 * on commons-csv and Apache POI, so the REST endpoint stays thin and the use case sees no bytes.
 */
package vn.emulation.jakarta.format.upload;
