package vn.emulation.jakarta.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import vn.emulation.core.criteria.AnyOfCriterion;
import vn.emulation.core.criteria.CountCriterion;
import vn.emulation.core.criteria.Criterion;
import vn.emulation.core.criteria.DeclarationCriterion;
import vn.emulation.core.criteria.NormCriterion;
import vn.emulation.core.criteria.RegisteredPlanCriterion;
import vn.emulation.core.criteria.TargetAttainmentCriterion;
import vn.emulation.core.plan.Deadline;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.demo.DemoParticipants.Row;

/**
 * When each demo participant registered its own emulation plan: most during the month before the
 * plan's registration deadline (January 2023), {@link Profile#LATE} ones a few weeks after it,
 * {@link Profile#UNREGISTERED} ones never, {@link Profile#SILENT} ones unknown. A ward opened by
 * the reorganisation carries the earliest registration of the wards it took over. Immutable once
 * built.
 */
final class Registrations {

  private static final LocalDate FALLBACK_DUE = LocalDate.of(2023, 1, 31);

  private final Map<String, LocalDate> dates = new HashMap<>();
  private final Set<String> unregistered = new HashSet<>();

  Registrations(Plan plan, List<Row> rows, Random random) {
    LocalDate due = due(plan);
    for (Row row : rows) {
      switch (row.profile()) {
        case UNREGISTERED -> unregistered.add(row.id());
        case SILENT -> {}
        case LATE -> dates.put(row.id(), due.plusDays(6 + random.nextInt(40)));
        default -> dates.put(row.id(), due.minusDays(2 + random.nextInt(27)));
      }
    }
    for (DemoUnits.NewWard n : DemoUnits.NEW_WARDS) {
      DemoUnits.predecessors(n.code()).stream()
          .map(w -> dates.get("ward-" + w.code()))
          .filter(Objects::nonNull)
          .min(LocalDate::compareTo)
          .ifPresent(d -> dates.put("ward-" + n.code(), d));
    }
  }

  /** The registration deadline of the plan's first registration criterion. */
  private static LocalDate due(Plan plan) {
    return plan.criteria().stream()
        .map(Registrations::deadlineCode)
        .flatMap(Optional::stream)
        .map(plan::deadline)
        .flatMap(Optional::stream)
        .map(Deadline::dueOn)
        .findFirst()
        .orElse(FALLBACK_DUE);
  }

  /** The day {@code participantId} registered, or {@code null} when not known or never. */
  LocalDate dateOf(String participantId) {
    return dates.get(participantId);
  }

  boolean isKnownUnregistered(String participantId) {
    return unregistered.contains(participantId);
  }

  /** The deadline a registration criterion names; none for a criterion of another kind. */
  private static Optional<String> deadlineCode(Criterion c) {
    return c.accept(
        new Criterion.Visitor<Optional<String>>() {
          @Override
          public Optional<String> visit(RegisteredPlanCriterion r) {
            return Optional.of(r.deadlineCode());
          }

          @Override
          public Optional<String> visit(DeclarationCriterion d) {
            return Optional.empty();
          }

          @Override
          public Optional<String> visit(TargetAttainmentCriterion t) {
            return Optional.empty();
          }

          @Override
          public Optional<String> visit(NormCriterion n) {
            return Optional.empty();
          }

          @Override
          public Optional<String> visit(CountCriterion n) {
            return Optional.empty();
          }

          @Override
          public Optional<String> visit(AnyOfCriterion any) {
            return Optional.empty();
          }
        });
  }
}
