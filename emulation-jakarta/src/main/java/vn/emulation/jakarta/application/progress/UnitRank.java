package vn.emulation.jakarta.application.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.emulation.core.target.Ranking;

/**
 * A unit's place among its siblings, as the core's {@link Ranking} places it (more targets met,
 * then more coverage; ties share a rank and are listed by code), with its name and counts.
 * Immutable and thread-safe.
 *
 * @param rank the rank, from 1; equal for ties
 * @param unitCode the unit
 * @param unitName its name on the report's date
 * @param summary its counts and coverage
 */
public record UnitRank(int rank, String unitCode, String unitName, ProgressSummary summary) {

  public UnitRank {
    if (rank < 1) {
      throw new IllegalArgumentException("a rank starts at 1, was: " + rank);
    }
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(summary, "summary");
  }

  /** The ranking of {@code reports}, best first, by the core's {@link Ranking}. */
  static List<UnitRank> of(List<ProgressReport> reports) {
    Map<String, ProgressReport> byCode = new HashMap<>();
    List<Ranking.Standing> standings = new ArrayList<>(reports.size());
    for (ProgressReport r : reports) {
      byCode.put(r.unitCode(), r);
      standings.add(new Ranking.Standing(r.unitCode(), r.summary().met(), r.summary().coverage()));
    }
    return Ranking.of(standings).stream()
        .map(
            p -> {
              ProgressReport r = byCode.get(p.standing().unitCode());
              return new UnitRank(p.rank(), r.unitCode(), r.unitName(), r.summary());
            })
        .toList();
  }
}
