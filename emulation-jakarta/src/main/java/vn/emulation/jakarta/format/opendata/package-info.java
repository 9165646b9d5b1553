/**
 * The published progress as open data, and each view of the dashboard as a file (ADR 0028,
 * "Downloads"): {@link vn.emulation.jakarta.format.opendata.OpenDataTables} makes one table per
 * view (progress, trend, ranking, forecast) from what the use cases answer; {@link
 * vn.emulation.jakarta.format.opendata.OpenDataWriter} writes a table as CSV (UTF-8 with a
 * byte-order mark, formulas guarded) and the progress as JSON; {@link
 * vn.emulation.jakarta.format.opendata.OpenDataWorkbook} writes a table as XLSX, the same rows,
 * with a sheet that explains it.
 */
package vn.emulation.jakarta.format.opendata;
