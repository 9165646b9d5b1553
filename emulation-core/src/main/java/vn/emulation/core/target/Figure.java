package vn.emulation.core.target;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;

/**
 * A unit's figure for one indicator, year and breakdown, with the coverage and the reports behind
 * it: the recursive heart of aggregation. Package-private: callers see {@link Attainment}.
 *
 * <p>A unit's own line of history comes first: its own report and those of the units merged into
 * it, each covering the days of the year its unit existed ({@link ReportPeriod}). A flow adds them
 * all; a stock takes the latest state (the unit's own report, or failing that its predecessors'
 * latest, with the unit named as missing). Only without any of those is the figure aggregated from
 * the children in scope on the date, together with the reports of units that closed during the year
 * without a single successor (split or dissolved) whose territory now lies under this unit.
 */
record Figure(Quantity quantity, Coverage coverage, List<FigurePart> parts) {

  Figure {
    parts = List.copyOf(parts);
  }

  static Figure none(Coverage coverage) {
    return new Figure(null, coverage, List.of());
  }

  /** The question a figure answers, with what every figure of it shares. */
  static final class Context {
    final OrgHierarchy hierarchy;
    final MeasurementSet measurements;
    final Indicator indicator;
    final TargetScope scope;
    final int year;
    final LocalDate date;
    private Map<String, List<OrgUnit>> orphansByHome;

    Context(
        OrgHierarchy hierarchy,
        MeasurementSet measurements,
        Indicator indicator,
        TargetScope scope,
        int year,
        LocalDate date) {
      this.hierarchy = hierarchy;
      this.measurements = measurements;
      this.indicator = indicator;
      this.scope = scope;
      this.year = year;
      this.date = date;
    }

    boolean flow() {
      return indicator.accumulation() == Accumulation.FLOW;
    }

    /** The units closed by {@link #date} that passed on no single line of history, by home. */
    List<OrgUnit> orphansAt(String homeCode) {
      if (orphansByHome == null) {
        orphansByHome = Succession.orphansByHome(hierarchy, year, date);
      }
      return orphansByHome.getOrDefault(homeCode, List.of());
    }
  }

  static Figure of(Context ctx, OrgUnit unit, String breakdown) {
    Figure own = ctx.flow() ? flowOf(ctx, unit, breakdown) : stockOf(ctx, unit, breakdown);
    if (own.quantity() != null || ctx.indicator.aggregation() == Aggregation.REPORTED_AT_TOP) {
      return own;
    }
    Sum sum = new Sum();
    List<FigurePart> beside = new ArrayList<>();
    for (OrgUnit child : ctx.hierarchy.childrenOn(unit.code(), ctx.date)) {
      if (ctx.scope.appliesAtOrBelow(child.level())) {
        sum.add(of(ctx, child, breakdown));
      } else {
        beside.addAll(outOfScope(ctx, child, breakdown));
      }
    }
    for (OrgUnit orphan : ctx.orphansAt(unit.code())) {
      if (!ctx.scope.appliesAtOrBelow(orphan.level())) {
        beside.addAll(outOfScope(ctx, orphan, breakdown));
      } else if (!reportedForItself(ctx, orphan)) {
        // the abolished city: its figure was its wards', which come through their successors
        beside.addAll(
            relabel(
                reportsOf(ctx, orphan, breakdown),
                FigurePart.Use.SET_ASIDE,
                Messages.text("target.countedThroughUnitsStood", orphan.code())));
      } else if (ctx.flow()) {
        sum.add(flowOf(ctx, orphan, breakdown));
      } else if (closedWithin(ctx, orphan)) {
        // a split or dissolved unit's state is superseded by the later states of the year
        beside.addAll(
            relabel(
                reportsOf(ctx, orphan, breakdown),
                FigurePart.Use.EARLIER_STATE,
                Messages.text("target.stateBeforeUnitClosed", orphan.code())));
      } else {
        // asked about a year before it split: its state is the latest that year has
        sum.add(stockOf(ctx, orphan, breakdown));
      }
    }
    Figure base = sum.any ? sum.figure() : own;
    List<FigurePart> parts = new ArrayList<>(base.parts());
    parts.addAll(beside);
    return new Figure(base.quantity(), base.coverage(), parts);
  }

  private static List<FigurePart> relabel(
      List<FigurePart> parts, FigurePart.Use use, LocalizedText reason) {
    return parts.stream()
        .map(p -> new FigurePart(p.unitCode(), p.period(), p.quantity(), use, reason))
        .toList();
  }

  /** Whether the unit closed before the end of the year: its successors existed in it. */
  private static boolean closedWithin(Context ctx, OrgUnit unit) {
    return ReportPeriod.of(unit, ctx.year).map(p -> !p.reachesYearEnd()).orElse(true);
  }

  /**
   * Whether the unit's figure was its own rather than its children's: on its last day in the year
   * no unit in the target's scope stood under it.
   */
  private static boolean reportedForItself(Context ctx, OrgUnit unit) {
    LocalDate last = ReportPeriod.of(unit, ctx.year).map(ReportPeriod::to).orElse(ctx.date);
    return ctx.hierarchy.childrenOn(unit.code(), last).stream()
        .noneMatch(c -> ctx.scope.appliesAtOrBelow(c.level()));
  }

