package vn.emulation.core.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.emulation.core.criteria.AnyOfCriterion;
import vn.emulation.core.criteria.CountCriterion;
import vn.emulation.core.criteria.Criterion;
import vn.emulation.core.criteria.DeclarationCriterion;
import vn.emulation.core.criteria.NormCriterion;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.Indicator;

/**
 * Where each fact of a plan's evidence lives in an {@link Evidence}'s arrays, so that evaluation
 * reads slots instead of looking up names. Derived from the plan once. Immutable.
 */
final class EvidenceLayout {

  final Map<String, Integer> declarations = new LinkedHashMap<>();
  final Map<String, Integer> counts = new LinkedHashMap<>();
  final Map<String, Integer> amounts = new LinkedHashMap<>();
  final Map<String, Integer> indicators = new LinkedHashMap<>();

  EvidenceLayout(Plan plan) {
    for (Indicator i : plan.indicators()) {
      indicators.put(i.code(), indicators.size());
    }
    for (Criterion c : plan.criteria()) {
      register(c);
    }
  }

  private void register(Criterion c) {
    if (c instanceof DeclarationCriterion) {
      declarations.putIfAbsent(c.code(), declarations.size());
    } else if (c instanceof CountCriterion count) {
      counts.putIfAbsent(count.factKey(), counts.size());
    } else if (c instanceof NormCriterion norm) {
      amounts.putIfAbsent(norm.factKey(), amounts.size());
    } else if (c instanceof AnyOfCriterion any) {
      any.alternatives().forEach(this::register);
    }
  }
}
