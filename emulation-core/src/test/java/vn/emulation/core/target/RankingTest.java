package vn.emulation.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.target.Ranking.Place;
import vn.emulation.core.target.Ranking.Standing;

class RankingTest {

  private static Standing unit(String code, int met, int reported, int expected) {
    return new Standing(code, met, new Coverage(reported, expected));
  }

  @Test
  void moreTargetsMetRanksHigherThenMoreCoverage() {
    List<Place> places =
        Ranking.of(List.of(unit("W3", 2, 5, 10), unit("W1", 3, 1, 10), unit("W2", 2, 9, 10)));

    assertThat(places)
        .extracting(Place::rank, p -> p.standing().unitCode())
        .containsExactly(tuple(1, "W1"), tuple(2, "W2"), tuple(3, "W3"));
  }

  @Test
  void tiesShareARankAndTheNextSkipsListedByCode() {
    List<Place> places =
        Ranking.of(
            List.of(
                unit("W9", 2, 1, 2),
                unit("W1", 2, 2, 4),
                unit("W5", 1, 4, 4),
                unit("W2", 2, 5, 10)));

    assertThat(places)
        .extracting(Place::rank, p -> p.standing().unitCode())
        .containsExactly(tuple(1, "W1"), tuple(1, "W2"), tuple(1, "W9"), tuple(4, "W5"));
  }

  @Test
  void coverageSharesCompareExactlyAndNothingExpectedIsNoCoverage() {
    assertThat(Ranking.compareCoverageShare(new Coverage(1, 3), new Coverage(2, 6))).isZero();
    assertThat(Ranking.compareCoverageShare(new Coverage(1, 3), new Coverage(33, 100)))
        .isPositive();
    assertThat(Ranking.compareCoverageShare(new Coverage(0, 0), new Coverage(1, 100))).isNegative();
  }

  @Test
  void nothingToRankIsAnEmptyRanking() {
    assertThat(Ranking.of(List.of())).isEmpty();
  }
}
