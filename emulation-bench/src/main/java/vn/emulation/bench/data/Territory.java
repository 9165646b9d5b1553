package vn.emulation.bench.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;

/**
 * The administrative units of a data set: provinces at the top (the two-level administration since
 * 1 July 2025: no districts) and communes and wards under them, all open from {@link #OPENED} and
 * never reorganised, so that each exists in every year of the plan. Each commune has a population
 * and a number of villages and residential groups (thôn, tổ dân phố) its figures are broken down
 * by; codes and names are invented ({@code 01}…, {@code 00001}…, "Tỉnh Mẫu 1", "Xã Mẫu 17").
 */
final class Territory {

  /** The day every unit is known from, the start of the unit-code list the application uses. */
  static final LocalDate OPENED = LocalDate.of(2004, 1, 1);

  /** A province: its code, its name. */
  record Province(String code, String name) {}

  /**
   * A commune or ward.
   *
   * @param index its place among all communes, from 0
   * @param pace how far it runs ahead of the plan's thresholds, in percentage points
   */
  record Commune(
      int index,
      String code,
      String name,
      String provinceCode,
      int population,
      int villages,
      double pace) {}

  private static final double[] PACES = {6.0, 3.0, 3.0, 3.0, -2.5, -2.5, -8.0};

  final List<Province> provinces;
  final List<Commune> communes;
  final int totalPopulation;

  private Territory(List<Province> provinces, List<Commune> communes) {
    this.provinces = List.copyOf(provinces);
    this.communes = List.copyOf(communes);
    this.totalPopulation = communes.stream().mapToInt(Commune::population).sum();
  }

  /**
   * The units of {@code shape}, with {@code villages} villages spread over the communes by
   * population (at least one commune's worth of rounding: the counts sum to {@code villages}).
   */
  static Territory generate(Shape shape, long villages, SplittableRandom random) {
    List<Province> provinces = new ArrayList<>();
    for (int p = 0; p < shape.provinces(); p++) {
      provinces.add(new Province(String.format("%02d", p + 1), "Tỉnh Mẫu " + (p + 1)));
    }
    int[] perProvince = spread(shape.communes(), weights(shape.provinces(), random, 0.5), 1);
    int[] population = new int[shape.communes()];
    double[] pace = new double[shape.communes()];
    for (int c = 0; c < population.length; c++) {
      // merged communes: 8,000 to 60,000 people, most of them 15,000 to 35,000
      population[c] = 8_000 + (int) (52_000 * Math.pow(random.nextDouble(), 1.6));
      pace[c] = PACES[random.nextInt(PACES.length)];
    }
    double[] byPopulation = new double[population.length];
    for (int c = 0; c < population.length; c++) {
      byPopulation[c] = population[c];
    }
    int[] village = spread(villages, byPopulation, 0);
    List<Commune> communes = new ArrayList<>();
    int c = 0;
    for (int p = 0; p < provinces.size(); p++) {
      for (int k = 0; k < perProvince[p]; k++, c++) {
        String kind = c % 3 == 0 ? "Phường Mẫu " : "Xã Mẫu ";
        communes.add(
            new Commune(
                c,
                String.format("%05d", c + 1),
                kind + (c + 1),
                provinces.get(p).code(),
                population[c],
                village[c],
                pace[c]));
      }
    }
    return new Territory(provinces, communes);
  }

  /**
   * The units as the core holds them: checked by the core's hierarchy (no cycle, known parents).
   */
  OrgHierarchy hierarchy() {
    List<OrgUnit> units = new ArrayList<>();
    for (Province p : provinces) {
      units.add(OrgUnit.open(p.code(), p.name(), UnitLevel.PROVINCE, null, OPENED));
    }
    for (Commune c : communes) {
      units.add(OrgUnit.open(c.code(), c.name(), UnitLevel.COMMUNE, c.provinceCode(), OPENED));
    }
    return OrgHierarchy.of(units);
  }

  private static double[] weights(int n, SplittableRandom random, double spread) {
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = 1 - spread + 2 * spread * random.nextDouble();
    }
    return w;
  }

  /**
   * {@code total} split in proportion to {@code weights} by largest remainder, each part at least
   * {@code min}: the parts always sum to {@code total}.
   */
  static int[] spread(long total, double[] weights, int min) {
    int n = weights.length;
    int[] parts = new int[n];
    long rest = total - (long) min * n;
    if (rest < 0) {
      throw new IllegalArgumentException(total + " cannot give " + n + " parts of " + min);
    }
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    double[] remainder = new double[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      double exact = rest * weights[i] / sum;
      parts[i] = min + (int) Math.floor(exact);
      remainder[i] = exact - Math.floor(exact);
      given += parts[i] - min;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(remainder[b], remainder[a]));
    for (int i = 0; given < rest; i++, given++) {
      parts[order[i % n]]++;
    }
    return parts;
  }
}
