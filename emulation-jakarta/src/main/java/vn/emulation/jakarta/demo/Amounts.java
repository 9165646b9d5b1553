package vn.emulation.jakarta.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.award.OccasionType;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.jakarta.demo.DemoParticipants.Row;

/**
 * Contributions of money or facilities converted to money, in đồng, by the participants that make
 * them (enterprises, cooperatives, households, entrepreneurs, donors at home and abroad): a yearly
 * sum growing a tenth a year, three times larger for {@link Profile#EXEMPLARY} contributors, in
 * whole millions. An annual round counts its year; a review counts every year up to its own. Not
 * thread-safe.
 */
final class Amounts {

  private static final long MILLION = 1_000_000L;

  /** Yearly contribution of a typical contributor of each category, in millions of đồng. */
  private static final Map<String, Integer> YEARLY_MILLIONS =
      Map.of(
          "ENTERPRISES", 120,
          "COOPERATIVES", 40,
          "HOUSEHOLDS", 8,
          "ENTREPRENEURS", 80,
          "INDIVIDUALS_IN_AND_OUTSIDE_VIETNAM", 30,
          "OVERSEAS_VIETNAMESE", 150);

  private final YearPeriod period;
  private final Random random;
  private final Map<String, Double> factors = new HashMap<>();

  Amounts(YearPeriod period, Random random) {
    this.period = period;
    this.random = random;
  }

  /** What {@code row} contributed as counted for {@code occasion}; empty when it reports none. */
  Optional<Long> of(Row row, Occasion occasion) {
    Integer base = YEARLY_MILLIONS.get(row.category());
    if (base == null || row.profile() == Profile.SILENT) {
      return Optional.empty();
    }
    double factor =
        factors.computeIfAbsent(row.id(), id -> 0.7 + 0.6 * random.nextDouble())
            * (row.profile() == Profile.EXEMPLARY ? 3 : 1);
    int from = occasion.type() == OccasionType.ANNUAL ? occasion.year() : period.first();
    long millions = 0;
    for (int year = from; year <= occasion.year(); year++) {
      millions += Math.round(base * factor * (1 + 0.1 * (year - period.first())));
    }
    return Optional.of(millions * MILLION);
  }
}
