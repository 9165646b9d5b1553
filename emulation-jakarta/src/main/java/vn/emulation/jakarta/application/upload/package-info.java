/**
 * Bulk upload of measurements: {@link vn.emulation.jakarta.application.upload.MeasurementFile}
 * turns a CSV or XLSX file into core {@code Measurement}s, all or nothing, checking every row
 * against a plan and reporting every problem with its row and column, and {@link
 * vn.emulation.jakarta.application.upload.MeasurementTemplate} writes the blank file to fill in. It
 * is pure Java on commons-csv and Apache POI, so the REST endpoint and persistence that use it stay
 * thin.
 */
package vn.emulation.jakarta.application.upload;
