package vn.emulation.jakarta.application.measurement;

import java.time.OffsetDateTime;
import java.util.Objects;
import vn.emulation.core.target.Measurement;

/**
 * A measurement as stored: the value, the upload that brought it (none for a value reported on its
 * own) and when it was last reported. Immutable.
 *
 * @param measurement the reported value
 * @param uploadId the bulk upload it came from, or {@code null}
 * @param reportedAt when it was reported, or last corrected
 */
public record StoredMeasurement(
    Measurement measurement, String uploadId, OffsetDateTime reportedAt) {

  public StoredMeasurement {
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(reportedAt, "reportedAt");
  }
}
