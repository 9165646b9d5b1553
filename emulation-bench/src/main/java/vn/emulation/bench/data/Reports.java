package vn.emulation.bench.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.ReportingRule;
import vn.emulation.core.target.Aggregation;
import vn.emulation.core.target.FigureRule;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Quantity;
import vn.emulation.core.target.Target;
import vn.emulation.core.unit.UnitLevel;

/**
 * The reports of a data set: what each unit reports by the core's {@link ReportingRule}, for every
 * year of the plan (every unit exists throughout).
 *
 * <ul>
 *   <li>A commune reports every indicator a unit of its level may report ({@link
 *       ReportingRule#reportableAt}), each year: the overall figure and one figure per village or
 *       residential group ({@code thon-001} …); the overall counts are the sums of its villages'.
 *   <li>A province reports, each year, the indicators it may report that nothing sums up to it from
 *       its communes (those they may not report, and those reported at the top only, such as the
 *       digital economy's share of GRDP); an indicator with a target met "in each breakdown" (E2)
 *       by sector ({@link #SECTORS}).
 * </ul>
 *
 * Ratios of sums are reported as counts, the others as a percentage with two decimals; values
 * follow the plan's last threshold for the indicator plus the commune's pace and seeded noise. The
 * number of villages is what makes the requested count: when the count is not a whole number of
 * villages, the reports of a few villages (chosen by the seed) are missing.
 */
final class Reports {

  /** The sectors of a figure met in each breakdown, as the demo city reports E2. */
  static final List<String> SECTORS = List.of("NONG_NGHIEP", "CONG_NGHIEP", "DICH_VU");

  /** One report, in the measurement table's terms. */
  interface Sink {
    void report(String indicator, String unit, int year, String breakdown, Quantity quantity)
        throws Exception;
  }

  private final Plan plan;
  private final List<Indicator> communeIndicators;
  private final List<Indicator> provinceIndicators;
  private final int first;
  private final int last;

  Reports(Plan plan) {
    this.plan = plan;
    ReportingRule rule = ReportingRule.of(plan);
    this.communeIndicators = rule.reportableAt(UnitLevel.COMMUNE);
    this.provinceIndicators =
        rule.reportableAt(UnitLevel.PROVINCE).stream()
            .filter(
                i ->
                    !communeIndicators.contains(i)
                        || i.aggregation() == Aggregation.REPORTED_AT_TOP)
            .toList();
    this.first = plan.identity().period().first();
    this.last = plan.identity().period().last();
  }

  int years() {
    return last - first + 1;
  }

  /** The rows one village adds: one per year and indicator a commune reports as counts. */
  long rowsPerVillage() {
    return years()
        * communeIndicators.stream()
            .filter(i -> i.aggregation() == Aggregation.RATIO_OF_SUMS)
            .count();
  }

  /** The rows of {@code provinces} and {@code communes} without any village. */
  long baseRows(int provinces, int communes) {
    long perProvince = 0;
    for (Indicator i : provinceIndicators) {
      perProvince += bySector(i) ? SECTORS.size() : 1;
    }
    return years() * (perProvince * provinces + (long) communeIndicators.size() * communes);
  }

  /** How many villages make {@code reports} rows (rounded up: the surplus goes missing). */
  long villagesFor(Shape shape) {
    long base = baseRows(shape.provinces(), shape.communes());
    if (shape.reports() < base) {
      throw new IllegalArgumentException(
          shape.communes()
              + " communes in "
              + shape.provinces()
              + " provinces report at least "
              + base
              + " values, "
              + shape.reports()
              + " asked");
    }
    long perVillage = rowsPerVillage();
    return perVillage == 0 ? 0 : (shape.reports() - base + perVillage - 1) / perVillage;
  }

