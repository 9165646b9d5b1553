package vn.emulation.core.target;

import java.util.Objects;
import vn.emulation.core.common.LocalizedText;

/**
 * Something a plan measures, such as "administrative procedures processed on time". Immutable and
 * thread-safe.
 *
 * @param code the code the plan gives it (G10), unique in the plan
 * @param pillar the group it belongs to
 * @param name what it measures
 * @param unit what its values count
 * @param aggregation how a parent unit's figure follows from its children's
 * @param accumulation how the parts of a year reported by several units combine (flow or stock)
 */
public record Indicator(
    String code,
    Pillar pillar,
    LocalizedText name,
    UnitOfMeasure unit,
    Aggregation aggregation,
    Accumulation accumulation) {

  public Indicator {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("an indicator code must not be blank, was: " + code);
    }
    Objects.requireNonNull(pillar, "pillar");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(aggregation, "aggregation");
    Objects.requireNonNull(accumulation, "accumulation");
  }
}
