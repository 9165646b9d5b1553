package vn.emulation.core.criteria;

import java.util.Set;
import vn.emulation.core.common.LocalizedText;

/**
 * A condition a participant's unit declares, backed by a piece of evidence (complies with policy,
 * no discipline, internal unity). Evidence answers it by the criterion's code: yes, no, or — where
 * {@code mayNotApply} — not applicable (a unit without a Party organisation). Immutable.
 *
 * @param code the code
 * @param name the condition
 * @param appliesTo its categories, empty for all
 * @param mayNotApply whether "not applicable" is an acceptable answer
 */
public record DeclarationCriterion(
    String code, LocalizedText name, Set<String> appliesTo, boolean mayNotApply)
    implements Criterion {

  public DeclarationCriterion {
    CriterionChecks.require(code, name);
    appliesTo = Set.copyOf(appliesTo);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
