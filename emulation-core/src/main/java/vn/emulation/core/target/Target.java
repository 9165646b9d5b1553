package vn.emulation.core.target;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A measurable goal: an indicator must compare to a threshold by a milestone year, within a scope
 * ("tối thiểu 60% hồ sơ ... đến năm 2023"). Immutable and thread-safe.
 *
 * @param indicatorCode the indicator measured
 * @param milestoneYear the year by which the threshold must be met
 * @param comparator how the value is held against the threshold
 * @param threshold the threshold, in the indicator's unit
 * @param scope whom the target applies to
 */
public record Target(
    String indicatorCode,
    int milestoneYear,
    Comparator comparator,
    BigDecimal threshold,
    TargetScope scope) {

  public Target {
    Objects.requireNonNull(indicatorCode, "indicatorCode");
    Objects.requireNonNull(comparator, "comparator");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(scope, "scope");
  }

  /** How a person reads it: "≥ 60", "> 90", "= 100". */
  public String requirement() {
    return comparator.symbol() + " " + threshold.stripTrailingZeros().toPlainString();
  }
}
