package vn.emulation.core.target;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How units rank among their siblings: more targets met ranks higher, then a larger share of data
 * coverage (compared exactly, cross-multiplied; nothing expected counts as no coverage); units
 * equal on both share a rank and the next rank skips (1, 1, 3: standard competition ranking), and
 * are listed by code. Stateless.
 */
public final class Ranking {

  /**
   * What a unit is ranked by.
   *
   * @param unitCode the unit
   * @param met its targets met
   * @param coverage its data coverage summed over its targets
   */
  public record Standing(String unitCode, int met, Coverage coverage) {

    public Standing {
      Objects.requireNonNull(unitCode, "unitCode");
      Objects.requireNonNull(coverage, "coverage");
    }
  }

  /**
   * A unit's place.
   *
   * @param rank from 1, equal for ties
   * @param standing what it was ranked by
   */
  public record Place(int rank, Standing standing) {}

  /** Better first: more targets met, then more coverage. Ties compare equal. */
  public static final Comparator<Standing> BETTER_FIRST =
      Comparator.comparingInt(Standing::met)
          .reversed()
          .thenComparing((a, b) -> compareCoverageShare(b.coverage(), a.coverage()));

  private Ranking() {}

  /** The places of {@code standings}, best first, ties by code. */
  public static List<Place> of(List<Standing> standings) {
    List<Standing> sorted = new ArrayList<>(standings);
    sorted.sort(BETTER_FIRST.thenComparing(Standing::unitCode));
    List<Place> places = new ArrayList<>(sorted.size());
    int rank = 0;
    for (int i = 0; i < sorted.size(); i++) {
      if (i == 0 || BETTER_FIRST.compare(sorted.get(i - 1), sorted.get(i)) != 0) {
        rank = i + 1;
      }
      places.add(new Place(rank, sorted.get(i)));
    }
    return List.copyOf(places);
  }

  /** Compares two coverage shares exactly; nothing expected counts as no coverage at all. */
  public static int compareCoverageShare(Coverage a, Coverage b) {
    long mine = (long) a.reported() * Math.max(b.expected(), 1);
    long theirs = (long) b.reported() * Math.max(a.expected(), 1);
    return Long.compare(mine, theirs);
  }
}
