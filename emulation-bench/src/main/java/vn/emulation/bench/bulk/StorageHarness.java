package vn.emulation.bench.bulk;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * What the measurement table's shape costs a bulk write, outside the server: the same million rows
 * written with JDBC into scratch tables of each shape (today's random UUID key with its unique key
 * and two foreign keys; the natural key as primary key with and without the foreign keys, and with
 * the plan-and-year index of V8), each way the writer could send them (the driver's {@code COPY},
 * {@code INSERT … SELECT FROM unnest(arrays)} in chunks of 5,000, the same with the rows sorted by
 * key first). Each timing runs from the first row sent to the commit, on a fresh table after a
 * checkpoint. Used to choose the storage of ADR 0035; self-contained, so that it also runs as a
 * single source file:
 *
 * <pre>
 * java -cp postgresql.jar emulation-bench/src/main/java/vn/emulation/bench/bulk/StorageHarness.java
 * </pre>
 *
 * <p>Options: {@code --rows} (1000000), {@code --units} (1000), {@code --db-name} (natkey_harness,
 * created when missing), {@code --db-host}, {@code --db-port}, {@code --db-user}, {@code --cases}
 * (comma-separated {@code shape/way}, all by default).
 */
public final class StorageHarness {

  private static final String[] INDICATORS = {
    "G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8", "G9", "G10", "E1", "E2", "E3", "E4", "E5", "E6",
    "E7", "E8", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9"
  };
  private static final String PLAN = "rach-gia-2022-2025";
  private static final String UPLOAD = "00000000-0000-4000-8000-000000000001";
  private static final int CHUNK = 5_000;

  private static final String CHECK =
      "CONSTRAINT ck_h_kind CHECK ((amount IS NULL AND numerator IS NOT NULL AND denominator IS NOT"
          + " NULL AND numerator >= 0 AND denominator >= 0 AND numerator <= denominator) OR (amount"
          + " IS NOT NULL AND numerator IS NULL AND denominator IS NULL AND amount >= 0))";
  private static final String COLUMNS =
      "plan_code VARCHAR(100) NOT NULL, indicator_code VARCHAR(50) NOT NULL, unit_code VARCHAR(50)"
          + " NOT NULL %s, period_year INTEGER NOT NULL, breakdown VARCHAR(100) NOT NULL, numerator"
          + " BIGINT, denominator BIGINT, amount NUMERIC(24, 6), upload_id VARCHAR(36) %s,"
          + " reported_at TIMESTAMP WITH TIME ZONE NOT NULL, reported_by VARCHAR(200), row_version"
          + " INTEGER NOT NULL";
  private static final String KEY = "plan_code, indicator_code, unit_code, period_year, breakdown";
  private static final String FK_UNIT = "REFERENCES h_unit (code)";
  private static final String FK_UPLOAD = "REFERENCES h_upload (id)";

  /** The table shapes, by name: their DDL. */
  private static final Map<String, List<String>> SHAPES =
      Map.of(
          "uuid+fk",
          List.of(
              "CREATE TABLE h_measurement (id VARCHAR(36) NOT NULL PRIMARY KEY, "
                  + String.format(COLUMNS, FK_UNIT, FK_UPLOAD)
                  + ", CONSTRAINT uq_h UNIQUE ("
                  + KEY
                  + "), "
                  + CHECK
                  + ")"),
          "key+fk",
          List.of(
              "CREATE TABLE h_measurement ("
                  + String.format(COLUMNS, FK_UNIT, FK_UPLOAD)
                  + ", PRIMARY KEY ("
                  + KEY
                  + "), "
                  + CHECK
                  + ")"),
          "key",
          List.of(
              "CREATE TABLE h_measurement ("
                  + String.format(COLUMNS, "", "")
                  + ", PRIMARY KEY ("
                  + KEY
                  + "), "
                  + CHECK
                  + ")"),
          "key+v8",
          List.of(
              "CREATE TABLE h_measurement ("
                  + String.format(COLUMNS, "", "")
                  + ", PRIMARY KEY ("
                  + KEY
                  + "), "
                  + CHECK
                  + ")",
              "CREATE INDEX h_plan_year ON h_measurement (plan_code, period_year, breakdown,"
                  + " indicator_code)"));

