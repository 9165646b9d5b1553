package vn.emulation.jakarta.application.measurement;

import java.util.List;
import vn.emulation.core.target.Measurement;

/**
 * The port that stores a bulk upload in the use case's transaction: its record, then its
 * measurements, each replacing any stored value for its key (the persistence adapter does it with
 * batched JDBC, {@code JdbcMeasurementWriter}).
 */
public interface MeasurementWriter {

  /**
   * Stores the upload's record and its measurements, which have distinct keys.
   *
   * @throws StoredMeanwhile when the same file for the plan, or a value for one of the keys, was
   *     stored by another transaction meanwhile: nothing of this upload is stored
   */
  void store(UploadRecord upload, List<Measurement> measurements);

  /**
   * Another transaction stored the same file for the plan, or values for some of the upload's keys,
   * after this one looked.
   */
  final class StoredMeanwhile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoredMeanwhile(UploadRecord upload, Throwable cause) {
      super(
          "upload "
              + upload.id()
              + " of plan "
              + upload.planCode()
              + " met a file or values stored meanwhile: "
              + cause.getMessage(),
          cause);
    }
  }
}
