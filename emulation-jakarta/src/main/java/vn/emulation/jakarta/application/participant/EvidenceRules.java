package vn.emulation.jakarta.application.participant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.criteria.AnyOfCriterion;
import vn.emulation.core.criteria.CountCriterion;
import vn.emulation.core.criteria.Criterion;
import vn.emulation.core.criteria.DeclarationCriterion;
import vn.emulation.core.criteria.NormCriterion;
import vn.emulation.core.criteria.RegisteredPlanCriterion;
import vn.emulation.core.criteria.TargetAttainmentCriterion;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.application.Inputs;
import vn.emulation.jakarta.application.participant.ParticipantCommands.AnswerInput;
import vn.emulation.jakarta.application.participant.ParticipantCommands.EvidenceUpdate;
import vn.emulation.jakarta.application.progress.ParticipantFacts;

/**
 * Which evidence a plan can use, and the check of an update against it: an answer only to a
 * declaration criterion (also one offered inside an "any of"), a count only under the fact key of a
 * count criterion, an amount only under that of a norm criterion — each of a criterion that applies
 * to the participant's category. Every problem is reported at once. Immutable.
 */
final class EvidenceRules {

  static final int MAX_REFERENCE = 300;

  /**
   * An update that passed every check.
   *
   * @param facts the facts to store (registration included)
   * @param registration whether the update says anything about the registration
   */
  record Checked(ParticipantFacts facts, boolean registration) {}

  private final Map<String, DeclarationCriterion> declarations = new HashMap<>();

  /** For each kind of fact, the categories that each key concerns (empty set: every category). */
  private final Map<String, Map<String, Set<String>>> scopes = new HashMap<>();

  EvidenceRules(Plan plan) {
    for (Criterion c : plan.criteria()) {
      index(c, c.appliesTo());
    }
  }

