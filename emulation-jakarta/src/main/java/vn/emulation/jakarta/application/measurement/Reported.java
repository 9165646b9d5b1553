package vn.emulation.jakarta.application.measurement;

/**
 * The outcome of a report: the value as stored, and whether it was new or corrected one.
 *
 * @param measurement the value as stored
 * @param created whether it was new (else it corrected the value before)
 */
public record Reported(StoredMeasurement measurement, boolean created) {}
