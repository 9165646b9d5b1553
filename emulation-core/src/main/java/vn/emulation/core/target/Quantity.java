package vn.emulation.core.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A reported quantity: a ratio of counts where the data is countable (so that it can be summed up
 * the hierarchy), or a plain amount. Immutable and thread-safe.
 */
public sealed interface Quantity {

  /** The value in the indicator's unit, rounded half-even to {@code scale} decimals. */
  default BigDecimal value(UnitOfMeasure unit, int scale) {
    return value(unit, scale, RoundingMode.HALF_EVEN);
  }

  /** The value in the indicator's unit, rounded to {@code scale} decimals as {@code mode} says. */
  BigDecimal value(UnitOfMeasure unit, int scale, RoundingMode mode);

  /** Whether this quantity meets {@code target}, exactly. */
  boolean meets(Target target, UnitOfMeasure unit);

  /**
   * The sign of this quantity, in {@code unit}, minus {@code threshold}, exactly: -1 below, 0
   * equal, 1 above. An empty ratio (0 of 0) has no value and must not be compared.
   */
  int compareTo(BigDecimal threshold, UnitOfMeasure unit);

  /** This quantity added to another of the same kind. */
  Quantity plus(Quantity other);

  /**
   * A ratio of counts, such as 152 dossiers processed online out of 190.
   *
   * @param numerator the count that satisfies the indicator, not above the denominator
   * @param denominator the count it is a share of, positive
   */
  record Ratio(long numerator, long denominator) implements Quantity {

    public Ratio {
      if (numerator < 0 || denominator < 0) {
        throw new IllegalArgumentException(
            "counts cannot be negative: " + numerator + "/" + denominator);
      }
      if (numerator > denominator) {
        throw new IllegalArgumentException(
            "numerator " + numerator + " exceeds denominator " + denominator);
      }
    }

    @Override
    public BigDecimal value(UnitOfMeasure unit, int scale, RoundingMode mode) {
      if (denominator == 0) {
        return BigDecimal.ZERO.setScale(scale);
      }
      long factor = unit == UnitOfMeasure.PERCENT ? 100 : 1;
      return BigDecimal.valueOf(numerator)
          .multiply(BigDecimal.valueOf(factor))
          .divide(BigDecimal.valueOf(denominator), scale, mode);
    }

    @Override
    public boolean meets(Target target, UnitOfMeasure unit) {
      if (denominator == 0) {
        return false;
      }
      long factor = unit == UnitOfMeasure.PERCENT ? 100 : 1;
      return target.comparator().testRatio(numerator, denominator, factor, target.threshold());
    }

    @Override
    public int compareTo(BigDecimal threshold, UnitOfMeasure unit) {
      if (denominator == 0) {
        throw new IllegalStateException("0 of 0 has no value to compare");
      }
      long factor = unit == UnitOfMeasure.PERCENT ? 100 : 1;
      return BigDecimal.valueOf(numerator)
          .multiply(BigDecimal.valueOf(factor))
          .compareTo(threshold.multiply(BigDecimal.valueOf(denominator)));
    }

    /**
     * How many more of the counted items (dossiers processed online, households with fibre) the
     * numerator needed, at the same denominator, to meet {@code target}: what a gap of 0.00 against
     * "&gt; 90" means in counts. 0 when it meets it; empty when no numerator up to the denominator
     * would, or when more would not help (above an "=" threshold).
     */
    public java.util.OptionalLong shortfall(Target target, UnitOfMeasure unit) {
      if (denominator == 0) {
        return java.util.OptionalLong.empty();
      }
      long factor = unit == UnitOfMeasure.PERCENT ? 100 : 1;
      // the least n with n·factor compared to threshold·d as the comparator asks
      BigDecimal bound =
          target
              .threshold()
              .multiply(BigDecimal.valueOf(denominator))
              .divide(
                  BigDecimal.valueOf(factor),
                  0,
                  switch (target.comparator()) {
                    case AT_LEAST, EQUAL -> RoundingMode.CEILING;
                    case GREATER_THAN -> RoundingMode.FLOOR;
                  });
      long least =
          target.comparator() == Comparator.GREATER_THAN
              ? bound.longValueExact() + 1
              : bound.longValueExact();
      if (least < 0) {
        least = 0;
      }
      boolean reachable =
          least <= denominator
              && target.comparator().testRatio(least, denominator, factor, target.threshold());
      if (meets(target, unit)) {
        return java.util.OptionalLong.of(0);
      }
      if (!reachable || least <= numerator) {
        return java.util.OptionalLong.empty(); // not a shortage: no count would, or "too many"
      }
      return java.util.OptionalLong.of(least - numerator);
    }

    @Override
    public Quantity plus(Quantity other) {
      if (!(other instanceof Ratio r)) {
        throw new IllegalArgumentException("cannot add an amount to a ratio");
      }
      return new Ratio(
          Math.addExact(numerator, r.numerator), Math.addExact(denominator, r.denominator));
    }
  }

  /**
   * A plain value, such as the digital economy's share of GRDP as published by the statistics
   * office, or a contribution in đồng.
   *
   * @param amount the value, not negative
   */
  record Amount(BigDecimal amount) implements Quantity {

    /** The most decimals a reported value may have: what is stored, and shown, exactly. */
    public static final int MAX_SCALE = 6;

    /** The most digits a reported value may have before its decimal point. */
    public static final int MAX_INTEGER_DIGITS = 18;

    /**
     * Why {@code value} cannot be stored exactly as a reported value (more than six decimals, or
     * more than eighteen digits before the point), in Vietnamese and English; empty when it can.
     * Nothing is rounded: a value that does not fit is refused.
     */
    public static java.util.Optional<vn.emulation.core.common.LocalizedText> precisionProblem(
        BigDecimal value) {
      BigDecimal v = value.stripTrailingZeros();
      int scale = Math.max(v.scale(), 0);
      int integerDigits = Math.max(v.precision() - v.scale(), 0);
      if (scale > MAX_SCALE) {
        return java.util.Optional.of(
            vn.emulation.core.common.Messages.text(
                "target.valueMoreDecimals", value.toPlainString(), MAX_SCALE));
      }
      if (integerDigits > MAX_INTEGER_DIGITS) {
        return java.util.Optional.of(
            vn.emulation.core.common.Messages.text(
                "target.valueMoreDigitsBefore", value.toPlainString(), MAX_INTEGER_DIGITS));
      }
      return java.util.Optional.empty();
    }

    public Amount {
      Objects.requireNonNull(amount, "amount");
      if (amount.signum() < 0) {
        throw new IllegalArgumentException("a reported value cannot be negative: " + amount);
      }
    }

    @Override
    public BigDecimal value(UnitOfMeasure unit, int scale, RoundingMode mode) {
      return amount.setScale(scale, mode);
    }

    @Override
    public boolean meets(Target target, UnitOfMeasure unit) {
      return target.comparator().test(amount, target.threshold());
    }

    @Override
    public int compareTo(BigDecimal threshold, UnitOfMeasure unit) {
      return amount.compareTo(threshold);
    }

    @Override
    public Quantity plus(Quantity other) {
      if (!(other instanceof Amount a)) {
        throw new IllegalArgumentException("cannot add a ratio to an amount");
      }
      return new Amount(amount.add(a.amount));
    }
  }
}
