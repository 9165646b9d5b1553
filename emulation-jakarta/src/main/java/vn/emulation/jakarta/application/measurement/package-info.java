/**
 * The reports of results that units send for a plan, in three use cases with one reason to change
 * each: {@link vn.emulation.jakarta.application.measurement.MeasurementReports} takes one value and
 * lists what is stored, {@link vn.emulation.jakarta.application.measurement.MeasurementUploads}
 * takes a whole uploaded file (read by its format's adapter, checked by the upload's rules) and
 * answers an upload's record, and {@link
 * vn.emulation.jakarta.application.measurement.MeasurementTemplates} decides the blank file to fill
 * in, which the edge writes. Everything is checked against the plan's rules before it is stored, in
 * one transaction or not at all.
 */
package vn.emulation.jakarta.application.measurement;
