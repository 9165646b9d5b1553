package vn.emulation.core.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.criteria.AnyOfCriterion;
import vn.emulation.core.criteria.CountCriterion;
import vn.emulation.core.criteria.Criterion;
import vn.emulation.core.criteria.DeclarationCriterion;
import vn.emulation.core.criteria.NormCriterion;
import vn.emulation.core.criteria.RegisteredPlanCriterion;
import vn.emulation.core.criteria.TargetAttainmentCriterion;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.participant.ParticipantCategory;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.PlanParameter;
import vn.emulation.core.plan.UnknownPlanElementException;

/**
 * Decides who is eligible for which award form on an occasion, and why.
 *
 * <p>The evaluator compiles the plan once: each criterion becomes a check on fixed slots of the
 * evidence, and each occasion a table of the checks every category needs for every award form it
 * can receive. Evaluating a participant then runs each needed check once and combines the results
 * per form: any criterion not met makes the form {@link Outcome#NOT_ELIGIBLE}; otherwise any
 * criterion undecided makes it {@link Outcome#INCOMPLETE}; otherwise it is {@link
 * Outcome#ELIGIBLE}. Immutable and thread-safe.
 */
public final class Evaluator {

  private final Plan plan;
  private final EvidenceLayout layout;
  private final Map<String, Integer> categoryIndex = new HashMap<>();
  private final Map<String, OccasionProgram> programs = new HashMap<>();
  private final Map<String, Integer> criterionIndex = new HashMap<>();

  private Evaluator(Plan plan) {
    this.plan = plan;
    this.layout = new EvidenceLayout(plan);
    List<ParticipantCategory> categories = plan.categories();
    for (int i = 0; i < categories.size(); i++) {
      categoryIndex.put(categories.get(i).code(), i);
    }
    for (Criterion c : plan.criteria()) {
      criterionIndex.put(c.code(), criterionIndex.size());
    }
    for (Occasion o : plan.occasions()) {
      programs.put(o.code(), compile(o));
    }
  }

  /** An evaluator for {@code plan}. */
  public static Evaluator of(Plan plan) {
    return new Evaluator(plan);
  }

  public Plan plan() {
    return plan;
  }

  /** What a participant's evidence for this plan may hold, and the check of given evidence. */
  public EvidenceShape evidenceShape() {
    return layout.shape;
  }

  /** A builder for the evidence of one participant, laid out for this plan. */
  public Evidence.Builder evidence() {
    return new Evidence.Builder(layout);
  }

  /**
   * The outcome of {@code participant} on {@code occasionCode} for every award form offered to it.
   *
   * @throws UnknownPlanElementException if the plan has no such occasion or category
   */
  public Evaluation evaluate(Participant participant, String occasionCode, Evidence evidence) {
    OccasionProgram program = programs.get(occasionCode);
    if (program == null) {
      throw new UnknownPlanElementException(plan.code(), "occasion", occasionCode);
    }
    Integer category = categoryIndex.get(participant.categoryCode());
    if (category == null) {
      throw new UnknownPlanElementException(plan.code(), "category", participant.categoryCode());
    }
    if (evidence.layout != layout) {
      throw new IllegalArgumentException("evidence was built for another evaluator's plan");
    }
    return new Evaluation(
        participant, program, category, evidence, outcomes(program, category, evidence));
  }

  /**
   * A stored verdict's explanation written again from the facts it kept ({@link
   * Evaluation#facts()}) and this plan: the award form's and each criterion's wording from the
   * plan, each criterion's status and explanation from its stored facts alone, the blockers those
   * of the stored statuses that decide the stored outcome. Nothing is evaluated again: for facts an
   * evaluation of this plan kept, the record is equal to {@link VerdictRecord#of} of that
   * evaluation's verdict.
   *
   * @throws UnknownPlanElementException if the plan has no such occasion, the occasion no such
   *     award form, or the plan no such criterion
   * @throws IllegalArgumentException if a criterion's figures are not what its kind keeps
   */
  public VerdictRecord explain(String participantId, String occasionCode, VerdictFacts facts) {
    OccasionProgram program = programs.get(occasionCode);
    if (program == null) {
      throw new UnknownPlanElementException(plan.code(), "occasion", occasionCode);
    }
    AwardForm form = null;
    for (AwardForm f : program.forms) {
      if (f.code().equals(facts.awardFormCode())) {
        form = f;
      }
    }
    if (form == null) {
      throw new UnknownPlanElementException(plan.code(), "award form", facts.awardFormCode());
    }
    CriterionStatus blocking = Verdict.blocking(facts.outcome());
    List<CriterionRecord> results = new ArrayList<>(facts.criteria().size());
    List<String> blockers = new ArrayList<>();
    for (CriterionFacts c : facts.criteria()) {
      Integer i = criterionIndex.get(c.code());
      if (i == null) {
        throw new UnknownPlanElementException(plan.code(), "criterion", c.code());
      }
      Check check = program.checks[i];
      results.add(
          new CriterionRecord(c.code(), check.criterion.name(), c.status(), check.explain(c)));
      if (c.status() == blocking) {
        blockers.add(c.code());
      }
    }
    return new VerdictRecord(
        participantId, occasionCode, form.code(), form.name(), facts.outcome(), results, blockers);
  }

