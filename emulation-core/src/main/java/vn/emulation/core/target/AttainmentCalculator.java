package vn.emulation.core.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;

/**
 * Works out where a unit stands against a target, from the measurements, in the hierarchy as it
 * stood on a date.
 *
 * <p>The rules, in order: a figure a unit reported itself is taken as it is; a unit without its own
 * figure inherits the figures of the units that merged into it; otherwise its figure is aggregated
 * from its children in scope (summed numerators over summed denominators for ratios), and coverage
 * counts the units at the bottom of that aggregation that had data. Comparisons against the
 * threshold are exact. Thread-safe.
 */
public final class AttainmentCalculator {

  private static final int DISPLAY_SCALE = 2;

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
    if (!appliesAtOrBelow(target.scope(), unit.level())) {
      throw new IllegalArgumentException(
          "target " + target.indicatorCode() + " does not apply at " + unit.level() + " " + unitCode);
    }
    Figure.Context ctx = new Figure.Context(hierarchy, measurements, indicator, target.scope(), year, date);
    Set<String> keys = target.scope().eachBreakdown() ? breakdownsUnder(ctx, unit) : Set.of("");
    Figure worst = null;
    BigDecimal worstValue = null;
    boolean allMet = !keys.isEmpty();
    for (String breakdown : keys) {
      Figure figure = Figure.of(ctx, unit, breakdown);
      if (figure.quantity() == null || isEmptyRatio(figure.quantity())) {
        return noData(target, unitCode, figure);
      }
      allMet &= figure.quantity().meets(target, indicator.unit());
      // shown is the lowest breakdown: the one furthest from (or closest to missing) the threshold
      BigDecimal value = figure.quantity().value(indicator.unit(), DISPLAY_SCALE);
      if (worstValue == null || value.compareTo(worstValue) < 0) {
        worst = figure;
        worstValue = value;
      }
    }
    if (worst == null) {
      return noData(target, unitCode, Figure.of(ctx, unit, ""));
    }
    AttainmentStatus status = allMet ? AttainmentStatus.MET : AttainmentStatus.NOT_MET;
    return new Attainment(target, unitCode, status, worst.quantity(), worstValue, worst.coverage());
  }

  /** 0 of 0 is no share at all (a ward that handled no dossier): no data, not zero percent. */
  private static boolean isEmptyRatio(Quantity q) {
    return q instanceof Quantity.Ratio r && r.denominator() == 0;
  }

  private static Attainment noData(Target target, String unitCode, Figure figure) {
    return new Attainment(target, unitCode, AttainmentStatus.NO_DATA, null, null, figure.coverage());
  }

  /** A target applies at a level if it names no level, that level, or a level below it. */
  static boolean appliesAtOrBelow(TargetScope scope, UnitLevel level) {
    return scope.levels().isEmpty()
        || scope.levels().stream().anyMatch(l -> l.ordinal() >= level.ordinal());
  }

  private static Set<String> breakdownsUnder(Figure.Context ctx, OrgUnit unit) {
    Set<String> keys = new TreeSet<>();
    collectBreakdowns(ctx, unit, keys);
    keys.remove("");
    return keys;
  }

  /**
   * The breakdowns reported by exactly the units {@link Figure#of} draws on: the unit, the units
   * merged into it, and its children in scope unless nothing aggregates. A breakdown from any other
   * unit would have no figure and turn the whole attainment into "no data".
   */
  private static void collectBreakdowns(Figure.Context ctx, OrgUnit unit, Set<String> keys) {
    collectOwnAndInherited(ctx, unit, keys);
    if (ctx.indicator().aggregation() == Aggregation.REPORTED_AT_TOP) {
      return;
    }
    for (OrgUnit c : ctx.hierarchy().childrenOn(unit.code(), ctx.date())) {
      if (appliesAtOrBelow(ctx.scope(), c.level())) {
        collectBreakdowns(ctx, c, keys);
      }
    }
  }

  private static void collectOwnAndInherited(Figure.Context ctx, OrgUnit unit, Set<String> keys) {
    keys.addAll(ctx.measurements().breakdownsOf(ctx.indicator().code(), unit.code(), ctx.year()));
    for (OrgUnit p : ctx.hierarchy().predecessorsOf(unit.code())) {
      if (p.successorCodes().size() == 1) {
        collectOwnAndInherited(ctx, p, keys);
      }
    }
  }
}
