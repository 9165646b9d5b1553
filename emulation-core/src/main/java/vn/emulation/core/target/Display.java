package vn.emulation.core.target;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a figure is shown to people: two decimals, rounded half-even, as the plan writes its
 * thresholds. Where that rounding would hide why a figure misses (99.999 shown as 100.00 against "=
 * 100"), or show it on the wrong side of its threshold, more decimals are shown, up to six, until
 * the shown value stands on the same side of the threshold as the exact one; past six it is cut
 * toward the threshold's far side (down when below, up when above), so that the value shown and the
 * verdict never disagree.
 */
public final class Display {

  /** The decimals shown normally. */
  public static final int SCALE = 2;

  /** The most decimals shown to keep a value on its side of the threshold. */
  public static final int MAX_SCALE = 6;

  private Display() {}

  /** {@code quantity} in {@code unit} as shown against {@code target}. */
  public static BigDecimal value(Quantity quantity, Target target, UnitOfMeasure unit) {
    int exact = Integer.signum(quantity.compareTo(target.threshold(), unit));
    for (int scale = SCALE; scale <= MAX_SCALE; scale++) {
      BigDecimal shown = quantity.value(unit, scale);
      if (Integer.signum(shown.compareTo(target.threshold())) == exact) {
        return shown;
      }
    }
    return quantity.value(unit, MAX_SCALE, exact < 0 ? RoundingMode.FLOOR : RoundingMode.CEILING);
  }
}
