package vn.emulation.jakarta.application.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A unit's place among its siblings: more targets met ranks higher, then a larger share of data
 * coverage; units equal on both share a rank (1, 1, 3) and are listed by code. Immutable and
 * thread-safe.
 *
 * @param rank the rank, from 1; equal for ties
 * @param unitCode the unit
 * @param unitName its name on the report's date
 * @param summary its counts and coverage
 */
public record UnitRank(int rank, String unitCode, String unitName, ProgressSummary summary) {

  /** Better first: more targets met, then more coverage. Ties compare equal. */
  private static final Comparator<ProgressSummary> BETTER_FIRST =
      Comparator.comparingInt(ProgressSummary::met)
          .reversed()
          .thenComparing((a, b) -> b.compareCoverageShare(a));

  public UnitRank {
    if (rank < 1) {
      throw new IllegalArgumentException("a rank starts at 1, was: " + rank);
    }
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(summary, "summary");
  }

  /** The ranking of {@code reports}, best first (standard competition ranking). */
  static List<UnitRank> of(List<ProgressReport> reports) {
    List<ProgressReport> sorted = new ArrayList<>(reports);
    sorted.sort(
        Comparator.comparing(ProgressReport::summary, BETTER_FIRST)
            .thenComparing(ProgressReport::unitCode));
    List<UnitRank> ranks = new ArrayList<>(sorted.size());
    int rank = 0;
    for (int i = 0; i < sorted.size(); i++) {
      ProgressReport r = sorted.get(i);
      if (i == 0 || BETTER_FIRST.compare(sorted.get(i - 1).summary(), r.summary()) != 0) {
        rank = i + 1;
      }
      ranks.add(new UnitRank(rank, r.unitCode(), r.unitName(), r.summary()));
    }
    return List.copyOf(ranks);
  }
}
