package vn.emulation.jakarta.testing;

import java.util.List;
import vn.emulation.core.target.Measurement;
import vn.emulation.jakarta.application.measurement.MeasurementWriter;
import vn.emulation.jakarta.application.measurement.UploadRecord;

/**
 * Stores an upload into the in-memory uploads and values; the same file stored twice for a plan is
 * refused as the database's unique key refuses it.
 */
public final class InMemoryMeasurementWriter implements MeasurementWriter {

  private final InMemoryMeasurementRepository measurements;
  private final InMemoryUploadRepository uploads;

  public InMemoryMeasurementWriter(
      InMemoryMeasurementRepository measurements, InMemoryUploadRepository uploads) {
    this.measurements = measurements;
    this.uploads = uploads;
  }

  @Override
  public void store(UploadRecord upload, List<Measurement> values) {
    if (uploads.bySha256(upload.planCode(), upload.sha256()).isPresent()) {
      throw new StoredMeanwhile(
          upload, new IllegalStateException("uq_measurement_upload: " + upload.sha256()));
    }
    uploads.uploads.add(upload);
    values.forEach(m -> measurements.put(upload.planCode(), m, upload.id(), upload.uploadedBy()));
  }
}
