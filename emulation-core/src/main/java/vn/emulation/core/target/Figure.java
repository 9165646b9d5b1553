package vn.emulation.core.target;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;

/**
 * A unit's figure for one indicator, year and breakdown, with the coverage behind it: the recursive
 * heart of aggregation. Package-private: callers see {@link Attainment}.
 */
record Figure(Quantity quantity, Coverage coverage) {

  record Context(
      OrgHierarchy hierarchy,
      MeasurementSet measurements,
      Indicator indicator,
      TargetScope scope,
      int year,
      LocalDate date) {}

  static Figure of(Context ctx, OrgUnit unit, String breakdown) {
    Figure own = ownOrInherited(ctx, unit, breakdown);
    if (own.quantity() != null) {
      return own;
    }
    if (ctx.indicator().aggregation() == Aggregation.REPORTED_AT_TOP) {
      return own;
    }
    List<OrgUnit> children =
        ctx.hierarchy().childrenOn(unit.code(), ctx.date()).stream()
            .filter(c -> AttainmentCalculator.appliesAtOrBelow(ctx.scope(), c.level()))
            .toList();
    if (children.isEmpty()) {
      return own;
    }
    Quantity sum = null;
    int reported = 0;
    int expected = 0;
    for (OrgUnit child : children) {
      Figure f = of(ctx, child, breakdown);
      reported += f.coverage().reported();
      expected += f.coverage().expected();
      if (f.quantity() != null) {
        sum = sum == null ? f.quantity() : sum.plus(f.quantity());
      }
    }
    return new Figure(sum, new Coverage(reported, expected));
  }

  /**
   * What the unit reported itself or, failing that, what the units merged into it reported: history
   * survives a merger, and coverage then counts the merged units that reported. A unit that was
   * split is not inherited from, since its figure cannot be divided between its successors. With
   * no data at all the figure is empty with coverage 0 of 1.
   */
  private static Figure ownOrInherited(Context ctx, OrgUnit unit, String breakdown) {
    Optional<Measurement> own =
        ctx.measurements().find(ctx.indicator().code(), unit.code(), ctx.year(), breakdown);
    if (own.isPresent()) {
      return new Figure(own.get().quantity(), new Coverage(1, 1));
    }
    Quantity sum = null;
    int reported = 0;
    int expected = 0;
    for (OrgUnit p : ctx.hierarchy().predecessorsOf(unit.code())) {
      if (p.successorCodes().size() != 1) {
        continue;
      }
      Figure f = ownOrInherited(ctx, p, breakdown);
      reported += f.coverage().reported();
      expected += f.coverage().expected();
      if (f.quantity() != null) {
        sum = sum == null ? f.quantity() : sum.plus(f.quantity());
      }
    }
    return sum == null
        ? new Figure(null, new Coverage(0, 1))
        : new Figure(sum, new Coverage(reported, expected));
  }
}