  private static byte[] outcomes(OccasionProgram program, int category, Evidence evidence) {
    Check[] checks = program.checks;
    byte[] status = new byte[checks.length];
    for (int c : program.neededByCategory[category]) {
      status[c] = checks[c].test(evidence);
    }
    int[][] perForm = program.checksByCategoryForm[category];
    byte[] outcomes = new byte[perForm.length];
    for (int f = 0; f < perForm.length; f++) {
      boolean undecided = false;
      byte outcome = (byte) Outcome.ELIGIBLE.ordinal();
      for (int c : perForm[f]) {
        byte s = status[c];
        if (s == CriterionStatus.NOT_MET_CODE) {
          outcome = (byte) Outcome.NOT_ELIGIBLE.ordinal();
          break;
        }
        undecided |= s == CriterionStatus.UNDECIDED_CODE;
      }
      if (undecided && outcome != Outcome.NOT_ELIGIBLE.ordinal()) {
        outcome = (byte) Outcome.INCOMPLETE.ordinal();
      }
      outcomes[f] = outcome;
    }
    return outcomes;
  }

  private OccasionProgram compile(Occasion occasion) {
    List<Criterion> criteria = plan.criteria();
    Check[] checks = new Check[criteria.size()];
    Map<String, Integer> checkIndex = new HashMap<>();
    for (int i = 0; i < criteria.size(); i++) {
      checks[i] = compile(criteria.get(i), occasion.milestoneYear());
      checkIndex.put(criteria.get(i).code(), i);
    }
    AwardForm[] forms =
        occasion.awardFormCodes().stream()
            .map(code -> plan.awardForm(code).orElseThrow())
            .toArray(AwardForm[]::new);
    List<ParticipantCategory> categories = plan.categories();
    int[][] formsByCategory = new int[categories.size()][];
    int[][][] checksByCategoryForm = new int[categories.size()][][];
    int[][] needed = new int[categories.size()][];
    for (int cat = 0; cat < categories.size(); cat++) {
      ParticipantCategory category = categories.get(cat);
      List<Integer> offered = new ArrayList<>();
      List<int[]> formChecks = new ArrayList<>();
      Set<Integer> all = new LinkedHashSet<>();
      for (int f = 0; f < forms.length; f++) {
        if (!forms[f].isFor(category.kind())) {
          continue;
        }
        offered.add(f);
        int[] idx =
            forms[f].criterionCodesOn(occasion.type()).stream()
                .map(checkIndex::get)
                .filter(i -> criteria.get(i).appliesTo(category.code()))
                .mapToInt(Integer::intValue)
                .toArray();
        formChecks.add(idx);
        for (int i : idx) {
          all.add(i);
        }
      }
      formsByCategory[cat] = offered.stream().mapToInt(Integer::intValue).toArray();
      checksByCategoryForm[cat] = formChecks.toArray(int[][]::new);
      needed[cat] = all.stream().mapToInt(Integer::intValue).toArray();
    }
    return new OccasionProgram(
        occasion, checks, forms, formsByCategory, checksByCategoryForm, needed);
  }

  private Check compile(Criterion c, int milestoneYear) {
    return c.accept(new Compiler(milestoneYear));
  }

  /** Compiles one criterion of each kind into its check. */
  private final class Compiler implements Criterion.Visitor<Check> {

    private final int milestoneYear;

    Compiler(int milestoneYear) {
      this.milestoneYear = milestoneYear;
    }

    @Override
    public Check visit(DeclarationCriterion d) {
      return new DeclarationCheck(d, layout.declarations.get(d.code()));
    }

    @Override
    public Check visit(CountCriterion n) {
      return new CountCheck(n, layout.counts.get(n.factKey()));
    }

    @Override
    public Check visit(NormCriterion n) {
      Long norm = parameter(n.normParameter()).map(BigDecimal::longValueExact).orElse(null);
      return new NormCheck(n, layout.amounts.get(n.factKey()), norm);
    }

    @Override
    public Check visit(RegisteredPlanCriterion r) {
      return new RegistrationCheck(r, plan.deadline(r.deadlineCode()).orElseThrow().dueOn());
    }

    @Override
    public Check visit(TargetAttainmentCriterion t) {
      int[] slots = t.indicatorCodes().stream().mapToInt(layout.indicators::get).toArray();
      int minimum;
      if (t.requiresAll()) {
        minimum = slots.length;
      } else if (t.minimumMet() != null) {
        minimum = t.minimumMet();
      } else {
        minimum = parameter(t.minimumMetParameter()).map(BigDecimal::intValueExact).orElse(-1);
      }
      return new AttainmentCheck(t, slots, minimum, milestoneYear);
    }

    @Override
    public Check visit(AnyOfCriterion any) {
      Check[] alternatives =
          any.alternatives().stream().map(a -> a.accept(this)).toArray(Check[]::new);
      return new AnyOfCheck(any, alternatives);
    }
  }

  private java.util.Optional<BigDecimal> parameter(String code) {
    return plan.parameter(code).flatMap(PlanParameter::valueIfSet);
  }
}
