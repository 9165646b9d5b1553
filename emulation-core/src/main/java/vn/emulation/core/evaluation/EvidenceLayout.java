package vn.emulation.core.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.emulation.core.criteria.AnyOfCriterion;
import vn.emulation.core.criteria.CountCriterion;
import vn.emulation.core.criteria.Criterion;
import vn.emulation.core.criteria.DeclarationCriterion;
import vn.emulation.core.criteria.NormCriterion;
import vn.emulation.core.criteria.RegisteredPlanCriterion;
import vn.emulation.core.criteria.TargetAttainmentCriterion;
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
    c.accept(
        new Criterion.Visitor<Void>() {
          @Override
          public Void visit(DeclarationCriterion d) {
            declarations.putIfAbsent(d.code(), declarations.size());
            return null;
          }

          @Override
          public Void visit(CountCriterion count) {
            counts.putIfAbsent(count.factKey(), counts.size());
            return null;
          }

          @Override
          public Void visit(NormCriterion norm) {
            amounts.putIfAbsent(norm.factKey(), amounts.size());
            return null;
          }

          @Override
          public Void visit(AnyOfCriterion any) {
            any.alternatives().forEach(EvidenceLayout.this::register);
            return null;
          }

          // registration and attainment are no facts of the participant's own: nothing to place
          @Override
          public Void visit(RegisteredPlanCriterion r) {
            return null;
          }

          @Override
          public Void visit(TargetAttainmentCriterion t) {
            return null;
          }
        });
  }
}
