package vn.emulation.jakarta.application.measurement;

import java.math.BigDecimal;
import java.util.List;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.target.AttainmentStatus;
import vn.emulation.core.target.Quantity;
import vn.emulation.core.target.UnitOfMeasure;

/**
 * The reporting desk's reads as the API shows them: a unit's sheet for a year (what it reports,
 * against which threshold, and what is stored so far) and the history of corrections of one figure.
 * Dates are ISO-8601 text.
 */
public final class SheetViews {

  private SheetViews() {}

  /**
   * What a unit reports for a year.
   *
   * @param planCode the plan
   * @param unitCode the unit
   * @param unitName its name at the end of its part of the year
   * @param year the year the figures describe
   * @param firstYear the plan period's first year (the years a desk offers)
   * @param lastYear the plan period's last year
   * @param milestoneYear the milestone whose thresholds the rows show: the first at or after the
   *     year (the last one after the last milestone)
   * @param rows a row per indicator the unit may report at its level, in the plan's order, and one
   *     more per stored breakdown
   */
  public record SheetView(
      String planCode,
      String unitCode,
      String unitName,
      int year,
      int firstYear,
      int lastYear,
      int milestoneYear,
      List<SheetRow> rows) {

    public SheetView {
      rows = List.copyOf(rows);
    }
  }

  /**
   * An indicator on a unit's sheet, with its target and the figure stored so far.
   *
   * @param indicatorCode the indicator
   * @param name its name
   * @param unit what its values count (PERCENT, COUNT, VND)
   * @param countsRequired whether a figure must be given as numerator and denominator (a ratio of
   *     sums); else as a value, or as counts
   * @param breakdown the breakdown, empty for the overall figure
   * @param comparator the target's comparator symbol (≥), absent when no target concerns the unit
   * @param threshold the target's threshold at the milestone, absent likewise
   * @param numerator the stored numerator, absent when none
   * @param denominator the stored denominator, absent when none
   * @param value the stored plain value, absent when none
   * @param reportedAt when the stored figure was reported, absent when none is stored
   * @param reportedBy who reported it, absent when none is stored or not known
   * @param uploadId the upload it came from, absent for a figure reported on its own
   * @param version the stored figure's version (for If-Match on a correction), absent when none
   * @param status the unit's attainment of the target with the year's figures, absent without a
   *     target
   * @param statusLabel that status in words
   */
  public record SheetRow(
      String indicatorCode,
      LocalizedText name,
      UnitOfMeasure unit,
      boolean countsRequired,
      String breakdown,
      String comparator,
      BigDecimal threshold,
      Long numerator,
      Long denominator,
      BigDecimal value,
      String reportedAt,
      String reportedBy,
      String uploadId,
      Integer version,
      AttainmentStatus status,
      LocalizedText statusLabel) {}

  /**
   * The history of one figure: the stored value, then each value it replaced, newest first.
   *
   * @param indicatorCode the indicator
   * @param unitCode the unit
   * @param year the year
   * @param breakdown the breakdown, empty for the overall figure
   * @param revisions the values, newest (the stored one) first; empty when nothing is stored
   */
  public record HistoryView(
      String indicatorCode, String unitCode, int year, String breakdown, List<Revision> revisions) {

    public HistoryView {
      revisions = List.copyOf(revisions);
    }
  }

  /**
   * A value a figure held.
   *
   * @param version its version
   * @param current whether it is the stored value now
   * @param numerator its numerator, absent for a plain value
   * @param denominator its denominator, absent likewise
   * @param value its plain value, absent for counts
   * @param reportedAt when it was reported
   * @param reportedBy who reported it, absent when not known
   * @param uploadId the upload it came from, absent for a figure reported on its own
   */
  public record Revision(
      int version,
      boolean current,
      Long numerator,
      Long denominator,
      BigDecimal value,
      String reportedAt,
      String reportedBy,
      String uploadId) {

    static Revision of(StoredMeasurement s, boolean current) {
      Quantity q = s.measurement().quantity();
      return q instanceof Quantity.Ratio r
          ? new Revision(
              s.version(),
              current,
              r.numerator(),
              r.denominator(),
              null,
              s.reportedAt().toString(),
              s.reportedBy(),
              s.uploadId())
          : new Revision(
              s.version(),
              current,
              null,
              null,
              ((Quantity.Amount) q).amount(),
              s.reportedAt().toString(),
              s.reportedBy(),
              s.uploadId());
    }
  }
}
