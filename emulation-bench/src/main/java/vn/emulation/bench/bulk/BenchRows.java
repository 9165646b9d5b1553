package vn.emulation.bench.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.ReportingRule;
import vn.emulation.core.target.Aggregation;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.unit.UnitLevel;

/**
 * The rows of the benchmark: every key (indicator, unit, year, breakdown) once, units × years ×
 * indicators × breakdowns until the count is reached; the indicators a commune may report.
 * Indicators summed as a ratio of sums get a ratio of counts, the others a percentage with one
 * decimal. The same seed gives the same rows, written once as an upload file and in the table's own
 * columns for {@code \copy}.
 */
final class BenchRows {

  private static final String[] BREAKDOWNS = {
    "", "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12"
  };

  private final Plan plan;
  private final List<Indicator> indicators;
  private final List<String> units;
  private final int rows;
  private final long seed;

  BenchRows(Plan plan, List<String> units, int rows, long seed) {
    this.plan = plan;
    // the bench's units are communes: only what a commune may report (the core's rule), else the
    // upload refuses the file
    this.indicators = ReportingRule.of(plan).reportableAt(UnitLevel.COMMUNE);
    this.units = units;
    this.rows = rows;
    this.seed = seed;
    long keys =
        (long) units.size()
            * indicators.size()
            * BREAKDOWNS.length
            * (plan.identity().period().last() - plan.identity().period().first() + 1);
    if (keys < rows) {
      throw new IllegalArgumentException(rows + " rows need more units: only " + keys + " keys");
    }
  }

  /** One row: what the upload file says, in its columns. */
  private interface Sink {
    void row(
        String indicator,
        String unit,
        int year,
        String breakdown,
        Long numerator,
        Long denominator,
        BigDecimal value)
        throws IOException;
  }

  /** The upload file: the header, then a row per measurement. */
  void writeUpload(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("indicator,unit,year,breakdown,numerator,denominator,value\r\n");
      forEach(
          (i, u, y, b, n, d, v) ->
              out.write(
                  i
                      + ','
                      + u
                      + ','
                      + y
                      + ','
                      + b
                      + ','
                      + text(n)
                      + ','
                      + text(d)
                      + ','
                      + (v == null ? "" : v.toPlainString())
                      + "\r\n"));
    }
  }

  /**
   * The same rows in the table's columns, as {@code \copy … (FORMAT csv)} reads them: {@link
   * BenchDatabase#KEYED_COLUMNS}, or with a random UUID first ({@link BenchDatabase#UUID_COLUMNS},
   * the table before V9).
   */
  void writeCopy(Path file, boolean withIds, String planCode, String uploadId, String reportedAt)
      throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      forEach(
          (i, u, y, b, n, d, v) ->
              out.write(
                  (withIds ? UUID.randomUUID() + "," : "")
                      + planCode
                      + ','
                      + i
                      + ','
                      + u
                      + ','
                      + y
                      + ','
                      + (b.isEmpty() ? "\"\"" : b)
                      + ','
                      + text(n)
                      + ','
                      + text(d)
                      + ','
                      + (v == null ? "" : v.toPlainString())
                      + ','
                      + uploadId
                      + ','
                      + reportedAt
                      + ",1\n"));
    }
  }

  private static String text(Long n) {
    return n == null ? "" : n.toString();
  }

  private void forEach(Sink sink) throws IOException {
    Random random = new Random(seed);
    int written = 0;
    int first = plan.identity().period().first();
    int last = plan.identity().period().last();
    for (String breakdown : BREAKDOWNS) {
      for (String unit : units) {
        for (int year = first; year <= last; year++) {
          for (Indicator indicator : indicators) {
            if (written++ == rows) {
              return;
            }
            if (indicator.aggregation() == Aggregation.RATIO_OF_SUMS) {
              long denominator = 1 + random.nextInt(500);
              sink.row(
                  indicator.code(),
                  unit,
                  year,
                  breakdown,
                  (long) random.nextInt((int) denominator + 1),
                  denominator,
                  null);
            } else {
              sink.row(
                  indicator.code(),
                  unit,
                  year,
                  breakdown,
                  null,
                  null,
                  BigDecimal.valueOf(random.nextInt(1001), 1));
            }
          }
        }
      }
    }
  }
}
