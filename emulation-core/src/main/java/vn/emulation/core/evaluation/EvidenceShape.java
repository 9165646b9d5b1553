package vn.emulation.core.evaluation;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.criteria.AnyOfCriterion;
import vn.emulation.core.criteria.CountCriterion;
import vn.emulation.core.criteria.Criterion;
import vn.emulation.core.criteria.DeclarationCriterion;
import vn.emulation.core.criteria.NormCriterion;
import vn.emulation.core.criteria.RegisteredPlanCriterion;
import vn.emulation.core.criteria.TargetAttainmentCriterion;
import vn.emulation.core.plan.Plan;

/**
 * What a participant's evidence for a plan may hold: an answer to each declaration criterion (also
 * one offered inside an "any of"), a count under the fact key of each count criterion, an amount
 * under that of each norm criterion — each only for the participant categories its criterion
 * applies to (the alternatives of an "any of" apply where the "any of" does; a key used by a
 * general criterion concerns everyone). Registration is a date kept apart, and attainments are
 * computed, so neither is a key here. Derived from the plan in one walk, in the order the plan
 * names the facts; the evaluator's slots follow that order. Immutable and thread-safe.
 */
public final class EvidenceShape {

  /** The kinds of fact a participant states. */
  public enum Kind {
    DECLARATION("answers", "tiêu chí khai báo", "declaration criterion"),
    COUNT("counts", "tiêu chí đếm", "count criterion"),
    AMOUNT("amounts", "tiêu chí định mức", "norm criterion");

    private final String field;
    private final String vi;
    private final String en;

    Kind(String field, String vi, String en) {
      this.field = field;
      this.vi = vi;
      this.en = en;
    }

    /** The name under which evidence holds facts of this kind: answers, counts, amounts. */
    public String field() {
      return field;
    }
  }

  /** By kind, each key with the categories it concerns (empty set: every category), in order. */
  private final Map<Kind, Map<String, Set<String>>> scopes = new LinkedHashMap<>();

  private final Map<String, DeclarationCriterion> declarations = new LinkedHashMap<>();

  private EvidenceShape(Plan plan) {
    for (Kind k : Kind.values()) {
      scopes.put(k, new LinkedHashMap<>());
    }
    for (Criterion c : plan.criteria()) {
      add(c, c.appliesTo());
    }
  }

  /** The shape of the evidence {@code plan}'s criteria read. */
  public static EvidenceShape of(Plan plan) {
    return new EvidenceShape(plan);
  }

  private void add(Criterion c, Set<String> appliesTo) {
    c.accept(
        new Criterion.Visitor<Void>() {
          @Override
          public Void visit(DeclarationCriterion d) {
            declarations.putIfAbsent(d.code(), d);
            scope(Kind.DECLARATION, d.code(), appliesTo);
            return null;
          }

          @Override
          public Void visit(CountCriterion count) {
            scope(Kind.COUNT, count.factKey(), appliesTo);
            return null;
          }

          @Override
          public Void visit(NormCriterion norm) {
            scope(Kind.AMOUNT, norm.factKey(), appliesTo);
            return null;
          }

          @Override
          public Void visit(AnyOfCriterion any) {
            any.alternatives().forEach(a -> add(a, appliesTo));
            return null;
          }

          // a registration is a date kept apart and an attainment is computed: no keys
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

  private void scope(Kind kind, String key, Set<String> appliesTo) {
    Map<String, Set<String>> keys = scopes.get(kind);
    Set<String> known = keys.get(key);
    if (known != null && known.isEmpty()) {
      return; // a key of a general criterion concerns everyone already
    }
    Set<String> union = new HashSet<>(known == null ? Set.of() : known);
    union.addAll(appliesTo);
    keys.put(key, appliesTo.isEmpty() ? Set.of() : Set.copyOf(union));
  }

  /** Every key of {@code kind}, in the order the plan first names it. */
  public List<String> keys(Kind kind) {
    return List.copyOf(scopes.get(kind).keySet());
  }

  /** The keys of {@code kind} a participant of {@code categoryCode} may hold, in order. */
  public List<String> keys(Kind kind, String categoryCode) {
    return scopes.get(kind).entrySet().stream()
        .filter(e -> e.getValue().isEmpty() || e.getValue().contains(categoryCode))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The declaration criterion answered under {@code code}, if any. */
  public Optional<DeclarationCriterion> declaration(String code) {
    return Optional.ofNullable(declarations.get(code));
  }

  /**
   * Why a participant of {@code categoryCode} may not hold {@code key} of {@code kind}: no
   * criterion of that kind uses it, or none that applies to the category; empty when it may.
   */
  public Optional<LocalizedText> refusal(Kind kind, String key, String categoryCode) {
    Set<String> categories = scopes.get(kind).get(key);
    if (categories == null) {
      return Optional.of(Messages.text("evaluation.noPlanUses", kind.vi, key, kind.en));
    }
    if (!categories.isEmpty() && !categories.contains(categoryCode)) {
      return Optional.of(Messages.text("evaluation.doesNotApplyCategory", key, categoryCode));
    }
    return Optional.empty();
  }

  /**
   * Why {@code answer} is no acceptable answer to declaration {@code code} ("not applicable" where
   * the plan does not allow it); empty when it is, or when {@code code} is no declaration.
   */
  public Optional<LocalizedText> answerRefusal(String code, Answer answer) {
    DeclarationCriterion c = declarations.get(code);
    if (c != null && answer == Answer.NOT_APPLICABLE && !c.mayNotApply()) {
      return Optional.of(Messages.text("evaluation.criterionDoesNotAccept", c.code()));
    }
    return Optional.empty();
  }

  /**
   * Every problem of the facts a participant of {@code categoryCode} states, at {@code
   * answers.CODE[.answer]}, {@code counts.KEY} and {@code amounts.KEY}: keys no criterion for the
   * category uses, answers the criterion does not accept, counts or amounts below 0. Empty when the
   * evidence fits.
   */
  public List<Problem> problems(
      String categoryCode,
      Map<String, Answer> answers,
      Map<String, Long> counts,
      Map<String, Long> amounts) {
    ProblemCollector problems = new ProblemCollector();
    answers.forEach(
        (code, answer) -> {
          String path = Kind.DECLARATION.field + "." + code;
          Optional<LocalizedText> why = refusal(Kind.DECLARATION, code, categoryCode);
          if (why.isPresent()) {
            problems.add(path, why.get().vi(), why.get().en());
          } else {
            answerRefusal(code, answer)
                .ifPresent(w -> problems.add(path + ".answer", w.vi(), w.en()));
          }
        });
    numbers(problems, Kind.COUNT, categoryCode, counts);
    numbers(problems, Kind.AMOUNT, categoryCode, amounts);
    return problems.problems();
  }

  private void numbers(
      ProblemCollector problems, Kind kind, String categoryCode, Map<String, Long> values) {
    values.forEach(
        (key, n) -> {
          String path = kind.field + "." + key;
          Optional<LocalizedText> why = refusal(kind, key, categoryCode);
          if (why.isPresent()) {
            problems.add(path, why.get().vi(), why.get().en());
          } else if (n == null || n < 0) {
            problems.add(path, Messages.text("evaluation.notNegative", n));
          }
        });
  }

  /** The slots of the evaluator's arrays: each key's position in its kind. */
  Map<String, Integer> slots(Kind kind) {
    Map<String, Integer> slots = new LinkedHashMap<>();
    for (String key : scopes.get(kind).keySet()) {
      slots.put(key, slots.size());
    }
    return Collections.unmodifiableMap(slots);
  }
}
