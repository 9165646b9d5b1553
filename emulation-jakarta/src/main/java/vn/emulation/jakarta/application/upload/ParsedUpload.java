package vn.emulation.jakarta.application.upload;

import java.util.List;
import java.util.Objects;
import vn.emulation.core.target.Measurement;

/**
 * An upload file read whole and found valid: every row as a measurement, in file order, and the
 * file's fingerprint, by which storing the same file twice can be recognised and done once.
 * Immutable and thread-safe.
 *
 * @param format the format the content turned out to be
 * @param sha256 the SHA-256 of the file's bytes, 64 lower-case hexadecimal digits
 * @param measurements the measurements, one per data row, in the order of the rows; never empty
 */
public record ParsedUpload(UploadFormat format, String sha256, List<Measurement> measurements) {

  public ParsedUpload {
    Objects.requireNonNull(format, "format");
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256 in hexadecimal: " + sha256);
    }
    measurements = List.copyOf(measurements);
    if (measurements.isEmpty()) {
      throw new IllegalArgumentException("an upload holds at least one measurement");
    }
  }

  /** How many measurements the file holds. */
  public int size() {
    return measurements.size();
  }
}
