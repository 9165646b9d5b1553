package vn.emulation.core.procedure.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.emulation.core.criteria.AnyOfCriterion;
import vn.emulation.core.criteria.CountCriterion;
import vn.emulation.core.criteria.Criterion;
import vn.emulation.core.criteria.DeclarationCriterion;
import vn.emulation.core.criteria.NormCriterion;
import vn.emulation.core.criteria.RegisteredPlanCriterion;
import vn.emulation.core.criteria.TargetAttainmentCriterion;
import vn.emulation.core.plan.Deadline;
import vn.emulation.core.plan.Plan;

/**
 * The last day a unit may register on time. The plan format has it: the plan's criterion "own plan
 * registered" names the deadline it must meet (the Rạch Giá plan's REGISTRATION, "hoàn thành trong
 * tháng 01 năm 2023", section IV.4), so {@link #fromPlan} reads it there; a plan or occasion
 * without one has the deadline set for the case ({@link #set}). A calendar date, not a number of
 * working days: the plan gives a month, not a period. Immutable and thread-safe.
 *
 * @param dueOn the last day on time
 * @param deadlineCode the plan's deadline it comes from; {@code null} when set for the case
 */
public record RegistrationDeadline(LocalDate dueOn, String deadlineCode) {

  public RegistrationDeadline {
    Objects.requireNonNull(dueOn, "dueOn");
  }

  /** A deadline set for the case, where the plan gives none. */
  public static RegistrationDeadline set(LocalDate dueOn) {
    return new RegistrationDeadline(dueOn, null);
  }

  /**
   * The deadline the plan's registration criterion names, if the plan has one: the first such
   * criterion in the plan's order, looked for inside any-of criteria too.
   */
  public static Optional<RegistrationDeadline> fromPlan(Plan plan) {
    return plan.criteria().stream()
        .flatMap(c -> deadlineCodes(c).stream())
        .map(plan::deadline)
        .flatMap(Optional::stream)
        .findFirst()
        .map((Deadline d) -> new RegistrationDeadline(d.dueOn(), d.code()));
  }

  private static List<String> deadlineCodes(Criterion criterion) {
    return criterion.accept(
        new Criterion.Visitor<List<String>>() {
          @Override
          public List<String> visit(RegisteredPlanCriterion c) {
            return List.of(c.deadlineCode());
          }

          @Override
          public List<String> visit(AnyOfCriterion c) {
            return c.alternatives().stream().flatMap(a -> deadlineCodes(a).stream()).toList();
          }

          @Override
          public List<String> visit(DeclarationCriterion c) {
            return List.of();
          }

          @Override
          public List<String> visit(TargetAttainmentCriterion c) {
            return List.of();
          }

          @Override
          public List<String> visit(NormCriterion c) {
            return List.of();
          }

          @Override
          public List<String> visit(CountCriterion c) {
            return List.of();
          }
        });
  }

  /** Whether a registration first sent on {@code day} is late. */
  public boolean isLateOn(LocalDate day) {
    return day.isAfter(dueOn);
  }

  public Optional<String> deadlineCodeIfAny() {
    return Optional.ofNullable(deadlineCode);
  }
}
