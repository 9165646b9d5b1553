package vn.emulation.core.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.criteria.Criterion;
import vn.emulation.core.participant.ParticipantCategory;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Target;

/**
 * One version of a plan launching an emulation movement, complete and valid: every code it uses
 * resolves inside it. Built only through {@link PlanBuilder}, which reports every problem at once.
 * Immutable and thread-safe.
 */
public final class Plan {

  private final PlanIdentity identity;
  private final List<Milestone> milestones;
  private final List<Deadline> deadlines;
  private final List<PlanParameter> parameters;
  private final List<Indicator> indicators;
  private final List<Target> targets;
  private final List<ParticipantCategory> categories;
  private final List<Criterion> criteria;
  private final List<AwardForm> awardForms;
  private final List<Occasion> occasions;
  private final Map<String, Indicator> indicatorsByCode;
  private final Map<String, Criterion> criteriaByCode;
  private final Map<String, AwardForm> awardFormsByCode;
  private final Map<String, Occasion> occasionsByCode;
  private final Map<String, ParticipantCategory> categoriesByCode;
  private final Map<String, Deadline> deadlinesByCode;
  private final Map<String, PlanParameter> parametersByCode;

  Plan(PlanBuilder b) {
    this.identity = b.identity;
    this.milestones = List.copyOf(b.milestones);
    this.deadlines = List.copyOf(b.deadlines);
    this.parameters = List.copyOf(b.parameters);
    this.indicators = List.copyOf(b.indicators);
    this.targets = List.copyOf(b.targets);
    this.categories = List.copyOf(b.categories);
    this.criteria = List.copyOf(b.criteria);
    this.awardForms = List.copyOf(b.awardForms);
    this.occasions = List.copyOf(b.occasions);
    this.indicatorsByCode = index(indicators, Indicator::code);
    this.criteriaByCode = index(criteria, Criterion::code);
    this.awardFormsByCode = index(awardForms, AwardForm::code);
    this.occasionsByCode = index(occasions, Occasion::code);
    this.categoriesByCode = index(categories, ParticipantCategory::code);
    this.deadlinesByCode = index(deadlines, Deadline::code);
    this.parametersByCode = index(parameters, PlanParameter::code);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> code) {
    return items.stream().collect(Collectors.toUnmodifiableMap(code, Function.identity()));
  }

  public static PlanBuilder builder(PlanIdentity identity) {
    return new PlanBuilder(identity);
  }

  /** A builder holding everything this plan holds, to derive a new version or change a value. */
  public PlanBuilder toBuilder() {
    PlanBuilder b = new PlanBuilder(identity);
    milestones.forEach(b::milestone);
    deadlines.forEach(b::deadline);
    parameters.forEach(b::parameter);
    indicators.forEach(b::indicator);
    targets.forEach(b::target);
    categories.forEach(b::category);
    criteria.forEach(b::criterion);
    awardForms.forEach(b::awardForm);
    occasions.forEach(b::occasion);
    return b;
  }

  public PlanIdentity identity() {
    return identity;
  }

  public String code() {
    return identity.code();
  }

  public List<Milestone> milestones() {
    return milestones;
  }

  public List<Deadline> deadlines() {
    return deadlines;
  }

  public List<PlanParameter> parameters() {
    return parameters;
  }

  public List<Indicator> indicators() {
    return indicators;
  }

  public List<Target> targets() {
    return targets;
  }

  public List<ParticipantCategory> categories() {
    return categories;
  }

  public List<Criterion> criteria() {
    return criteria;
  }

  public List<AwardForm> awardForms() {
    return awardForms;
  }

  public List<Occasion> occasions() {
    return occasions;
  }

  public Optional<Indicator> indicator(String code) {
    return Optional.ofNullable(indicatorsByCode.get(code));
  }

  public Optional<Criterion> criterion(String code) {
    return Optional.ofNullable(criteriaByCode.get(code));
  }

  public Optional<AwardForm> awardForm(String code) {
    return Optional.ofNullable(awardFormsByCode.get(code));
  }

  public Optional<Occasion> occasion(String code) {
    return Optional.ofNullable(occasionsByCode.get(code));
  }

  public Optional<ParticipantCategory> category(String code) {
    return Optional.ofNullable(categoriesByCode.get(code));
  }

  public Optional<Deadline> deadline(String code) {
    return Optional.ofNullable(deadlinesByCode.get(code));
  }

  public Optional<PlanParameter> parameter(String code) {
    return Optional.ofNullable(parametersByCode.get(code));
  }

  /** The target on {@code indicatorCode} for {@code milestoneYear}, if the plan sets one. */
  public Optional<Target> target(String indicatorCode, int milestoneYear) {
    return targets.stream()
        .filter(t -> t.indicatorCode().equals(indicatorCode) && t.milestoneYear() == milestoneYear)
        .findFirst();
  }

  @Override
  public String toString() {
    return "Plan[" + identity.code() + " v" + identity.version() + "]";
  }
}