  /** Every part of the year the unit's line of history reported, added up. */
  private static Figure flowOf(Context ctx, OrgUnit unit, String breakdown) {
    Sum sum = new Sum();
    Optional<ReportPeriod> period = ReportPeriod.of(unit, ctx.year);
    Optional<Measurement> report =
        ctx.measurements.find(ctx.indicator.code(), unit.code(), ctx.year, breakdown);
    if (period.isPresent()) {
      if (report.isPresent()) {
        sum.add(
            new Figure(
                report.get().quantity(),
                new Coverage(1, 1),
                List.of(counted(unit.code(), period.get(), report.get().quantity()))));
      } else {
        sum.add(none(new Coverage(0, 1, List.of(unit.code()))));
      }
    } else {
      report.ifPresent(m -> sum.parts.add(notExisting(unit, m)));
    }
    for (OrgUnit p : Succession.mergedInto(ctx.hierarchy, unit.code(), ctx.date)) {
      sum.add(flowOf(ctx, p, breakdown));
    }
    return sum.figure();
  }

  /**
   * The latest state of the unit's line of history: its own report; or, while it has none, its
   * predecessors' latest states, with the unit itself named as missing.
   */
  private static Figure stockOf(Context ctx, OrgUnit unit, String breakdown) {
    Optional<ReportPeriod> period = ReportPeriod.of(unit, ctx.year);
    Optional<Measurement> report =
        ctx.measurements.find(ctx.indicator.code(), unit.code(), ctx.year, breakdown);
    List<OrgUnit> predecessors = Succession.mergedInto(ctx.hierarchy, unit.code(), ctx.date);
    if (period.isPresent() && report.isPresent()) {
      List<FigurePart> parts = new ArrayList<>();
      parts.add(counted(unit.code(), period.get(), report.get().quantity()));
      for (OrgUnit p : predecessors) {
        for (FigurePart earlier : reportsOf(ctx, p, breakdown)) {
          parts.add(
              new FigurePart(
                  earlier.unitCode(),
                  earlier.period(),
                  earlier.quantity(),
                  FigurePart.Use.EARLIER_STATE,
                  Messages.text("target.earlierStateFigureLatest", unit.code())));
        }
      }
      return new Figure(report.get().quantity(), new Coverage(1, 1), parts);
    }
    Sum sum = new Sum();
    if (period.isEmpty()) {
      report.ifPresent(m -> sum.parts.add(notExisting(unit, m)));
    }
    for (OrgUnit p : predecessors) {
      sum.add(stockOf(ctx, p, breakdown));
    }
    if (period.isPresent()) {
      // it existed that year and has not given its own, latest state: what its predecessors last
      // reported is shown, and the figure is incomplete until it reports
      return new Figure(sum.quantity, new Coverage(0, 1, List.of(unit.code())), sum.parts);
    }
    return sum.figure();
  }

  /** Every report of the unit's line of history for the year, as counted parts. */
  private static List<FigurePart> reportsOf(Context ctx, OrgUnit unit, String breakdown) {
    List<FigurePart> parts = new ArrayList<>();
    ctx.measurements
        .find(ctx.indicator.code(), unit.code(), ctx.year, breakdown)
        .ifPresent(
            m ->
                parts.add(
                    counted(
                        unit.code(), ReportPeriod.of(unit, ctx.year).orElse(null), m.quantity())));
    for (OrgUnit p : Succession.mergedInto(ctx.hierarchy, unit.code(), ctx.date)) {
      parts.addAll(reportsOf(ctx, p, breakdown));
    }
    return parts;
  }

  private static List<FigurePart> outOfScope(Context ctx, OrgUnit unit, String breakdown) {
    List<FigurePart> aside = new ArrayList<>();
    for (FigurePart p : reportsOf(ctx, unit, breakdown)) {
      aside.add(
          new FigurePart(
              p.unitCode(),
              p.period(),
              p.quantity(),
              FigurePart.Use.SET_ASIDE,
              Messages.text("target.targetDoesNotApply", unit.code())));
    }
    return aside;
  }

  private static FigurePart counted(String unitCode, ReportPeriod period, Quantity quantity) {
    return new FigurePart(
        unitCode,
        period,
        quantity,
        FigurePart.Use.COUNTED,
        period != null && period.wholeYear()
            ? Messages.text("target.wholeYear")
            : Messages.text("target.partYearUnitExisted"));
  }

  private static FigurePart notExisting(OrgUnit unit, Measurement m) {
    return new FigurePart(
        unit.code(),
        null,
        m.quantity(),
        FigurePart.Use.SET_ASIDE,
        Messages.text("target.unitDidNotExist", unit.code(), m.year()));
  }

  /** Figures added up: quantities, coverage and parts. */
  private static final class Sum {
    Quantity quantity;
    Coverage coverage = new Coverage(0, 0);
    final List<FigurePart> parts = new ArrayList<>();
    boolean any;

    void add(Figure f) {
      any = true;
      if (f.quantity() != null) {
        quantity = quantity == null ? f.quantity() : quantity.plus(f.quantity());
      }
      coverage = coverage.plus(f.coverage());
      parts.addAll(f.parts());
    }

    Figure figure() {
      return new Figure(quantity, coverage, parts);
    }
  }
}
