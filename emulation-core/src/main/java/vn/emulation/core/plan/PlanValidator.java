package vn.emulation.core.plan;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.award.OccasionCriteria;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.criteria.AnyOfCriterion;
import vn.emulation.core.criteria.CountCriterion;
import vn.emulation.core.criteria.Criterion;
import vn.emulation.core.criteria.DeclarationCriterion;
import vn.emulation.core.criteria.NormCriterion;
import vn.emulation.core.criteria.RegisteredPlanCriterion;
import vn.emulation.core.criteria.TargetAttainmentCriterion;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Target;
import vn.emulation.core.target.UnitOfMeasure;

/**
 * Checks a plan as a whole: unique codes, thresholds that make sense for their unit, years inside
 * the period, and every code resolving. Collects every problem instead of stopping at the first.
 */
final class PlanValidator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final PlanBuilder plan;
  private final ProblemCollector problems = new ProblemCollector();
  private final YearPeriod period;
  private Set<Integer> milestoneYears;
  private Set<String> indicatorCodes;
  private Set<String> categoryCodes;
  private Set<String> parameterCodes;
  private Set<String> deadlineCodes;
  private Set<String> criterionCodes;
  private Set<String> awardFormCodes;

  PlanValidator(PlanBuilder plan) {
    this.plan = plan;
    this.period = plan.identity.period();
  }

  ProblemCollector validate() {
    indicatorCodes = unique("indicators", plan.indicators, Indicator::code);
    categoryCodes = unique("categories", plan.categories, c -> c.code());
    parameterCodes = unique("parameters", plan.parameters, PlanParameter::code);
    deadlineCodes = unique("deadlines", plan.deadlines, Deadline::code);
    criterionCodes = unique("criteria", plan.criteria, Criterion::code);
    awardFormCodes = unique("awardForms", plan.awardForms, AwardForm::code);
    unique("occasions", plan.occasions, Occasion::code);
    checkNestedCriterionCodes();
    checkAmendments();
    checkMilestones();
    checkTargets();
    for (int i = 0; i < plan.criteria.size(); i++) {
      checkCriterion("criteria[" + i + "]", plan.criteria.get(i));
    }
    checkAwardForms();
    checkOccasions();
    return problems;
  }

  private <T> Set<String> unique(String list, List<T> items, Function<T, String> code) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String c = code.apply(items.get(i));
      if (!seen.add(c)) {
        problems.add(list + "[" + i + "].code", Messages.text("plan.duplicateCode", c));
      }
    }
    return seen;
  }

  /**
   * Codes inside any-of criteria must be unique across the whole plan too: evidence answers a
   * declaration by its code, so two criteria sharing one would share one answer.
   */
  private void checkNestedCriterionCodes() {
    Set<String> seen = new HashSet<>(criterionCodes);
    for (int i = 0; i < plan.criteria.size(); i++) {
      checkAlternativeCodes("criteria[" + i + "]", plan.criteria.get(i), seen);
    }
  }

  private void checkAlternativeCodes(String path, Criterion criterion, Set<String> seen) {
    List<Criterion> alternatives = Criterion.alternativesOf(criterion);
    for (int j = 0; j < alternatives.size(); j++) {
      Criterion c = alternatives.get(j);
      String at = path + ".alternatives[" + j + "]";
      if (!seen.add(c.code())) {
        problems.add(at + ".code", Messages.text("plan.duplicateCode", c.code()));
      }
      checkAlternativeCodes(at, c, seen);
    }
  }

  private void checkAmendments() {
    List<Amendment> amendments = plan.identity.amendments();
    int version = plan.identity.version();
    // a later version is made by an amendment decided on a day: without it, the day it comes into
    // force would fall back to the plan's issue and silently rewrite answers about the past
    if (version > 1 && amendments.stream().noneMatch(a -> a.version() == version)) {
      problems.add("amendments", Messages.text("plan.amendment.missingForVersion", version));
    }
    for (int i = 0; i < amendments.size(); i++) {
      int v = amendments.get(i).version();
      if (v > plan.identity.version()) {
        problems.add(
            "amendments[" + i + "].version",
            Messages.text("plan.amendment.versionNotLater", v, plan.identity.version()));
      }
    }
  }

  private void checkMilestones() {
    Set<Integer> years = new HashSet<>();
    for (int i = 0; i < plan.milestones.size(); i++) {
      int year = plan.milestones.get(i).year();
      if (!years.add(year)) {
        problems.add("milestones[" + i + "].year", Messages.text("plan.duplicateMilestone", year));
      }
      outsidePeriod("milestones[" + i + "].year", year);
    }
    milestoneYears = years;
  }

  private void outsidePeriod(String path, int year) {
    if (!period.contains(year)) {
      problems.add(path, Messages.text("plan.yearOutsidePlanPeriod", year, period));
    }
  }

  private void checkTargets() {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < plan.targets.size(); i++) {
      Target t = plan.targets.get(i);
      String path = "targets[" + i + "]";
      if (!keys.add(t.indicatorCode() + "@" + t.milestoneYear())) {
        problems.add(
            path, Messages.text("plan.indicatorTwoTargets", t.indicatorCode(), t.milestoneYear()));
      }
      if (!milestoneYears.contains(t.milestoneYear())) {
        problems.add(
            path + ".milestoneYear", Messages.text("plan.milestone.unknown", t.milestoneYear()));
      }
      unknownCategories(path + ".scope.categories", t.scope().categoryCodes());
      plan.indicators.stream()
          .filter(ind -> ind.code().equals(t.indicatorCode()))
          .findFirst()
          .ifPresentOrElse(
              ind -> checkThreshold(path + ".threshold", ind, t.threshold()),
              () -> unknownIndicator(path + ".indicator", t.indicatorCode()));
    }
  }

  private void checkThreshold(String path, Indicator indicator, BigDecimal threshold) {
    if (threshold.signum() < 0) {
      problems.add(path, Messages.text("plan.thresholdNotNegative", threshold.toPlainString()));
    } else if (indicator.unit() == UnitOfMeasure.PERCENT && threshold.compareTo(HUNDRED) > 0) {
      problems.add(
          path, Messages.text("plan.percentThresholdLieWithin", threshold.toPlainString()));
    }
  }

  private void unknownIndicator(String path, String code) {
    problems.add(path, Messages.text("plan.unknownIndicator", code));
  }

  private void unknownCategories(String path, Set<String> codes) {
    for (String c : codes.stream().sorted().collect(Collectors.toList())) {
      if (!categoryCodes.contains(c)) {
        problems.add(path, Messages.text("plan.unknownParticipantCategory", c));
      }
    }
  }

  private void unknownParameter(String path, String code) {
    if (!parameterCodes.contains(code)) {
      problems.add(path, Messages.text("plan.unknownParameter", code));
    }
  }

  /** The value of a parameter once set; empty when unknown or unset (undecided, not wrong). */
  private java.util.Optional<BigDecimal> parameterValue(String code) {
    return plan.parameters.stream()
        .filter(p -> p.code().equals(code))
        .findFirst()
        .flatMap(PlanParameter::valueIfSet);
  }

  private static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  private void checkCriterion(String path, Criterion criterion) {
    unknownCategories(path + ".appliesTo", criterion.appliesTo());
    criterion.accept(
        new Criterion.Visitor<Void>() {
          @Override
          public Void visit(TargetAttainmentCriterion t) {
            checkTargets(path, t);
            return null;
          }

          @Override
          public Void visit(NormCriterion n) {
            checkNorm(path, n);
            return null;
          }

          @Override
          public Void visit(RegisteredPlanCriterion r) {
            checkRegistration(path, r);
            return null;
          }

          @Override
          public Void visit(AnyOfCriterion a) {
            for (int j = 0; j < a.alternatives().size(); j++) {
              checkCriterion(path + ".alternatives[" + j + "]", a.alternatives().get(j));
            }
            return null;
          }

          // declarations and counts refer to nothing else in the plan
          @Override
          public Void visit(DeclarationCriterion d) {
            return null;
          }

          @Override
          public Void visit(CountCriterion c) {
            return null;
          }
        });
  }

  private void checkTargets(String path, TargetAttainmentCriterion t) {
    for (int j = 0; j < t.indicatorCodes().size(); j++) {
      if (!indicatorCodes.contains(t.indicatorCodes().get(j))) {
        unknownIndicator(path + ".indicators[" + j + "]", t.indicatorCodes().get(j));
      }
    }
    if (t.minimumMet() != null
        && (t.minimumMet() < 1 || t.minimumMet() > t.indicatorCodes().size())) {
      problems.add(
          path + ".minimumMet",
          Messages.text("plan.minimumMet.outOfRange", t.minimumMet(), t.indicatorCodes().size()));
    }
    if (t.minimumMetParameter() != null) {
      unknownParameter(path + ".minimumMetParameter", t.minimumMetParameter());
      int most = t.indicatorCodes().size();
      parameterValue(t.minimumMetParameter())
          .filter(
              k ->
                  !isWhole(k)
                      || k.compareTo(BigDecimal.ONE) < 0
                      || k.compareTo(BigDecimal.valueOf(most)) > 0)
          .ifPresent(
              k ->
                  problems.add(
                      path + ".minimumMetParameter",
                      Messages.text(
                          "plan.minimumMetParameter.outOfRange",
                          t.minimumMetParameter(),
                          k.toPlainString(),
                          most)));
    }
  }

  private void checkNorm(String path, NormCriterion n) {
    unknownParameter(path + ".normParameter", n.normParameter());
    // the evaluator compares whole đồng
    parameterValue(n.normParameter())
        .filter(
            v ->
                !isWhole(v)
                    || v.signum() < 0
                    || v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0)
        .ifPresent(
            v ->
                problems.add(
                    path + ".normParameter",
                    Messages.text("plan.norm.notWholeDong", n.normParameter(), v.toPlainString())));
  }

  private void checkRegistration(String path, RegisteredPlanCriterion r) {
    if (!deadlineCodes.contains(r.deadlineCode())) {
      problems.add(path + ".deadline", Messages.text("plan.unknownDeadline", r.deadlineCode()));
    }
  }

  private void checkAwardForms() {
    for (int i = 0; i < plan.awardForms.size(); i++) {
      AwardForm f = plan.awardForms.get(i);
      String path = "awardForms[" + i + "]";
      if (f.copies() < 1) {
        problems.add(path + ".copies", Messages.text("plan.dossier.copiesBelowOne", f.copies()));
      }
      if (f.recipients().isEmpty()) {
        problems.add(path + ".recipients", Messages.text("plan.awardForm.noRecipients"));
      }
      if (f.criterionCodes().isEmpty()) {
        problems.add(path + ".criteria", Messages.text("plan.awardForm.noCriteria"));
      }
      knownCriteria(path + ".criteria", f.criterionCodes());
      checkOccasionCriteria(path, f);
    }
  }

  private void knownCriteria(String path, List<String> codes) {
    for (int j = 0; j < codes.size(); j++) {
      if (!criterionCodes.contains(codes.get(j))) {
        problems.add(path + "[" + j + "]", Messages.text("plan.unknownCriterion", codes.get(j)));
      }
    }
  }

  /**
   * Each group names an occasion kind and a criterion, known ones, and none the form already asks
   * for on every occasion (it would count twice, or its restriction would mean nothing).
   */
  private void checkOccasionCriteria(String path, AwardForm f) {
    for (int j = 0; j < f.occasionCriteria().size(); j++) {
      OccasionCriteria group = f.occasionCriteria().get(j);
      String at = path + ".occasionCriteria[" + j + "]";
      if (group.occasions().isEmpty()) {
        problems.add(at + ".occasions", Messages.text("plan.criteriaGroup.noOccasionType"));
      }
      if (group.criterionCodes().isEmpty()) {
        problems.add(at + ".criteria", Messages.text("plan.criteriaGroup.noCriteria"));
      }
      knownCriteria(at + ".criteria", group.criterionCodes());
      for (int k = 0; k < group.criterionCodes().size(); k++) {
        String code = group.criterionCodes().get(k);
        if (f.criterionCodes().contains(code)) {
          problems.add(
              at + ".criteria[" + k + "]",
              Messages.text("plan.criterionAlreadyAmongCriteria", code));
        }
      }
    }
  }

  private void checkOccasions() {
    for (int i = 0; i < plan.occasions.size(); i++) {
      Occasion o = plan.occasions.get(i);
      String path = "occasions[" + i + "]";
      outsidePeriod(path + ".year", o.year());
      if (!milestoneYears.contains(o.milestoneYear())) {
        problems.add(
            path + ".milestoneYear", Messages.text("plan.milestone.unknown", o.milestoneYear()));
      }
      if (o.awardFormCodes().isEmpty()) {
        problems.add(path + ".awardForms", Messages.text("plan.occasionOffersNoAward"));
      }
      for (int j = 0; j < o.awardFormCodes().size(); j++) {
        if (!awardFormCodes.contains(o.awardFormCodes().get(j))) {
          problems.add(
              path + ".awardForms[" + j + "]",
              Messages.text("plan.unknownAwardForm", o.awardFormCodes().get(j)));
        }
      }
    }
  }
}
