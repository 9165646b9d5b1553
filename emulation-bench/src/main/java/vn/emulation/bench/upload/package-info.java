/**
 * How much heap reading an upload takes: the largest files the default limits allow, a zip bomb and
 * a header of a million columns, each read by {@code MeasurementFile} in a fresh JVM with a fixed
 * {@code -Xmx}. Not a JMH benchmark: one operation per JVM, its heap peak sampled.
 */
package vn.emulation.bench.upload;
