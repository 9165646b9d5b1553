package vn.emulation.core.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A reported quantity: a ratio of counts where the data is countable (so that it can be summed up
 * the hierarchy), or a plain amount. Immutable and thread-safe.
 */
public sealed interface Quantity {

  /** The value in the indicator's unit, rounded to {@code scale} decimals for display. */
  BigDecimal value(UnitOfMeasure unit, int scale);

  /** Whether this quantity meets {@code target}, exactly. */
  boolean meets(Target target, UnitOfMeasure unit);

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
    public BigDecimal value(UnitOfMeasure unit, int scale) {
      if (denominator == 0) {
        return BigDecimal.ZERO.setScale(scale);
      }
      long factor = unit == UnitOfMeasure.PERCENT ? 100 : 1;
      return BigDecimal.valueOf(numerator)
          .multiply(BigDecimal.valueOf(factor))
          .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_EVEN);
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

    public Amount {
      Objects.requireNonNull(amount, "amount");
      if (amount.signum() < 0) {
        throw new IllegalArgumentException("a reported value cannot be negative: " + amount);
      }
    }

    @Override
    public BigDecimal value(UnitOfMeasure unit, int scale) {
      return amount.setScale(scale, RoundingMode.HALF_EVEN);
    }

    @Override
    public boolean meets(Target target, UnitOfMeasure unit) {
      return target.comparator().test(amount, target.threshold());
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
