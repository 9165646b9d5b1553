package vn.emulation.core.criteria;

import java.util.Set;
import vn.emulation.core.common.LocalizedText;

/**
 * An amount (a contribution of money or facilities converted to money, in đồng) reaches a norm that
 * is a plan parameter, set in guidance by Home Affairs; until it is set the criterion cannot be
 * decided. Immutable.
 *
 * @param code the code
 * @param name the condition
 * @param appliesTo its categories, empty for all
 * @param factKey the evidence amount compared
 * @param normParameter the plan parameter holding the norm
 */
public record NormCriterion(
    String code, LocalizedText name, Set<String> appliesTo, String factKey, String normParameter)
    implements Criterion {

  public NormCriterion {
    CriterionChecks.require(code, name);
    CriterionChecks.requireKey(code, factKey);
    CriterionChecks.requireKey(code, normParameter);
    appliesTo = Set.copyOf(appliesTo);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
