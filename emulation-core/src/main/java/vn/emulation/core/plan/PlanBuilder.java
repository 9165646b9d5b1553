package vn.emulation.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.criteria.Criterion;
import vn.emulation.core.participant.ParticipantCategory;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Target;

/**
 * Assembles a {@link Plan}. Parts are added in any order; {@link #build()} checks the whole and
 * throws one {@link InvalidInputException} listing every problem, each with its path ({@code
 * targets[4].threshold}). Not thread-safe.
 */
public final class PlanBuilder {

  final PlanIdentity identity;
  final List<Milestone> milestones = new ArrayList<>();
  final List<Deadline> deadlines = new ArrayList<>();
  final List<PlanParameter> parameters = new ArrayList<>();
  final List<Indicator> indicators = new ArrayList<>();
  final List<Target> targets = new ArrayList<>();
  final List<ParticipantCategory> categories = new ArrayList<>();
  final List<Criterion> criteria = new ArrayList<>();
  final List<AwardForm> awardForms = new ArrayList<>();
  final List<Occasion> occasions = new ArrayList<>();

  PlanBuilder(PlanIdentity identity) {
    this.identity = Objects.requireNonNull(identity, "identity");
  }

  public PlanBuilder milestone(Milestone m) {
    milestones.add(Objects.requireNonNull(m));
    return this;
  }

  public PlanBuilder deadline(Deadline d) {
    deadlines.add(Objects.requireNonNull(d));
    return this;
  }

  public PlanBuilder parameter(PlanParameter p) {
    parameters.add(Objects.requireNonNull(p));
    return this;
  }

  /** Sets the value of an existing parameter (Home Affairs issued the norm). */
  public PlanBuilder parameterValue(String code, java.math.BigDecimal value) {
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).code().equals(code)) {
        parameters.set(i, parameters.get(i).withValue(value));
        return this;
      }
    }
    throw new IllegalArgumentException("the plan has no parameter " + code);
  }

  public PlanBuilder indicator(Indicator i) {
    indicators.add(Objects.requireNonNull(i));
    return this;
  }

  public PlanBuilder target(Target t) {
    targets.add(Objects.requireNonNull(t));
    return this;
  }

  public PlanBuilder category(ParticipantCategory c) {
    categories.add(Objects.requireNonNull(c));
    return this;
  }

  public PlanBuilder criterion(Criterion c) {
    criteria.add(Objects.requireNonNull(c));
    return this;
  }

  public PlanBuilder awardForm(AwardForm a) {
    awardForms.add(Objects.requireNonNull(a));
    return this;
  }

  public PlanBuilder occasion(Occasion o) {
    occasions.add(Objects.requireNonNull(o));
    return this;
  }

  /**
   * The plan, if it is whole and consistent.
   *
   * @throws InvalidInputException listing every problem found
   */
  public Plan build() {
    new PlanValidator(this).validate().throwIfAny("plan " + identity.code());
    return new Plan(this);
  }
}
