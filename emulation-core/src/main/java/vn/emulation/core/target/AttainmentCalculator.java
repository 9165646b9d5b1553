package vn.emulation.core.target;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;

/**
 * Works out where a unit stands against a target, from the measurements, in the hierarchy as it
 * stood on a date.
 *
 * <p>The rules, in order: a unit's own line of history (its report and those of the units merged
 * into it, each for the days of the year its unit existed; a flow adds them, a stock takes the
 * latest state); failing that, the figure aggregated from its children in scope (summed numerators
 * over summed denominators for ratios) with the reports of split or dissolved units whose territory
 * lies under it. Coverage counts the units expected to report and names those that have not; a
 * figure with units missing is {@link AttainmentStatus#INCOMPLETE}, never met. Comparisons against
 * the threshold are exact; the value shown is rounded as {@link Display} says. Thread-safe.
 */
public final class AttainmentCalculator {

  /** Decimals enough to order two figures exactly: counts are below 10^18. */
  private static final int EXACT_ORDER_SCALE = 40;

  private final OrgHierarchy hierarchy;
  private final MeasurementSet measurements;

  public AttainmentCalculator(OrgHierarchy hierarchy, MeasurementSet measurements) {
    this.hierarchy = hierarchy;
    this.measurements = measurements;
  }

  /**
   * The attainment of {@code target} by {@code unitCode} with the figures of {@code year}, in the
   * hierarchy as it stood on {@code date}.
   *
   * @throws IllegalArgumentException when the target does not apply at the unit's level
   * @throws vn.emulation.core.unit.UnknownUnitException when the unit is unknown or absent that day
   */
  public Attainment attainment(
      Target target, Indicator indicator, String unitCode, int year, LocalDate date) {
    if (!target.indicatorCode().equals(indicator.code())) {
      throw new IllegalArgumentException(
          "target on " + target.indicatorCode() + " measured with indicator " + indicator.code());
    }
    OrgUnit unit = hierarchy.get(unitCode);
    if (!unit.existsOn(date)) {
      throw new vn.emulation.core.unit.UnknownUnitException(unitCode, "does not exist on " + date);
    }
    if (!target.scope().appliesAtOrBelow(unit.level())) {
      throw new IllegalArgumentException(
          "target "
              + target.indicatorCode()
              + " does not apply at "
              + unit.level()
              + " "
              + unitCode);
    }
    Figure.Context ctx =
        new Figure.Context(hierarchy, measurements, indicator, target.scope(), year, date);
    Set<String> keys = target.scope().eachBreakdown() ? breakdownsUnder(ctx, unit) : Set.of("");
    if (keys.isEmpty()) {
      return noData(target, unitCode, Figure.of(ctx, unit, ""));
    }
    // a complete breakdown that misses settles it as not met; else a partial or empty breakdown
    // keeps it incomplete; the breakdown shown is the lowest of those that decide
    Figure notMet = null;
    Figure incomplete = null;
    Figure lowest = null;
    Figure empty = null;
    List<FigurePart> parts = new ArrayList<>();
    for (String breakdown : keys) {
      Figure figure = Figure.of(ctx, unit, breakdown);
      parts.addAll(figure.parts());
      if (figure.quantity() == null || isEmptyRatio(figure.quantity())) {
        empty = empty == null ? figure : empty;
        continue;
      }
      if (!figure.coverage().isComplete()) {
        incomplete = lower(incomplete, figure, indicator.unit());
      } else if (!figure.quantity().meets(target, indicator.unit())) {
        notMet = lower(notMet, figure, indicator.unit());
      }
      lowest = lower(lowest, figure, indicator.unit());
    }
    if (lowest == null) {
      Figure none = empty != null ? empty : Figure.of(ctx, unit, "");
      return new Attainment(
          target, unitCode, AttainmentStatus.NO_DATA, null, null, none.coverage(), parts);
    }
    AttainmentStatus status;
    Figure shown;
    Coverage coverage;
    if (notMet != null) {
      status = AttainmentStatus.NOT_MET;
      shown = notMet;
      coverage = notMet.coverage();
    } else if (incomplete != null) {
      status = AttainmentStatus.INCOMPLETE;
      shown = incomplete;
      coverage = incomplete.coverage();
    } else if (empty != null) {
      // every breakdown with figures meets it, one has none yet: that one's units are missing
      status = AttainmentStatus.INCOMPLETE;
      shown = lowest;
      coverage = empty.coverage().isComplete() ? new Coverage(0, 1) : empty.coverage();
    } else {
      status = AttainmentStatus.MET;
      shown = lowest;
      coverage = lowest.coverage();
    }
    return new Attainment(
        target,
        unitCode,
        status,
        shown.quantity(),
        Display.value(shown.quantity(), target, indicator.unit()),
        coverage,
        parts);
  }

  /** The lower of two figures by their exact value ({@code a} may be null). */
  private static Figure lower(Figure a, Figure b, UnitOfMeasure unit) {
    if (a == null) {
      return b;
    }
    int c =
        a.quantity()
            .value(unit, EXACT_ORDER_SCALE, java.math.RoundingMode.DOWN)
            .compareTo(b.quantity().value(unit, EXACT_ORDER_SCALE, java.math.RoundingMode.DOWN));
    return c <= 0 ? a : b;
  }

  /** 0 of 0 is no share at all (a ward that handled no dossier): no data, not zero percent. */
  private static boolean isEmptyRatio(Quantity q) {
    return q instanceof Quantity.Ratio r && r.denominator() == 0;
  }

  private static Attainment noData(Target target, String unitCode, Figure figure) {
    return new Attainment(
        target, unitCode, AttainmentStatus.NO_DATA, null, null, figure.coverage(), figure.parts());
  }

  private static Set<String> breakdownsUnder(Figure.Context ctx, OrgUnit unit) {
    Set<String> keys = new TreeSet<>();
    collectBreakdowns(ctx, unit, keys);
    keys.remove("");
    return keys;
  }

  /**
   * The breakdowns reported by exactly the units {@link Figure#of} draws on: the unit and its line
   * of history, its children in scope unless nothing aggregates, and the split or dissolved units
   * whose territory lies under it. A breakdown from any other unit would have no figure and turn
   * the whole attainment into "no data".
   */
  private static void collectBreakdowns(Figure.Context ctx, OrgUnit unit, Set<String> keys) {
    collectOwnAndInherited(ctx, unit, keys);
    if (ctx.indicator.aggregation() == Aggregation.REPORTED_AT_TOP) {
      return;
    }
    for (OrgUnit c : ctx.hierarchy.childrenOn(unit.code(), ctx.date)) {
      if (ctx.scope.appliesAtOrBelow(c.level())) {
        collectBreakdowns(ctx, c, keys);
      }
    }
    for (OrgUnit o : ctx.orphansAt(unit.code())) {
      if (ctx.scope.appliesAtOrBelow(o.level())) {
        collectOwnAndInherited(ctx, o, keys);
      }
    }
  }

  private static void collectOwnAndInherited(Figure.Context ctx, OrgUnit unit, Set<String> keys) {
    keys.addAll(ctx.measurements.breakdownsOf(ctx.indicator.code(), unit.code(), ctx.year));
    for (OrgUnit p : Succession.mergedInto(ctx.hierarchy, unit.code(), ctx.date)) {
      collectOwnAndInherited(ctx, p, keys);
    }
  }
}
