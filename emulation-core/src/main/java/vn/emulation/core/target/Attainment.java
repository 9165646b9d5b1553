package vn.emulation.core.target;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The attainment of a target by a unit at a date: met, not met or no data, with the value, the gap
 * to the threshold (value minus threshold: negative means short) and the coverage. Immutable and
 * thread-safe.
 *
 * @param target the target
 * @param unitCode the unit
 * @param status met, not met, or no data
 * @param figure the aggregated quantity, {@code null} when there is no data
 * @param value the figure in the indicator's unit, two decimals, {@code null} when there is no data
 * @param coverage how many of the expected units reported
 */
public record Attainment(
    Target target,
    String unitCode,
    AttainmentStatus status,
    Quantity figure,
    BigDecimal value,
    Coverage coverage) {

  public Attainment {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(coverage, "coverage");
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

  public boolean isMet() {
    return status == AttainmentStatus.MET;
  }
}
