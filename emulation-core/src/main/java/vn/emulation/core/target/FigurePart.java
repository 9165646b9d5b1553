package vn.emulation.core.target;

import java.util.Objects;
import vn.emulation.core.common.LocalizedText;

/**
 * One stored report and what a figure made of it: counted in, shown as an earlier state of a stock,
 * or set aside with the reason. Every report a figure could have drawn on is listed, so that no
 * report is ever left out without the answer saying which and why. Immutable and thread-safe.
 *
 * @param unitCode the unit that reported it
 * @param period the days of the year it covers, {@code null} when its unit did not exist that year
 * @param quantity what was reported
 * @param use what the figure made of it
 * @param reason why, in Vietnamese and English
 */
public record FigurePart(
    String unitCode, ReportPeriod period, Quantity quantity, Use use, LocalizedText reason) {

  /** What a figure made of a report. */
  public enum Use {
    /** Part of the figure. */
    COUNTED,
    /** An earlier state of a stock indicator, superseded by a later one; shown, not added. */
    EARLIER_STATE,
    /** Not part of the figure, for the reason given. */
    SET_ASIDE
  }

  public FigurePart {
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(use, "use");
    Objects.requireNonNull(reason, "reason");
  }
}