  /** Alternatives of an "any of" apply where the "any of" does; their own scope is ignored. */
  private void index(Criterion c, Set<String> appliesTo) {
    c.accept(
        new Criterion.Visitor<Void>() {
          @Override
          public Void visit(DeclarationCriterion d) {
            declarations.put(d.code(), d);
            scope("answers", d.code(), appliesTo);
            return null;
          }

          @Override
          public Void visit(CountCriterion count) {
            scope("counts", count.factKey(), appliesTo);
            return null;
          }

          @Override
          public Void visit(NormCriterion norm) {
            scope("amounts", norm.factKey(), appliesTo);
            return null;
          }

          @Override
          public Void visit(AnyOfCriterion any) {
            any.alternatives().forEach(a -> index(a, appliesTo));
            return null;
          }

          // a registration is stored apart and an attainment is computed: no keys of evidence
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

  private void scope(String kind, String key, Set<String> appliesTo) {
    Map<String, Set<String>> keys = scopes.computeIfAbsent(kind, k -> new HashMap<>());
    Set<String> known = keys.get(key);
    if (known != null && known.isEmpty()) {
      return; // a key of a general criterion concerns everyone already
    }
    Set<String> union = new HashSet<>(known == null ? Set.of() : known);
    union.addAll(appliesTo);
    keys.put(key, appliesTo.isEmpty() ? Set.of() : union);
  }

  /**
   * @throws vn.emulation.core.common.InvalidInputException listing every problem
   */
  Checked check(Participant p, EvidenceUpdate u) {
    ProblemCollector problems = new ProblemCollector();
    Map<String, ParticipantFacts.Declaration> answers = new TreeMap<>();
    nonNull(u.answers())
        .forEach(
            (code, a) -> {
              String path = "answers." + code;
              if (usable(problems, "answers", path, code, p)) {
                ParticipantFacts.Declaration d = answer(problems, path, declarations.get(code), a);
                if (d != null) {
                  answers.put(code, d);
                }
              }
            });
    Map<String, Integer> counts = new LinkedHashMap<>();
    nonNull(u.counts())
        .forEach(
            (key, n) -> {
              if (usable(problems, "counts", "counts." + key, key, p)
                  && wholeNumber(problems, "counts." + key, n, Integer.MAX_VALUE)) {
                counts.put(key, n.intValueExact());
              }
            });
    Map<String, Long> amounts = new LinkedHashMap<>();
    nonNull(u.amounts())
        .forEach(
            (key, n) -> {
              if (usable(problems, "amounts", "amounts." + key, key, p)
                  && wholeNumber(problems, "amounts." + key, n, Long.MAX_VALUE)) {
                amounts.put(key, n.longValueExact());
              }
            });
    LocalDate registeredOn = Inputs.optionalDate(problems, "registeredOn", u.registeredOn());
    boolean notRegistered = Boolean.TRUE.equals(u.notRegistered());
    if (notRegistered && u.registeredOn() != null) {
      problems.add(
          "notRegistered",
          "Không thể vừa đăng ký vừa không đăng ký",
          "Cannot be both registered and not registered");
    }
    problems.throwIfAny("evidence");
    return new Checked(
        new ParticipantFacts(answers, counts, amounts, registeredOn, notRegistered),
        registeredOn != null || notRegistered);
  }

  private boolean usable(
      ProblemCollector problems, String kind, String path, String key, Participant p) {
    Set<String> categories = scopes.getOrDefault(kind, Map.of()).get(key);
    if (categories == null) {
      String vi =
          switch (kind) {
            case "answers" -> "tiêu chí khai báo";
            case "counts" -> "tiêu chí đếm";
            default -> "tiêu chí định mức";
          };
      String en =
          switch (kind) {
            case "answers" -> "declaration criterion";
            case "counts" -> "count criterion";
            default -> "norm criterion";
          };
      problems.add(
          path,
          "Kế hoạch không có " + vi + " nào dùng \"" + key + "\"",
          "No " + en + " of the plan uses \"" + key + "\"");
      return false;
    }
    if (!categories.isEmpty() && !categories.contains(p.categoryCode())) {
      problems.add(
          path,
          "\"" + key + "\" không áp dụng cho đối tượng " + p.categoryCode(),
          "\"" + key + "\" does not apply to category " + p.categoryCode());
      return false;
    }
    return true;
  }

  private static ParticipantFacts.Declaration answer(
      ProblemCollector problems, String path, DeclarationCriterion c, AnswerInput a) {
    if (a == null) {
      problems.add(path, "Thiếu câu trả lời", "The answer is missing");
      return null;
    }
    Answer answer = Inputs.choice(problems, path + ".answer", a.answer(), Answer.class);
    if (answer == Answer.NOT_APPLICABLE && !c.mayNotApply()) {
      problems.add(
          path + ".answer",
          "Tiêu chí " + c.code() + " không chấp nhận \"không áp dụng\"",
          "Criterion " + c.code() + " does not accept \"not applicable\"");
      return null;
    }
    String reference =
        a.reference() == null || a.reference().isBlank() ? null : a.reference().strip();
    if (reference != null && reference.length() > MAX_REFERENCE) {
      problems.add(
          path + ".reference",
          "Số hiệu minh chứng dài quá " + MAX_REFERENCE + " ký tự",
          "The evidence reference is longer than " + MAX_REFERENCE + " characters");
      return null;
    }
    return answer == null ? null : new ParticipantFacts.Declaration(answer, reference);
  }

  /** A whole number from 0 to {@code max}: a count or an amount in đồng. */
  private static boolean wholeNumber(
      ProblemCollector problems, String path, BigDecimal n, long max) {
    if (n == null
        || n.signum() < 0
        || n.stripTrailingZeros().scale() > 0
        || n.compareTo(BigDecimal.valueOf(max)) > 0) {
      problems.add(
          path,
          "Phải là một số nguyên từ 0 đến " + max + ", đang là " + plain(n),
          "Must be a whole number from 0 to " + max + ", was " + plain(n));
      return false;
    }
    return true;
  }

  private static String plain(BigDecimal n) {
    if (n == null) {
      return "null";
    }
    String s = n.abs().compareTo(BigDecimal.valueOf(1, -30)) > 0 ? n.toString() : n.toPlainString();
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private static <V> Map<String, V> nonNull(Map<String, V> map) {
    return map == null ? Map.of() : map;
  }
}
