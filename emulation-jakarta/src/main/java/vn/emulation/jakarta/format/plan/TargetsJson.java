package vn.emulation.jakarta.format.plan;

import static vn.emulation.jakarta.format.plan.FieldType.CODE;
import static vn.emulation.jakarta.format.plan.FieldType.DECIMAL;
import static vn.emulation.jakarta.format.plan.FieldType.integer;
import static vn.emulation.jakarta.format.plan.FieldType.oneOf;
import static vn.emulation.jakarta.format.plan.JsonFields.allPresent;
import static vn.emulation.jakarta.format.plan.JsonText.text;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.Accumulation;
import vn.emulation.core.target.Aggregation;
import vn.emulation.core.target.Comparator;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Pillar;
import vn.emulation.core.target.Target;
import vn.emulation.core.target.TargetScope;
import vn.emulation.core.target.UnitOfMeasure;
import vn.emulation.core.unit.UnitLevel;

/** What the plan measures (indicators) and the thresholds it sets for each milestone (targets). */
final class TargetsJson {

  private TargetsJson() {}

  static Indicator indicator(JsonFields f) {
    String code = f.required("code", CODE);
    Pillar pillar = f.required("pillar", oneOf(Pillar.class));
    LocalizedText name = f.text("name");
    UnitOfMeasure unit = f.required("unit", oneOf(UnitOfMeasure.class));
    Aggregation aggregation = f.required("aggregation", oneOf(Aggregation.class));
    Accumulation accumulation = f.required("accumulation", oneOf(Accumulation.class));
    return allPresent(code, pillar, name, unit, aggregation, accumulation)
        ? new Indicator(code, pillar, name, unit, aggregation, accumulation)
        : null;
  }

  static Map<String, Object> indicator(Indicator i) {
    Map<String, Object> o = JsonText.object();
    o.put("code", i.code());
    o.put("pillar", i.pillar().name());
    o.put("name", text(i.name()));
    o.put("unit", i.unit().name());
    o.put("aggregation", i.aggregation().name());
    o.put("accumulation", i.accumulation().name());
    return o;
  }

  static Target target(JsonFields f) {
    String indicator = f.required("indicator", CODE);
    Integer milestoneYear = f.required("milestoneYear", integer(1));
    Comparator comparator = f.required("comparator", oneOf(Comparator.class));
    BigDecimal threshold = f.required("threshold", DECIMAL);
    JsonFields scopeFields = f.optionalObject("scope");
    TargetScope scope = scopeFields == null ? TargetScope.EVERYWHERE : scope(scopeFields);
    return allPresent(indicator, milestoneYear, comparator, threshold, scope)
        ? new Target(indicator, milestoneYear, comparator, threshold, scope)
        : null;
  }

  /** Each part of a scope may be left out: no levels, no categories, overall figure. */
  private static TargetScope scope(JsonFields f) {
    Set<UnitLevel> levels = f.optionalSet("levels", oneOf(UnitLevel.class));
    Set<String> categories = f.optionalSet("categories", CODE);
    boolean eachBreakdown = f.flag("eachBreakdown", false);
    f.rejectUnknown();
    return allPresent(levels, categories)
        ? new TargetScope(levels, categories, eachBreakdown)
        : null;
  }

  /** Writes the scope with all three fields even where it is everywhere, as the format asks. */
  static Map<String, Object> target(Target t, Plan plan) {
    Map<String, Object> o = JsonText.object();
    o.put("indicator", t.indicatorCode());
    o.put("milestoneYear", t.milestoneYear());
    o.put("comparator", t.comparator().name());
    o.put("threshold", t.threshold());
    Map<String, Object> scope = JsonText.object();
    scope.put("levels", PlanJsonWriter.inOrder(t.scope().levels()));
    scope.put("categories", PlanJsonWriter.categoriesInOrder(t.scope().categoryCodes(), plan));
    scope.put("eachBreakdown", t.scope().eachBreakdown());
    o.put("scope", scope);
    return o;
  }
}
