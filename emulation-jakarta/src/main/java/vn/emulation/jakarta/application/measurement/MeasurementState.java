package vn.emulation.jakarta.application.measurement;

import java.math.BigDecimal;
import vn.emulation.core.target.Quantity;

/**
 * What the audit log keeps of a reported value, before and after a report, written as JSON. The
 * log's own record, not the API's view: an entry is hashed and never rewritten, so the same value
 * must be written the same whatever the API comes to show of it.
 *
 * @param indicatorCode the indicator
 * @param unitCode the reporting unit
 * @param year the year it describes
 * @param breakdown the breakdown, empty for the overall figure
 * @param numerator the numerator of a ratio, else absent
 * @param denominator the denominator of a ratio, else absent
 * @param value a plain value, else absent
 * @param uploadId the bulk upload it came from, absent for a value reported on its own
 * @param reportedAt when it was reported or last corrected, ISO-8601
 */
public record MeasurementState(
    String indicatorCode,
    String unitCode,
    int year,
    String breakdown,
    Long numerator,
    Long denominator,
    BigDecimal value,
    String uploadId,
    String reportedAt) {

  static MeasurementState of(StoredMeasurement s) {
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
    return new MeasurementState(
        m.indicatorCode(),
        m.unitCode(),
        m.year(),
        m.breakdown(),
        numerator,
        denominator,
        value,
        s.uploadId(),
        s.reportedAt().toString());
  }
}
