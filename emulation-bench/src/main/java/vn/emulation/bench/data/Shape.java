package vn.emulation.bench.data;

/**
 * How big a data set is: provinces, communes, participants and reports, and the seed that makes it.
 * The same shape and seed always give the same rows, byte for byte.
 *
 * @param name what it is called (the database's suffix)
 * @param provinces how many provinces
 * @param communes how many communes and wards, spread over the provinces
 * @param participants how many participants, or 0 for the fewest the units need (a People's
 *     Committee and a health station per commune, the offices and the Front of each province)
 * @param reports how many reported values (measurement rows), overall figures and breakdowns
 * @param seed the seed
 */
public record Shape(
    String name, int provinces, int communes, int participants, long reports, long seed) {

  /** The default seed of both data sets. */
  public static final long SEED = 20251201L;

  public Shape {
    if (provinces < 1 || communes < provinces) {
      throw new IllegalArgumentException(
          "need at least one province and a commune per province: " + provinces + "/" + communes);
    }
    if (participants < 0 || reports < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
  }

  /** A merged province as An Giang is since 1 July 2025: 100 communes and wards. */
  public static Shape province() {
    return new Shape("province", 1, 100, 500_000, 1_000_000, SEED);
  }

  /** The country since 1 July 2025: 34 provinces, 3,321 communes and wards. */
  public static Shape nation() {
    return new Shape("nation", 34, 3_321, 0, 10_000_000, SEED);
  }

  /** The shape named {@code name} ({@code province} or {@code nation}). */
  public static Shape named(String name) {
    return switch (name) {
      case "province" -> province();
      case "nation" -> nation();
      default -> throw new IllegalArgumentException("no data set " + name + ": province|nation");
    };
  }
}
