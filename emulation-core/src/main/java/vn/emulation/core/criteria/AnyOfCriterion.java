package vn.emulation.core.criteria;

import java.util.List;
import java.util.Set;
import vn.emulation.core.common.LocalizedText;

/**
 * Any one of several alternatives suffices: an official with a recognised initiative <em>or</em>
 * effective measures put into practice (3.2.2 e). Immutable.
 *
 * @param code the code
 * @param name the condition
 * @param appliesTo its categories, empty for all
 * @param alternatives two or more criteria; their own {@code appliesTo} is ignored
 */
public record AnyOfCriterion(
    String code, LocalizedText name, Set<String> appliesTo, List<Criterion> alternatives)
    implements Criterion {

  public AnyOfCriterion {
    CriterionChecks.require(code, name);
    appliesTo = Set.copyOf(appliesTo);
    alternatives = List.copyOf(alternatives);
    if (alternatives.size() < 2) {
      throw new IllegalArgumentException("criterion " + code + " needs two or more alternatives");
    }
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
