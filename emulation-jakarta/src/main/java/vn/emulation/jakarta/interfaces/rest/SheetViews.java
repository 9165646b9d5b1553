package vn.emulation.jakarta.interfaces.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.target.AttainmentStatus;
import vn.emulation.core.target.FigureRule;
import vn.emulation.core.target.Quantity;
import vn.emulation.core.target.UnitOfMeasure;
import vn.emulation.jakarta.application.measurement.FigureHistory;
import vn.emulation.jakarta.application.measurement.ReportingSheet;
import vn.emulation.jakarta.application.measurement.StoredMeasurement;

/**
 * The reporting desk's reads as the API shows them (ADR 0029): a unit's sheet for a year and the
 * history of corrections of one figure. Dates are ISO-8601 text.
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
   *     year
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

    static SheetView of(ReportingSheet s) {
      return new SheetView(
          s.planCode(),
          s.unitCode(),
          s.unitName(),
          s.year(),
          s.firstYear(),
          s.lastYear(),
          s.milestoneYear(),
          s.lines().stream().map(SheetRow::of).toList());
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
      LocalizedText statusLabel) {

    static SheetRow of(ReportingSheet.Line line) {
      StoredMeasurement s = line.stored();
      Long numerator = null;
      Long denominator = null;
      BigDecimal value = null;
      if (s != null && s.measurement().quantity() instanceof Quantity.Ratio r) {
        numerator = r.numerator();
        denominator = r.denominator();
      } else if (s != null) {
        value = ((Quantity.Amount) s.measurement().quantity()).amount();
      }
      return new SheetRow(
          line.indicator().code(),
          line.indicator().name(),
          line.indicator().unit(),
          FigureRule.countsRequired(line.indicator()),
          line.breakdown(),
          line.target() == null ? null : line.target().comparator().symbol(),
          line.target() == null ? null : line.target().threshold(),
          numerator,
          denominator,
          value,
          s == null ? null : s.reportedAt().toString(),
          s == null ? null : s.reportedBy(),
          s == null ? null : s.uploadId(),
          s == null ? null : s.version(),
          line.status(),
          line.status() == null ? null : line.status().label());
    }
  }

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

    static HistoryView of(FigureHistory h) {
      List<Revision> revisions = new ArrayList<>();
      if (h.current() != null) {
        revisions.add(Revision.of(h.current(), true));
      }
      h.superseded().forEach(s -> revisions.add(Revision.of(s, false)));
      return new HistoryView(h.indicatorCode(), h.unitCode(), h.year(), h.breakdown(), revisions);
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
      Long numerator = null;
      Long denominator = null;
      BigDecimal value = null;
      if (s.measurement().quantity() instanceof Quantity.Ratio r) {
        numerator = r.numerator();
        denominator = r.denominator();
      } else {
        value = ((Quantity.Amount) s.measurement().quantity()).amount();
      }
      return new Revision(
          s.version(),
          current,
          numerator,
          denominator,
          value,
          s.reportedAt().toString(),
          s.reportedBy(),
          s.uploadId());
    }
  }
}
