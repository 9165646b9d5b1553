package vn.emulation.bench.bulk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's side door into the server's PostgreSQL database: it opens the fresh units the
 * rows report for, counts and removes rows between the timed steps, creates the two tables {@code
 * \copy} loads for comparison, and runs {@code psql \copy}.
 */
final class BenchDatabase implements AutoCloseable {

  /**
   * The comparison table of issue 10: the measurement's columns, only its natural key, in the order
   * of the measurement table's primary key (V16, ADR 0054), so that {@code \copy} into it maintains
   * the same B-tree as the upload does: the fair limit.
   */
  static final String KEYED = "bench_keyed";

  /**
   * The measurement table as it was before V9: a random UUID key, the natural key as a unique
   * constraint, and foreign keys to the unit and the upload.
   */
  static final String WITH_UUID = "bench_uuid";

  static final String KEYED_COLUMNS =
      "plan_code, indicator_code, unit_code, period_year,"
          + " breakdown, numerator, denominator, amount, upload_id, reported_at, row_version";

  static final String UUID_COLUMNS = "id, " + KEYED_COLUMNS;

  /** The primary key of {@code measurement} since V16, columns in its order. */
  private static final String PRIMARY_KEY =
      "plan_code, period_year, indicator_code, breakdown, unit_code";

  /** The natural key as the table before V9 had it (V1's unique constraint), in its order. */
  private static final String NATURAL_KEY_BEFORE_V9 =
      "plan_code, indicator_code, unit_code, period_year, breakdown";

  private final String host;
  private final int port;
  private final String name;
  private final String user;
  private final Connection connection;

  BenchDatabase(String host, int port, String name, String user) throws SQLException {
    this.host = host;
    this.port = port;
    this.name = name;
    this.user = user;
    this.connection =
        DriverManager.getConnection(
            "jdbc:postgresql://" + host + ":" + port + "/" + name, user, "");
  }

  /** Opens {@code count} top-level communes, coded {@code prefix0000}…, from 2020. */
  List<String> openUnits(String prefix, int count) throws SQLException {
    List<String> codes = new ArrayList<>();
    LocalDate opened = LocalDate.of(2020, 1, 1);
    try (PreparedStatement unit =
            connection.prepareStatement(
                "INSERT INTO org_unit"
                    + " (code, unit_level, opened_on, closed_on, row_version) VALUES (?, 'COMMUNE', ?,"
                    + " NULL, 1)");
        PreparedStatement placement =
            connection.prepareStatement(
                "INSERT INTO"
                    + " org_unit_placement (unit_code, valid_from, name, parent_code)"
                    + " VALUES (?, ?, ?, NULL)")) {
      for (int i = 0; i < count; i++) {
        String code = String.format("%s%04d", prefix, i);
        codes.add(code);
        unit.setString(1, code);
        unit.setObject(2, opened);
        unit.addBatch();
        placement.setString(1, code);
        placement.setObject(2, opened);
        placement.setString(3, "Xã Thử Nghiệm " + i);
        placement.addBatch();
      }
      unit.executeBatch();
      placement.executeBatch();
    }
    return codes;
  }

  /** Removes the units again, with every row that refers to them. */
  void closeUnits(String prefix) throws SQLException {
    execute("DELETE FROM measurement WHERE unit_code LIKE '" + prefix + "%'");
    execute("DELETE FROM org_unit_placement WHERE unit_code LIKE '" + prefix + "%'");
    execute("DELETE FROM org_unit WHERE code LIKE '" + prefix + "%'");
  }

  long countOfUpload(String uploadId) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement("SELECT count(*) FROM measurement WHERE upload_id = ?")) {
      s.setString(1, uploadId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  void deleteRowsOf(String uploadId) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement("DELETE FROM measurement WHERE upload_id = ?")) {
      s.setString(1, uploadId);
      s.executeUpdate();
    }
  }

  void deleteUpload(String uploadId) throws SQLException {
    deleteRowsOf(uploadId);
    try (PreparedStatement s =
        connection.prepareStatement("DELETE FROM measurement_upload WHERE id = ?")) {
      s.setString(1, uploadId);
      s.executeUpdate();
    }
  }

  /**
   * Creates the comparison table {@code table} ({@link #KEYED} or {@link #WITH_UUID}), empty, with
   * the measurement table's columns, NOT NULLs and check constraint ({@code LIKE … INCLUDING
   * CONSTRAINTS}) and the keys of its kind.
   */
  void createComparison(String table) throws SQLException {
    dropComparison(table);
    if (table.equals(KEYED)) {
      execute(
          "CREATE TABLE "
              + KEYED
              + " (LIKE measurement INCLUDING CONSTRAINTS, PRIMARY KEY ("
              + PRIMARY_KEY
              + "))");
    } else {
      execute(
          "CREATE TABLE "
              + WITH_UUID
              + " (id VARCHAR(36) NOT NULL PRIMARY KEY, LIKE measurement INCLUDING CONSTRAINTS,"
              + " UNIQUE ("
              + NATURAL_KEY_BEFORE_V9
              + "), FOREIGN KEY (unit_code) REFERENCES org_unit (code),"
              + " FOREIGN KEY (upload_id) REFERENCES measurement_upload (id))");
    }
  }

  long count(String table) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  void dropComparison(String table) throws SQLException {
    execute("DROP TABLE IF EXISTS " + table);
  }

  /** Reclaims deleted rows and writes dirty pages out, so each timed step starts alike. */
  void settle() throws SQLException {
    execute("VACUUM ANALYZE measurement");
    execute("CHECKPOINT");
  }

  /** Runs {@code psql \copy} of a CSV file into {@code table}'s columns; returns its output. */
  String copy(String table, String columns, Path csv) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                "psql",
                "-h",
                host,
                "-p",
                String.valueOf(port),
                "-U",
                user,
                "-d",
                name,
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                "\\copy "
                    + table
                    + " ("
                    + columns
                    + ") FROM '"
                    + csv.toAbsolutePath()
                    + "' WITH (FORMAT csv)")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("psql failed: " + out);
    }
    return out;
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