  private static final List<String> ORDER =
      List.of(
          "uuid+fk/copy",
          "uuid+fk/unnest",
          "key+fk/copy",
          "key+fk/unnest",
          "key/copy",
          "key/unnest",
          "key/unnest-sorted",
          "key/copy-sorted",
          "key+v8/unnest-sorted");

  private record Row(
      String indicator,
      String unit,
      int year,
      String breakdown,
      Long numerator,
      Long denominator,
      BigDecimal amount) {}

  private static final Comparator<Row> BY_KEY =
      Comparator.comparing(Row::indicator)
          .thenComparing(Row::unit)
          .thenComparingInt(Row::year)
          .thenComparing(Row::breakdown);

  private StorageHarness() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].substring(2), args[i + 1]);
    }
    int rows = Integer.parseInt(o.getOrDefault("rows", "1000000"));
    int units = Integer.parseInt(o.getOrDefault("units", "1000"));
    String base =
        "jdbc:postgresql://"
            + o.getOrDefault("db-host", "127.0.0.1")
            + ":"
            + o.getOrDefault("db-port", "5432")
            + "/";
    String user = o.getOrDefault("db-user", "postgres");
    String db = o.getOrDefault("db-name", "natkey_harness");
    List<String> cases = o.containsKey("cases") ? Arrays.asList(o.get("cases").split(",")) : ORDER;
    try (Connection admin = DriverManager.getConnection(base + "postgres", user, "");
        Statement s = admin.createStatement()) {
      if (!s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + db + "'").next()) {
        s.execute("CREATE DATABASE " + db);
      }
    }
    List<Row> data = rows(rows, units);
    List<Row> sorted = new ArrayList<>(data);
    sorted.sort(BY_KEY);
    try (Connection c = DriverManager.getConnection(base + db, user, "")) {
      for (String name : cases) {
        String[] sw = name.split("/");
        prepare(c, SHAPES.get(sw[0]), units);
        String way = sw[1];
        List<Row> input = way.endsWith("-sorted") ? sorted : data;
        boolean uuid = sw[0].startsWith("uuid");
        c.setAutoCommit(false);
        long start = System.nanoTime();
        if (way.startsWith("copy")) {
          copy(c, input, uuid);
        } else {
          unnest(c, input, uuid);
        }
        c.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        c.setAutoCommit(true);
        System.out.printf(
            Locale.ROOT,
            "%-22s %,9d rows %7.2f s %,10.0f rows/s%n",
            name,
            rows,
            seconds,
            rows / seconds);
      }
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS h_measurement, h_unit, h_upload");
      }
    }
  }

  /** The rows in the benchmark's file order: breakdown, unit, year, indicator. */
  private static List<Row> rows(int count, int units) {
    Random random = new Random(1);
    List<Row> rows = new ArrayList<>(count);
    String[] breakdowns = new String[13];
    breakdowns[0] = "";
    for (int b = 1; b < breakdowns.length; b++) {
      breakdowns[b] = "b" + b;
    }
    for (String b : breakdowns) {
      for (int u = 0; u < units; u++) {
        for (int year = 2022; year <= 2025; year++) {
          for (int i = 0; i < INDICATORS.length; i++) {
            if (rows.size() == count) {
              return rows;
            }
            String unit = String.format(Locale.ROOT, "h%04d", u);
            if (i % 2 == 0) {
              long d = 1 + random.nextInt(500);
              rows.add(
                  new Row(
                      INDICATORS[i], unit, year, b, (long) random.nextInt((int) d + 1), d, null));
            } else {
              rows.add(
                  new Row(
                      INDICATORS[i],
                      unit,
                      year,
                      b,
                      null,
                      null,
                      BigDecimal.valueOf(random.nextInt(1001), 1)));
            }
          }
        }
      }
    }
    return rows;
  }

  private static void prepare(Connection c, List<String> ddl, int units) throws SQLException {
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS h_measurement, h_unit, h_upload");
      s.execute("CREATE TABLE h_unit (code VARCHAR(50) PRIMARY KEY)");
      s.execute("CREATE TABLE h_upload (id VARCHAR(36) PRIMARY KEY)");
      s.execute(
          "INSERT INTO h_unit SELECT 'h' || lpad(g::text, 4, '0') FROM generate_series(0, "
              + (units - 1)
              + ") g");
      s.execute("INSERT INTO h_upload VALUES ('" + UPLOAD + "')");
      for (String d : ddl) {
        s.execute(d);
      }
      s.execute("VACUUM ANALYZE h_unit");
      s.execute("VACUUM ANALYZE h_upload");
      s.execute("CHECKPOINT");
    }
  }

  private static void copy(Connection c, List<Row> rows, boolean uuid) throws SQLException {
    String at = OffsetDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZoneOffset.UTC).toString();
    CopyIn in =
        c.unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn(
                "COPY h_measurement ("
                    + (uuid ? "id, " : "")
                    + KEY
                    + ", numerator, denominator, amount, upload_id, reported_at, reported_by,"
                    + " row_version) FROM STDIN WITH (FORMAT csv)");
    StringBuilder b = new StringBuilder(1 << 20);
    for (Row r : rows) {
      if (uuid) {
        b.append(UUID.randomUUID()).append(',');
      }
      b.append(PLAN).append(',').append(r.indicator).append(',').append(r.unit).append(',');
      b.append(r.year).append(',').append(r.breakdown.isEmpty() ? "\"\"" : r.breakdown);
      b.append(',').append(r.numerator == null ? "" : r.numerator);
      b.append(',').append(r.denominator == null ? "" : r.denominator);
      b.append(',').append(r.amount == null ? "" : r.amount.toPlainString());
      b.append(',').append(UPLOAD).append(',').append(at).append(",bench,1\n");
      if (b.length() > (1 << 20) - 512) {
        write(in, b);
      }
    }
    write(in, b);
    in.endCopy();
  }

  private static void write(CopyIn in, StringBuilder b) throws SQLException {
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    in.writeToCopy(bytes, 0, bytes.length);
    b.setLength(0);
  }

  private static void unnest(Connection c, List<Row> rows, boolean uuid) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO h_measurement ("
                + (uuid ? "id, " : "")
                + KEY
                + ", numerator, denominator, amount, upload_id, reported_at, reported_by,"
                + " row_version) SELECT "
                + (uuid ? "CAST(gen_random_uuid() AS VARCHAR), " : "")
                + "?, r.i, r.u, r.y, r.b, r.n, r.d, r.a, ?, ?, ?, 1 FROM unnest(CAST(? AS"
                + " VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS INTEGER[]), CAST(? AS VARCHAR[]),"
                + " CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS NUMERIC[])) AS r(i, u, y,"
                + " b, n, d, a)")) {
      s.setString(1, PLAN);
      s.setString(2, UPLOAD);
      s.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
      s.setString(4, "bench");
      for (int from = 0; from < rows.size(); from += CHUNK) {
        List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
        int n = chunk.size();
        Object[][] cols = new Object[7][n];
        for (int i = 0; i < n; i++) {
          Row r = chunk.get(i);
          cols[0][i] = r.indicator;
          cols[1][i] = r.unit;
          cols[2][i] = r.year;
          cols[3][i] = r.breakdown;
          cols[4][i] = r.numerator;
          cols[5][i] = r.denominator;
          cols[6][i] = r.amount;
        }
        String[] types = {"varchar", "varchar", "int4", "varchar", "int8", "int8", "numeric"};
        for (int k = 0; k < 7; k++) {
          s.setArray(5 + k, c.createArrayOf(types[k], cols[k]));
        }
        s.executeUpdate();
      }
    }
  }
}
