package vn.emulation.core.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;

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

  private static final int DISPLAY_SCALE = Display.SCALE;

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
    if (keys.isEmpty()) {
      return noData(target, unitCode, Figure.of(ctx, unit, ""));
    }
    // shown is the lowest breakdown: the one furthest from (or closest to missing) the threshold;
    // a settled "not met" anywhere decides, else a partial figure anywhere keeps it incomplete
    Figure worst = null;
    BigDecimal worstValue = null;
    boolean anyNotMet = false;
    boolean anyIncomplete = false;
    List<FigurePart> parts = new ArrayList<>();
    for (String breakdown : keys) {
      Figure figure = Figure.of(ctx, unit, breakdown);
      parts.addAll(figure.parts());
      if (figure.quantity() == null || isEmptyRatio(figure.quantity())) {
        return noData(target, unitCode, figure);
      }
      boolean met = figure.quantity().meets(target, indicator.unit());
      if (!figure.coverage().isComplete()) {
        anyIncomplete = true;
      } else if (!met) {
        anyNotMet = true;
      }
      BigDecimal value = figure.quantity().value(indicator.unit(), DISPLAY_SCALE);
      if (worstValue == null || value.compareTo(worstValue) < 0) {
        worst = figure;
        worstValue = value;
      }
    }
    AttainmentStatus status = anyNotMet ? AttainmentStatus.NOT_MET
        : anyIncomplete ? AttainmentStatus.INCOMPLETE : AttainmentStatus.MET;
    return new Attainment(target, unitCode, status, worst.quantity(),
        Display.value(worst.quantity(), target, indicator.unit()), worst.coverage(), parts);
  }

  /** 0 of 0 is no share at all (a ward that handled no dossier): no data, not zero percent. */
  private static boolean isEmptyRatio(Quantity q) {
    return q instanceof Quantity.Ratio r && r.denominator() == 0;
  }

  private static Attainment noData(Target target, String unitCode, Figure figure) {
    return new Attainment(target, unitCode, AttainmentStatus.NO_DATA, null, null, figure.coverage(),
        figure.parts());
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
      if (appliesAtOrBelow(ctx.scope, c.level())) {
        collectBreakdowns(ctx, c, keys);
      }
    }
    for (OrgUnit o : ctx.orphansAt(unit.code())) {
      if (appliesAtOrBelow(ctx.scope, o.level())) {
        collectOwnAndInherited(ctx, o, keys);
      }
    }
  }

  private static void collectOwnAndInherited(Figure.Context ctx, OrgUnit unit, Set<String> keys) {
    keys.addAll(ctx.measurements.breakdownsOf(ctx.indicator.code(), unit.code(), ctx.year));
    for (OrgUnit p : Succession.mergedInto(ctx.hierarchy, unit.code())) {
      collectOwnAndInherited(ctx, p, keys);
    }
  }
}
