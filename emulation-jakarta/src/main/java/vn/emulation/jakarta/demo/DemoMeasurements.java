package vn.emulation.jakarta.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.Accumulation;
import vn.emulation.core.target.Aggregation;
import vn.emulation.core.target.FigureRule;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.Pillar;
import vn.emulation.core.target.Quantity;
import vn.emulation.core.target.ReportPeriod;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.demo.DemoUnits.NewWard;
import vn.emulation.jakarta.demo.DemoUnits.Ward;

/**
 * The reports of the demo city: countable indicators as numerator and denominator by every ward for
 * every year it existed in, the other indicators by the city alone (the digital economy's share by
 * sector), each value on its indicator's {@link Trajectory} plus the unit's margin and a little
 * seeded noise. In 2025 the old wards report January to June and the new wards July to December: a
 * flow's counts for the half year they existed, a stock's state at the end of their part. A few
 * reports are missing on purpose. Not thread-safe: one instance per generation.
 */
final class DemoMeasurements {

  /** A unit that reports: its code, its population in the plan's first year, its margin. */
  private record Reporter(String code, int population, double margin) {}

  /** A sector of E2 and how far it runs ahead of the path. */
  private record Sector(String code, double margin) {}

  private static final List<Sector> SECTORS =
      List.of(
          new Sector("NONG_NGHIEP", -4.0),
          new Sector("CONG_NGHIEP", 1.0),
          new Sector("DICH_VU", 6.0));

  private static final double CITY_MARGIN = 1.5;
  private static final double JITTER = 4.0;
  private static final double NOISE = 0.8;

  private final Plan plan;
  private final OrgHierarchy units;
  private final Random random;
  private final YearPeriod period;
  private final List<Measurement> out = new ArrayList<>();

  DemoMeasurements(Plan plan, OrgHierarchy units, Random random) {
    this.plan = plan;
    this.units = units;
    this.random = random;
    this.period = plan.identity().period();
  }

  List<Measurement> generate() {
    List<Reporter> wards = wardReporters();
    int cityPopulation = DemoUnits.WARDS.stream().mapToInt(Ward::population).sum();
    Reporter city = new Reporter(DemoCityGenerator.CITY_RACH_GIA, cityPopulation, CITY_MARGIN);
    for (Indicator indicator : plan.indicators()) {
      Trajectory path = Trajectory.of(plan, indicator.code());
      if (reportedByWards(indicator)) {
        for (Reporter w : wards) {
          report(indicator, path, w, "", w.margin(), true);
        }
      } else if (byBreakdown(indicator)) {
        for (Sector s : SECTORS) {
          report(indicator, path, city, s.code(), s.margin(), false);
        }
      } else {
        report(indicator, path, city, "", city.margin(), false);
      }
    }
    return List.copyOf(out);
  }

  private static List<Reporter> wardReporters() {
    List<Reporter> reporters = new ArrayList<>();
    for (Ward w : DemoUnits.WARDS) {
      reporters.add(new Reporter(w.code(), w.population(), w.pace().margin));
    }
    for (NewWard n : DemoUnits.NEW_WARDS) {
      List<Ward> olds = DemoUnits.predecessors(n.code());
      int population = olds.stream().mapToInt(Ward::population).sum();
      double margin =
          olds.stream().mapToDouble(w -> w.pace().margin * w.population()).sum() / population;
      reporters.add(new Reporter(n.code(), population, margin));
    }
    return reporters;
  }

  /** Countable figures that every ward has, whose targets all apply at ward level. */
  private boolean reportedByWards(Indicator indicator) {
    return FigureRule.countsRequired(indicator)
        && plan.targets().stream()
            .filter(t -> t.indicatorCode().equals(indicator.code()))
            .allMatch(
                t ->
                    t.scope().levels().isEmpty() || t.scope().levels().contains(UnitLevel.COMMUNE));
  }

  private boolean byBreakdown(Indicator indicator) {
    return plan.targets().stream()
        .filter(t -> t.indicatorCode().equals(indicator.code()))
        .anyMatch(t -> t.scope().eachBreakdown());
  }

  /**
   * The unit's reports on {@code indicator}, one a year: for every year it existed in when {@code
   * partYears} (the wards), else for every year it existed at the end of (the city, whose own
   * figures end with it in 2025).
   */
  private void report(
      Indicator indicator,
      Trajectory path,
      Reporter who,
      String breakdown,
      double margin,
      boolean partYears) {
    double jitter = (random.nextDouble() * 2 - 1) * JITTER;
    for (int year = period.first(); year <= period.last(); year++) {
      double noise = (random.nextDouble() * 2 - 1) * NOISE;
      Optional<ReportPeriod> covered = ReportPeriod.of(units.get(who.code()), year);
      if (covered.isEmpty()
          || missing(who.code(), year, indicator)
          || !partYears && !covered.get().reachesYearEnd()) {
        continue;
      }
      double value = path.value(year, margin + jitter + noise);
      out.add(
          new Measurement(
              indicator.code(),
              who.code(),
              year,
              breakdown,
              quantity(indicator, who, year, value, covered.get())));
    }
  }

  private Quantity quantity(
      Indicator indicator, Reporter who, int year, double value, ReportPeriod covered) {
    if (indicator.aggregation() == Aggregation.REPORTED_AT_TOP) {
      return new Quantity.Amount(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN));
    }
    long denominator = Denominators.of(indicator.code(), who.population(), year - period.first());
    if (indicator.accumulation() == Accumulation.FLOW && !covered.wholeYear()) {
      // a flow counts what happened in the days covered: half a year, about half the dossiers
      long days = ChronoUnit.DAYS.between(covered.from(), covered.to()) + 1;
      denominator = Math.max(1, Math.round(denominator * days / (double) Year.of(year).length()));
    }
    double share = Math.min(100, value) / 100;
    long numerator = Math.min(denominator, Math.round(share * denominator));
    return new Quantity.Ratio(numerator, denominator);
  }

  /**
   * The reports that never came: Phi Thông's first year (it joined the reporting system late), An
   * Bình's health-station figures for 2023, Vĩnh Lợi's digital-society survey for 2024.
   */
  static boolean missing(String unitCode, int year, Indicator indicator) {
    return switch (unitCode) {
      case "30763" -> year == 2022;
      case "30751" -> year == 2023 && List.of("E7", "S7").contains(indicator.code());
      case "30757" -> year == 2024 && indicator.pillar() == Pillar.DIGITAL_SOCIETY;
      default -> false;
    };
  }
}
