package vn.emulation.jakarta.format.plan;

import static vn.emulation.jakarta.format.plan.FieldType.CODE;
import static vn.emulation.jakarta.format.plan.FieldType.FACT_KEY;
import static vn.emulation.jakarta.format.plan.FieldType.integer;
import static vn.emulation.jakarta.format.plan.FieldType.oneOf;
import static vn.emulation.jakarta.format.plan.JsonFields.allPresent;
import static vn.emulation.jakarta.format.plan.JsonText.text;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.criteria.AnyOfCriterion;
import vn.emulation.core.criteria.CountCriterion;
import vn.emulation.core.criteria.Criterion;
import vn.emulation.core.criteria.DeclarationCriterion;
import vn.emulation.core.criteria.NormCriterion;
import vn.emulation.core.criteria.RegisteredPlanCriterion;
import vn.emulation.core.criteria.TargetAttainmentCriterion;
import vn.emulation.core.participant.ParticipantCategory;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.core.plan.Plan;

/**
 * Who takes part (participant categories) and the conditions for an award (criteria), one JSON
 * {@code kind} per kind of criterion; an {@code ANY_OF} holds its alternatives inline.
 */
final class CriteriaJson {

  /** The criterion kinds of the format, named as in the file. */
  enum Kind {
    DECLARATION,
    REGISTERED_PLAN,
    TARGET_ATTAINMENT,
    NORM,
    COUNT,
    ANY_OF
  }

  private CriteriaJson() {}

  static ParticipantCategory category(JsonFields f) {
    String code = f.required("code", CODE);
    ParticipantKind kind = f.required("kind", oneOf(ParticipantKind.class));
    LocalizedText name = f.text("name");
    return allPresent(code, kind, name) ? new ParticipantCategory(code, kind, name) : null;
  }

  static Map<String, Object> category(ParticipantCategory c) {
    Map<String, Object> o = JsonText.object();
    o.put("code", c.code());
    o.put("kind", c.kind().name());
    o.put("name", text(c.name()));
    return o;
  }

  /** A criterion of any kind; one of unknown kind is reported once, its other fields unread. */
  static Criterion criterion(JsonFields f) {
    String code = f.required("code", CODE);
    Kind kind = f.required("kind", oneOf(Kind.class));
    LocalizedText name = f.text("name");
    Set<String> appliesTo = f.optionalSet("appliesTo", CODE);
    if (kind == null) {
      f.acceptAll();
      return null;
    }
    return specific(f, kind, code, name, appliesTo);
  }

  /** Reads the fields of {@code kind} and builds the criterion, if the common fields were sound. */
  private static Criterion specific(
      JsonFields f, Kind kind, String code, LocalizedText name, Set<String> appliesTo) {
    boolean sound = allPresent(code, name, appliesTo);
    switch (kind) {
      case DECLARATION:
        boolean mayNotApply = f.flag("mayNotApply", false);
        return sound ? new DeclarationCriterion(code, name, appliesTo, mayNotApply) : null;
      case REGISTERED_PLAN:
        String deadline = f.required("deadline", CODE);
        return sound && deadline != null
            ? new RegisteredPlanCriterion(code, name, appliesTo, deadline)
            : null;
      case TARGET_ATTAINMENT:
        List<String> indicators = f.list("indicators", CODE);
        Integer minimumMet = f.optional("minimumMet", integer(1));
        String parameter = f.optional("minimumMetParameter", CODE);
        return sound && indicators != null
            ? new TargetAttainmentCriterion(
                code, name, appliesTo, indicators, minimumMet, parameter)
            : null;
      case NORM:
        String amount = f.required("fact", FACT_KEY);
        String norm = f.required("normParameter", CODE);
        return sound && allPresent(amount, norm)
            ? new NormCriterion(code, name, appliesTo, amount, norm)
            : null;
      case COUNT:
        String count = f.required("fact", FACT_KEY);
        Integer minimum = f.required("minimum", integer(1));
        return sound && allPresent(count, minimum)
            ? new CountCriterion(code, name, appliesTo, count, minimum)
            : null;
      case ANY_OF:
        List<Criterion> alternatives = f.objects("alternatives", CriteriaJson::criterion);
        return sound && alternatives != null
            ? new AnyOfCriterion(code, name, appliesTo, alternatives)
            : null;
      default:
        throw new AssertionError("unhandled kind " + kind);
    }
  }

  /**
   * Writes the common fields, then the kind's own. An alternative's {@code appliesTo} is written
   * only when it names categories, since the format ignores it there.
   */
  static Map<String, Object> criterion(Criterion c, Plan plan, boolean alternative) {
    Map<String, Object> o = JsonText.object();
    o.put("code", c.code());
    o.put("kind", kind(c).name());
    o.put("name", text(c.name()));
    if (!alternative || !c.appliesTo().isEmpty()) {
      o.put("appliesTo", PlanJsonWriter.categoriesInOrder(c.appliesTo(), plan));
    }
    return c.accept(
        new Criterion.Visitor<Map<String, Object>>() {
          @Override
          public Map<String, Object> visit(DeclarationCriterion d) {
            o.put("mayNotApply", d.mayNotApply());
            return o;
          }

          @Override
          public Map<String, Object> visit(RegisteredPlanCriterion r) {
            o.put("deadline", r.deadlineCode());
            return o;
          }

          @Override
          public Map<String, Object> visit(TargetAttainmentCriterion t) {
            o.put("indicators", List.copyOf(t.indicatorCodes()));
            putIfSet(o, "minimumMet", t.minimumMet());
            putIfSet(o, "minimumMetParameter", t.minimumMetParameter());
            return o;
          }

          @Override
          public Map<String, Object> visit(NormCriterion n) {
            o.put("fact", n.factKey());
            o.put("normParameter", n.normParameter());
            return o;
          }

          @Override
          public Map<String, Object> visit(CountCriterion n) {
            o.put("fact", n.factKey());
            o.put("minimum", n.minimum());
            return o;
          }

          @Override
          public Map<String, Object> visit(AnyOfCriterion any) {
            o.put("alternatives", JsonText.list(any.alternatives(), a -> criterion(a, plan, true)));
            return o;
          }
        });
  }

  private static Kind kind(Criterion c) {
    return c.accept(
        new Criterion.Visitor<Kind>() {
          @Override
          public Kind visit(DeclarationCriterion d) {
            return Kind.DECLARATION;
          }

          @Override
          public Kind visit(RegisteredPlanCriterion r) {
            return Kind.REGISTERED_PLAN;
          }

          @Override
          public Kind visit(TargetAttainmentCriterion t) {
            return Kind.TARGET_ATTAINMENT;
          }

          @Override
          public Kind visit(NormCriterion n) {
            return Kind.NORM;
          }

          @Override
          public Kind visit(CountCriterion n) {
            return Kind.COUNT;
          }

          @Override
          public Kind visit(AnyOfCriterion any) {
            return Kind.ANY_OF;
          }
        });
  }

  private static void putIfSet(Map<String, Object> o, String name, Object value) {
    if (value != null) {
      o.put(name, value);
    }
  }
}