  /** Every report of {@code territory}, {@code shape.reports()} of them. */
  void generate(Shape shape, Territory territory, SplittableRandom random, Sink sink)
      throws Exception {
    long villages = territory.communes.stream().mapToLong(Territory.Commune::villages).sum();
    long villageRows = villages * rowsPerVillage();
    long surplus = baseRows(shape.provinces(), shape.communes()) + villageRows - shape.reports();
    Set<Long> missing = new HashSet<>();
    while (missing.size() < surplus) {
      missing.add(random.nextLong(villageRows));
    }
    for (Territory.Province p : territory.provinces) {
      long population =
          territory.communes.stream()
              .filter(c -> c.provinceCode().equals(p.code()))
              .mapToLong(Territory.Commune::population)
              .sum();
      for (Indicator i : provinceIndicators) {
        double pace = random.nextDouble() * 8 - 3;
        double scale = 0.001 + random.nextDouble() * 0.01;
        for (int year = first; year <= last; year++) {
          for (String breakdown : bySector(i) ? SECTORS : List.of("")) {
            Quantity q =
                i.aggregation() == Aggregation.RATIO_OF_SUMS
                    ? ratio(
                        level(i, year) + pace + random.nextDouble() * 2 - 1,
                        Math.max(1, Math.round(population * scale)))
                    : amount(i, year, pace, random);
            sink.report(i.code(), p.code(), year, breakdown, q);
          }
        }
      }
    }
    long villageRow = 0;
    List<Quantity.Ratio> parts = new ArrayList<>();
    for (Territory.Commune c : territory.communes) {
      for (Indicator i : communeIndicators) {
        double pace = c.pace() + random.nextDouble() * 6 - 3;
        // what each village's figure counts: people, households, dossiers … a share of the people
        double scale = 0.02 + random.nextDouble() * 0.4;
        for (int year = first; year <= last; year++) {
          if (i.aggregation() != Aggregation.RATIO_OF_SUMS) {
            sink.report(i.code(), c.code(), year, "", amount(i, year, pace, random));
            continue;
          }
          double share = level(i, year) + pace;
          parts.clear();
          List<Integer> present = new ArrayList<>();
          for (int v = 1; v <= c.villages(); v++) {
            long row = villageRow++;
            if (missing.contains(row)) {
              continue;
            }
            long people = Math.max(1, c.population() / c.villages());
            long denominator =
                Math.max(1, Math.round(people * scale * (0.6 + random.nextDouble())));
            parts.add(ratio(share + random.nextDouble() * 10 - 5, denominator));
            present.add(v);
          }
          if (c.villages() == 0) {
            long denominator = Math.max(1, Math.round(c.population() * scale));
            sink.report(i.code(), c.code(), year, "", ratio(share, denominator));
            continue;
          }
          long n = 0;
          long d = 0;
          for (Quantity.Ratio r : parts) {
            n += r.numerator();
            d += r.denominator();
          }
          sink.report(i.code(), c.code(), year, "", new Quantity.Ratio(n, d));
          for (int k = 0; k < parts.size(); k++) {
            sink.report(i.code(), c.code(), year, village(present.get(k)), parts.get(k));
          }
        }
      }
    }
  }

  static String village(int v) {
    return String.format("thon-%03d", v);
  }

  private boolean bySector(Indicator i) {
    return plan.targets().stream()
        .anyMatch(t -> t.indicatorCode().equals(i.code()) && t.scope().eachBreakdown());
  }

  /**
   * Where the plan wants the indicator in {@code year}: its last threshold, reached in the last
   * year, approached by the slope between its first and last thresholds (3 points a year if one).
   */
  private double level(Indicator i, int year) {
    List<Target> targets =
        plan.targets().stream().filter(t -> t.indicatorCode().equals(i.code())).toList();
    if (targets.isEmpty()) {
      return 50;
    }
    Target lo = targets.stream().min((a, b) -> a.milestoneYear() - b.milestoneYear()).get();
    Target hi = targets.stream().max((a, b) -> a.milestoneYear() - b.milestoneYear()).get();
    double top = hi.threshold().doubleValue();
    double slope =
        hi.milestoneYear() == lo.milestoneYear()
            ? 3
            : (top - lo.threshold().doubleValue()) / (hi.milestoneYear() - lo.milestoneYear());
    return top - (hi.milestoneYear() - year) * Math.max(slope, 1);
  }

  private Quantity amount(Indicator i, int year, double pace, SplittableRandom random) {
    double v = clamp(level(i, year) + pace + random.nextDouble() * 2 - 1);
    BigDecimal value = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_EVEN);
    // the core's own rule for a reported figure: a generator bug fails here, not in the server
    return FigureRule.quantity(i, null, null, value)
        .orElseThrow(() -> new IllegalStateException(i.code() + " refuses " + value));
  }

  private static Quantity.Ratio ratio(double percent, long denominator) {
    long numerator = Math.round(clamp(percent) / 100 * denominator);
    return new Quantity.Ratio(Math.min(numerator, denominator), denominator);
  }

  private static double clamp(double percent) {
    return Math.max(0, Math.min(100, percent));
  }
}
