/**
 * The rules of a bulk upload of measurements, whatever the file's format: {@link
 * vn.emulation.jakarta.application.upload.UploadRules} checks every row a format reads ({@link
 * vn.emulation.jakarta.application.upload.SheetRow}, handed over through the port {@link
 * vn.emulation.jakarta.application.upload.MeasurementSheet}) against a plan and the units, all or
 * nothing, reporting every problem with its row and column. No bytes, CSV or POI here: the formats
 * are adapters in {@code vn.emulation.jakarta.format.upload} (ADR 0025).
 */
package vn.emulation.jakarta.application.upload;
