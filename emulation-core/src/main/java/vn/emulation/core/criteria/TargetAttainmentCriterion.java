package vn.emulation.core.criteria;

import java.util.List;
import java.util.Set;
import vn.emulation.core.common.LocalizedText;

/**
 * At least k of the listed targets are met by the participant's unit at the occasion's milestone. k
 * is a number, a plan parameter ("some of the targets": how many is for the plan to say), or — when
 * neither is given — all of them. Immutable.
 *
 * @param code the code
 * @param name the condition
 * @param appliesTo its categories, empty for all
 * @param indicatorCodes the indicators whose targets count
 * @param minimumMet k as a number, or {@code null}
 * @param minimumMetParameter k as the code of a plan parameter, or {@code null}
 */
public record TargetAttainmentCriterion(
    String code,
    LocalizedText name,
    Set<String> appliesTo,
    List<String> indicatorCodes,
    Integer minimumMet,
    String minimumMetParameter)
    implements Criterion {

  public TargetAttainmentCriterion {
    CriterionChecks.require(code, name);
    appliesTo = Set.copyOf(appliesTo);
    indicatorCodes = List.copyOf(indicatorCodes);
    if (indicatorCodes.isEmpty()) {
      throw new IllegalArgumentException("criterion " + code + " names no indicator");
    }
    if (minimumMet != null && minimumMetParameter != null) {
      throw new IllegalArgumentException(
          "criterion " + code + " gives k both as a number and as a parameter");
    }
  }

  /** Whether every listed target must be met. */
  public boolean requiresAll() {
    return minimumMet == null && minimumMetParameter == null;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
