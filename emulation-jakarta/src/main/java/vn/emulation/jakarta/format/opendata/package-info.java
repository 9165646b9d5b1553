/**
 * The published progress as open data: {@link vn.emulation.jakarta.format.opendata.OpenDataWriter}
 * writes the application's progress reports as CSV (UTF-8 with a byte-order mark, formulas guarded)
 * and JSON.
 */
package vn.emulation.jakarta.format.opendata;
