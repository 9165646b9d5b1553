package vn.emulation.jakarta.interfaces.rest;

import java.math.BigDecimal;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.target.Quantity;
import vn.emulation.jakarta.application.measurement.StoredMeasurement;
import vn.emulation.jakarta.application.measurement.UploadRecord;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The reports as the API shows them: the JSON shapes of {@link MeasurementResource}, made from what
 * the use cases answer ({@link StoredMeasurement}, {@link UploadRecord}). Dates are ISO-8601 text.
 */
public final class MeasurementViews {

  private MeasurementViews() {}

  /**
   * A stored value.
   *
   * @param indicatorCode the indicator
   * @param unitCode the reporting unit
   * @param year the year it describes
   * @param breakdown the breakdown, empty for the overall figure
   * @param numerator the numerator of a ratio, else absent
   * @param denominator the denominator of a ratio, else absent
   * @param value a plain value, else absent
   * @param uploadId the bulk upload it came from, absent for a value reported on its own
   * @param reportedAt when it was reported or last corrected
   * @param reportedBy who reported it (the token's user), absent when not known
   * @param version its version, counted up by each correction (the ETag of a report)
   */
  public record MeasurementView(
      String indicatorCode,
      String unitCode,
      int year,
      String breakdown,
      Long numerator,
      Long denominator,
      BigDecimal value,
      String uploadId,
      String reportedAt,
      String reportedBy,
      int version) {

    static MeasurementView of(StoredMeasurement s) {
      var m = s.measurement();
      Long numerator = null;
      Long denominator = null;
      BigDecimal value = null;
      if (m.quantity() instanceof Quantity.Ratio r) {
        numerator = r.numerator();
        denominator = r.denominator();
      } else {
        value = ((Quantity.Amount) m.quantity()).amount();
      }
      return new MeasurementView(
          m.indicatorCode(),
          m.unitCode(),
          m.year(),
          m.breakdown(),
          numerator,
          denominator,
          value,
          s.uploadId(),
          s.reportedAt().toString(),
          s.reportedBy(),
          s.version());
    }
  }

  /**
   * A bulk upload.
   *
   * @param id its identifier
   * @param planCode the plan it reports on
   * @param sha256 the SHA-256 of the file, by which the same file is recognised
   * @param filename the file's name
   * @param mediaType the file's format, as a media type
   * @param rowCount how many measurements it held
   * @param uploadedAt when it was stored
   * @param alreadyStored whether this request found the file stored before and stored nothing
   * @param message what happened, in Vietnamese and English
   */
  public record UploadView(
      String id,
      String planCode,
      String sha256,
      String filename,
      String mediaType,
      int rowCount,
      String uploadedAt,
      boolean alreadyStored,
      LocalizedText message) {

    static UploadView stored(UploadRecord u) {
      return new UploadView(
          u.id(),
          u.planCode(),
          u.sha256(),
          u.filename(),
          u.mediaType(),
          u.rowCount(),
          u.uploadedAt().toString(),
          false,
          AdapterMessages.text(
              u.rowCount() == 1 ? "measurement.stored.one" : "measurement.stored", u.rowCount()));
    }

    static UploadView alreadyStored(UploadRecord u) {
      return new UploadView(
          u.id(),
          u.planCode(),
          u.sha256(),
          u.filename(),
          u.mediaType(),
          u.rowCount(),
          u.uploadedAt().toString(),
          true,
          AdapterMessages.text("measurement.fileAlreadyStoredUpload", u.id()));
    }
  }
}
