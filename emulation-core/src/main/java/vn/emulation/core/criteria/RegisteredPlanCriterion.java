package vn.emulation.core.criteria;

import java.util.Set;
import vn.emulation.core.common.LocalizedText;

/**
 * The participant built its own emulation plan and registered it with Home Affairs by the plan's
 * deadline ({@code deadlineCode}, such as January 2023). Immutable.
 *
 * @param code the code
 * @param name the condition
 * @param appliesTo its categories, empty for all
 * @param deadlineCode the plan deadline registration must meet
 */
public record RegisteredPlanCriterion(
    String code, LocalizedText name, Set<String> appliesTo, String deadlineCode)
    implements Criterion {

  public RegisteredPlanCriterion {
    CriterionChecks.require(code, name);
    CriterionChecks.requireKey(code, deadlineCode);
    appliesTo = Set.copyOf(appliesTo);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
