package vn.emulation.core.criteria;

import java.util.Set;
import vn.emulation.core.common.LocalizedText;

/**
 * A condition for an award. A criterion that names no category is general (tiêu chuẩn chung) and
 * applies to every participant; one that names categories is specific to them (tiêu chuẩn cụ thể).
 */
public sealed interface Criterion
    permits DeclarationCriterion,
        RegisteredPlanCriterion,
        TargetAttainmentCriterion,
        NormCriterion,
        CountCriterion,
        AnyOfCriterion {

  /** The plan's code for it, unique in the plan. */
  String code();

  /** The condition as the plan words it. */
  LocalizedText name();

  /** The participant categories it applies to; empty for a general criterion. */
  Set<String> appliesTo();

  default boolean isGeneral() {
    return appliesTo().isEmpty();
  }

  default boolean appliesTo(String categoryCode) {
    return appliesTo().isEmpty() || appliesTo().contains(categoryCode);
  }
}
