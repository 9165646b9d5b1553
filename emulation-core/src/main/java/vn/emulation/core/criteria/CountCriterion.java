package vn.emulation.core.criteria;

import java.util.Set;
import vn.emulation.core.common.LocalizedText;

/**
 * A counted achievement reaches a minimum: initiatives recognised by the competent level,
 * consecutive years rated "completed tasks well". Immutable.
 *
 * @param code the code
 * @param name the condition
 * @param appliesTo its categories, empty for all
 * @param factKey the evidence count compared
 * @param minimum the least acceptable count, at least 1
 */
public record CountCriterion(
    String code, LocalizedText name, Set<String> appliesTo, String factKey, int minimum)
    implements Criterion {

  public CountCriterion {
    CriterionChecks.require(code, name);
    CriterionChecks.requireKey(code, factKey);
    if (minimum < 1) {
      throw new IllegalArgumentException("criterion " + code + " minimum must be ≥ 1: " + minimum);
    }
    appliesTo = Set.copyOf(appliesTo);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
