package vn.emulation.core.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The attainment of a target by a unit at a date: met, not met, incomplete or no data, with the
 * value, the gap to the threshold (value minus threshold: negative means short) and the coverage.
 * Immutable and thread-safe.
 *
 * @param target the target
 * @param unitCode the unit
 * @param status met, not met, incomplete (units missing) or no data
 * @param figure the aggregated quantity, {@code null} when there is no data
 * @param value the figure in the indicator's unit, rounded as {@link Display} says (two decimals
 *     unless more are needed to show why it misses), {@code null} when there is no data
 * @param coverage how many of the expected units reported, and which did not
 * @param parts every stored report the figure drew on or could have: counted, an earlier state of a
 *     stock, or set aside, each with the reason
 */
public record Attainment(
    Target target,
    String unitCode,
    AttainmentStatus status,
    Quantity figure,
    BigDecimal value,
    Coverage coverage,
    List<FigurePart> parts) {

  public Attainment {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(coverage, "coverage");
    parts = List.copyOf(parts);
    if ((status == AttainmentStatus.NO_DATA) != (value == null)) {
      throw new IllegalArgumentException("a value goes with data, and only with data");
    }
  }

  public Optional<BigDecimal> valueIfAny() {
    return Optional.ofNullable(value);
  }

  /** Value minus threshold; empty when there is no data. */
  public Optional<BigDecimal> gap() {
    return valueIfAny().map(v -> v.subtract(target.threshold()));
  }

  /**
   * For a share of counts: how many more of the counted items the figure needed, at the same
   * denominator, to meet the target (0 when met) — what a gap of 0.00 against "&gt; 90" means.
   * Empty for amounts, no data, or when no count would meet it.
   */
  public java.util.OptionalLong shortfall(UnitOfMeasure unit) {
    return figure instanceof Quantity.Ratio r && value != null
        ? r.shortfall(target, unit)
        : java.util.OptionalLong.empty();
  }

  public boolean isMet() {
    return status == AttainmentStatus.MET;
  }
}
