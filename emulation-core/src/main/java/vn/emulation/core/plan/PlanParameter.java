package vn.emulation.core.plan;

import java.math.BigDecimal;
import java.util.Optional;
import vn.emulation.core.common.LocalizedText;

/**
 * A number the plan leaves to be set (how many targets are "some"; the contribution norm that Home
 * Affairs issues in guidance). A parameter without a value makes the criteria that use it
 * undecidable, not failed. Immutable.
 *
 * @param code the plan's code for it
 * @param name what it is
 * @param value its value, or {@code null} while not yet set
 */
public record PlanParameter(String code, LocalizedText name, BigDecimal value) {

  public PlanParameter {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("a parameter code must not be blank: " + code);
    }
    java.util.Objects.requireNonNull(name, "name");
  }

  public Optional<BigDecimal> valueIfSet() {
    return Optional.ofNullable(value);
  }

  /** The same parameter with a value, as Home Affairs issues it. */
  public PlanParameter withValue(BigDecimal newValue) {
    return new PlanParameter(code, name, newValue);
  }
}
