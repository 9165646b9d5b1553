package vn.emulation.jakarta.application.progress;

import java.util.List;
import vn.emulation.core.target.Coverage;

/**
 * The counts of a progress report: targets met, not met (of which incomplete: a partial figure is
 * not met until every unit has reported) and without data, and the data coverage summed over its
 * targets (a ward that reported 9 of its 26 targets covers 9/26). Immutable and thread-safe.
 *
 * @param met targets met
 * @param notMet targets not met, the incomplete ones included
 * @param incomplete of those, the targets whose figure still misses some units' reports
 * @param noData targets without data
 * @param coverage reporting units summed over the targets, out of those expected
 */
public record ProgressSummary(int met, int notMet, int incomplete, int noData, Coverage coverage) {

  public ProgressSummary {
    if (met < 0 || notMet < 0 || incomplete < 0 || noData < 0 || incomplete > notMet) {
      throw new IllegalArgumentException(
          "impossible counts: "
              + met
              + "/"
              + notMet
              + " ("
              + incomplete
              + " incomplete)/"
              + noData);
    }
    java.util.Objects.requireNonNull(coverage, "coverage");
  }

  static ProgressSummary of(List<TargetProgress> rows) {
    int met = 0;
    int notMet = 0;
    int incomplete = 0;
    int noData = 0;
    int reported = 0;
    int expected = 0;
    for (TargetProgress row : rows) {
      switch (row.status()) {
        case MET -> met++;
        case NOT_MET -> notMet++;
        case INCOMPLETE -> {
          notMet++;
          incomplete++;
        }
        case NO_DATA -> noData++;
      }
      reported += row.coverage().reported();
      expected += row.coverage().expected();
    }
    return new ProgressSummary(met, notMet, incomplete, noData, new Coverage(reported, expected));
  }

  /** How many targets the report covers. */
  public int targets() {
    return met + notMet + noData;
  }
}
