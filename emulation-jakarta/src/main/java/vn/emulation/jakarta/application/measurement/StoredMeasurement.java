package vn.emulation.jakarta.application.measurement;

import java.time.OffsetDateTime;
import java.util.Objects;
import vn.emulation.core.target.Measurement;

/**
 * A measurement as stored: the value, the upload that brought it (none for a value reported on its
 * own), when and by whom it was last reported, and its version (counted up by each correction).
 * Also what a correction replaced (a revision, see {@link MeasurementRepository#superseded}).
 * Immutable.
 *
 * @param measurement the reported value
 * @param uploadId the bulk upload it came from, or {@code null}
 * @param reportedAt when it was reported, or last corrected
 * @param reportedBy who reported it (the token's user), or {@code null} when not known (values
 *     stored before the system kept it)
 * @param version its version while it was (or is) the stored value, from 1
 */
public record StoredMeasurement(
    Measurement measurement,
    String uploadId,
    OffsetDateTime reportedAt,
    String reportedBy,
    int version) {

  public StoredMeasurement {
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(reportedAt, "reportedAt");
  }

  /** A first version of no known reporter. */
  public StoredMeasurement(Measurement measurement, String uploadId, OffsetDateTime reportedAt) {
    this(measurement, uploadId, reportedAt, null, 1);
  }
}
