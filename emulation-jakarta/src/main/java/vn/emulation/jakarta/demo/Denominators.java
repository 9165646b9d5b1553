package vn.emulation.jakarta.demo;

import java.util.Map;

/**
 * What a ward's ratio for each indicator is a share of, sized from its population: procedures and
 * schools in tens, enterprises in hundreds, dossiers and residents in thousands. Indicators the
 * table does not know count adults. Package-private table.
 */
final class Denominators {

  /**
   * @param fixed a part that does not depend on population (the procedures a ward offers)
   * @param perResident how many counted items each resident adds
   * @param growth the yearly growth of the count (dossiers grow faster than people)
   */
  private record Size(double fixed, double perResident, double growth) {}

  private static final double PEOPLE = 0.012;
  private static final double FLOWS = 0.06;

  private static final Size ADULTS = new Size(0, 0.72, PEOPLE);

  private static final Map<String, Size> SIZES =
      Map.ofEntries(
          Map.entry("G1", new Size(95, 1.0 / 2_000, 0)),
          Map.entry("G2", new Size(0, 0.09, FLOWS)),
          Map.entry("G3", new Size(0, 0.085, FLOWS)),
          Map.entry("G5", new Size(40, 1.0 / 3_000, 0)),
          Map.entry("G6", new Size(0, 0.07, FLOWS)),
          Map.entry("G7", new Size(18_000, 0, FLOWS)),
          Map.entry("G8", new Size(0, 0.05, FLOWS)),
          Map.entry("G9", new Size(4, 1.0 / 4_000, 0)),
          Map.entry("G10", new Size(0, 0.09, FLOWS)),
          Map.entry("E4", new Size(0, 1.0 / 180, 0.03)),
          Map.entry("E5", new Size(0, 1.0 / 220, 0.03)),
          Map.entry("E7", new Size(0, 0.12, FLOWS)),
          Map.entry("E8", new Size(2, 1.0 / 6_000, 0)),
          Map.entry("S1", ADULTS),
          Map.entry("S2", new Size(0, 0.78, PEOPLE)),
          Map.entry("S3", new Size(0, 0.62, PEOPLE)),
          Map.entry("S4", new Size(0, 1 / 3.9, PEOPLE)),
          Map.entry("S5", new Size(0, 0.66, PEOPLE)),
          Map.entry("S6", ADULTS),
          Map.entry("S7", ADULTS),
          Map.entry("S8", new Size(0, 1.0, PEOPLE)),
          Map.entry("S9", new Size(2, 1.0 / 8_000, 0)));

  private Denominators() {}

  /**
   * The denominator of {@code indicatorCode} for a unit of {@code population} in year {@code n}.
   */
  static long of(String indicatorCode, int population, int yearsSinceStart) {
    Size s = SIZES.getOrDefault(indicatorCode, ADULTS);
    double base = s.fixed() + s.perResident() * population;
    return Math.max(1, Math.round(base * (1 + s.growth() * yearsSinceStart)));
  }
}
