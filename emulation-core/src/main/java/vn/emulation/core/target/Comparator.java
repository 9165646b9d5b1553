package vn.emulation.core.target;

import java.math.BigDecimal;
import vn.emulation.core.common.LocalizedText;

/**
 * How a value is held against a threshold, as the plan words it: "tối thiểu X%" and "đạt X%" mean
 * at least X, "trên X%" means strictly more than X, and "100%" means exactly 100. Comparisons are
 * exact (90.0 is not more than 90).
 */
public enum Comparator {
  AT_LEAST("≥", LocalizedText.of("tối thiểu", "at least")) {
    @Override
    boolean holds(int comparison) {
      return comparison >= 0;
    }
  },
  GREATER_THAN(">", LocalizedText.of("trên", "more than")) {
    @Override
    boolean holds(int comparison) {
      return comparison > 0;
    }
  },
  EQUAL("=", LocalizedText.of("bằng", "exactly")) {
    @Override
    boolean holds(int comparison) {
      return comparison == 0;
    }
  };

  private final String symbol;
  private final LocalizedText phrase;

  Comparator(String symbol, LocalizedText phrase) {
    this.symbol = symbol;
    this.phrase = phrase;
  }

  /** Whether {@code value} meets {@code threshold}. */
  public boolean test(BigDecimal value, BigDecimal threshold) {
    return holds(value.compareTo(threshold));
  }

  /**
   * Whether the ratio {@code numerator / denominator}, scaled by {@code scale} (100 for percent),
   * meets {@code threshold}, with no division and so no rounding: {@code scale * n} against {@code
   * threshold * d}.
   */
  public boolean testRatio(long numerator, long denominator, long scale, BigDecimal threshold) {
    BigDecimal left = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(scale));
    BigDecimal right = threshold.multiply(BigDecimal.valueOf(denominator));
    return holds(left.compareTo(right));
  }

  /** Whether a comparison result ({@code value.compareTo(threshold)}) satisfies this comparator. */
  abstract boolean holds(int comparison);

  public String symbol() {
    return symbol;
  }

  public LocalizedText phrase() {
    return phrase;
  }
}
