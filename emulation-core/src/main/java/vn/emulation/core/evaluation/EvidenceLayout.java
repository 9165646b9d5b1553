package vn.emulation.core.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.Indicator;

/**
 * Where each fact of a plan's evidence lives in an {@link Evidence}'s arrays, so that evaluation
 * reads slots instead of looking up names: the keys of the plan's {@link EvidenceShape}, in its
 * order, and the plan's indicators. Derived from the plan once. Immutable.
 */
final class EvidenceLayout {

  final EvidenceShape shape;
  final Map<String, Integer> declarations;
  final Map<String, Integer> counts;
  final Map<String, Integer> amounts;
  final Map<String, Integer> indicators = new LinkedHashMap<>();

  EvidenceLayout(Plan plan) {
    for (Indicator i : plan.indicators()) {
      indicators.put(i.code(), indicators.size());
    }
    shape = EvidenceShape.of(plan);
    declarations = shape.slots(EvidenceShape.Kind.DECLARATION);
    counts = shape.slots(EvidenceShape.Kind.COUNT);
    amounts = shape.slots(EvidenceShape.Kind.AMOUNT);
  }
}
