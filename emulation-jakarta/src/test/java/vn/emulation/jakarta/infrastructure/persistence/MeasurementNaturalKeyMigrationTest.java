package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * V9 on a database that already holds values and revisions (ADR 0035): the rows stay, with their
 * values, origins and versions; the measurement and its revisions are keyed by their natural key,
 * without the UUID column, and the measurement table has no foreign key left. On H2 and on
 * PostgreSQL (skipped where it is not running).
 */
class MeasurementNaturalKeyMigrationTest {

  private static final String MEASUREMENT_COLUMNS =
      "id, plan_code, indicator_code, unit_code, period_year, breakdown, numerator, denominator,"
          + " amount, upload_id, reported_at, reported_by, row_version";

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void storedValuesAndRevisionsStayAndAreKeyedByWhatTheyReportOn(TestDatabase.Kind kind)
      throws SQLException {
    String name = "emulation_v9_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    DataSource db = database(kind, name);
    try {
      flyway(db, "7").migrate();
      String upload = UUID.randomUUID().toString();
      try (Connection c = db.getConnection();
          Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO org_unit (code, unit_level, opened_on, closed_on, row_version)"
                + " VALUES ('30730', 'COMMUNE', DATE '2020-01-01', NULL, 1)");
        s.execute(
            "INSERT INTO measurement_upload (id, plan_code, sha256, filename, media_type,"
                + " row_count, uploaded_at, uploaded_by) VALUES ('"
                + upload
                + "', 'rach-gia', 'h', 'bao-cao.csv', 'text/csv', 1,"
                + " TIMESTAMP WITH TIME ZONE '2024-02-01 08:00:00+07:00', 'can-bo')");
        s.execute(
            "INSERT INTO measurement ("
                + MEASUREMENT_COLUMNS
                + ") VALUES ('"
                + UUID.randomUUID()
                + "', 'rach-gia', 'G2', '30730', 2023, '', 61, 100, NULL, '"
                + upload
                + "', TIMESTAMP WITH TIME ZONE '2024-02-01 08:00:00+07:00', 'can-bo', 2)");
        s.execute(
            "INSERT INTO measurement ("
                + MEASUREMENT_COLUMNS
                + ") VALUES ('"
                + UUID.randomUUID()
                + "', 'rach-gia', 'E2', '30730', 2023, 'Nông nghiệp', NULL, NULL, 12.5, NULL,"
                + " TIMESTAMP WITH TIME ZONE '2024-01-15 08:00:00+07:00', NULL, 1)");
        s.execute(
            "INSERT INTO measurement_revision (id, plan_code, indicator_code, unit_code,"
                + " period_year, breakdown, numerator, denominator, amount, upload_id, reported_at,"
                + " reported_by, row_version, superseded_at) VALUES ('"
                + UUID.randomUUID()
                + "', 'rach-gia', 'G2', '30730', 2023, '', 50, 100, NULL, NULL,"
                + " TIMESTAMP WITH TIME ZONE '2024-01-10 08:00:00+07:00', 'to-truong', 1,"
                + " TIMESTAMP WITH TIME ZONE '2024-02-01 08:00:00+07:00')");
      }

      // up to V15: V16 (ADR 0054) puts the key's columns in another order, its own test checks it
      flyway(db, "15").migrate();

      try (Connection c = db.getConnection()) {
        assertThat(
                rows(
                    c,
                    "SELECT indicator_code, unit_code, period_year, breakdown, numerator,"
                        + " denominator, amount, upload_id, reported_by, row_version"
                        + " FROM measurement ORDER BY indicator_code"))
            .containsExactly(
                "E2|30730|2023|Nông nghiệp|null|null|12.500000|null|null|1",
                "G2|30730|2023||61|100|null|" + upload + "|can-bo|2");
        assertThat(
                rows(
                    c,
                    "SELECT indicator_code, numerator, reported_by, row_version"
                        + " FROM measurement_revision"))
            .containsExactly("G2|50|to-truong|1");
        assertThat(primaryKey(c, "measurement"))
            .containsExactly(
                "plan_code", "indicator_code", "unit_code", "period_year", "breakdown");
        assertThat(primaryKey(c, "measurement_revision"))
            .containsExactly(
                "plan_code",
                "indicator_code",
                "unit_code",
                "period_year",
                "breakdown",
                "row_version");
        assertThat(columns(c, "measurement")).doesNotContain("id");
        assertThat(columns(c, "measurement_revision")).doesNotContain("id");
        assertThat(foreignKeys(c, "measurement")).isEmpty();
        try (Statement s = c.createStatement()) {
          // the natural key still refuses a second value for a key, as the unique key did
          assertThatThrownBy(
                  () ->
                      s.execute(
                          "INSERT INTO measurement (plan_code, indicator_code, unit_code,"
                              + " period_year, breakdown, numerator, denominator, reported_at,"
                              + " row_version) VALUES ('rach-gia', 'G2', '30730', 2023, '', 1, 2,"
                              + " CURRENT_TIMESTAMP, 1)"))
              .isInstanceOfSatisfying(
                  SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
        }
      }
    } finally {
      dropIfPostgresql(kind, name);
    }
  }

  static List<String> rows(Connection c, String query) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(query)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          cells.add(String.valueOf(r.getString(i)));
        }
        rows.add(String.join("|", cells));
      }
    }
    return rows;
  }

  static String stored(DatabaseMetaData md, String table) throws SQLException {
    return md.storesUpperCaseIdentifiers()
        ? table.toUpperCase(Locale.ROOT)
        : table.toLowerCase(Locale.ROOT);
  }

  static List<String> primaryKey(Connection c, String table) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    TreeMap<Integer, String> key = new TreeMap<>();
    try (ResultSet r = md.getPrimaryKeys(c.getCatalog(), c.getSchema(), stored(md, table))) {
      while (r.next()) {
        key.put(r.getInt("KEY_SEQ"), r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(key.values());
  }

  private static List<String> columns(Connection c, String table) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    List<String> columns = new ArrayList<>();
    try (ResultSet r = md.getColumns(c.getCatalog(), c.getSchema(), stored(md, table), null)) {
      while (r.next()) {
        columns.add(r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    assertThat(columns).contains("plan_code");
    return columns;
  }

  private static List<String> foreignKeys(Connection c, String table) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    List<String> keys = new ArrayList<>();
    try (ResultSet r = md.getImportedKeys(c.getCatalog(), c.getSchema(), stored(md, table))) {
      while (r.next()) {
        keys.add(r.getString("FK_NAME"));
      }
    }
    return keys;
  }

  static DataSource database(TestDatabase.Kind kind, String name) {
    if (kind == TestDatabase.Kind.H2) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
      return h2;
    }
    try (Connection c =
            DriverManager.getConnection(TestDatabase.PG_URL + "postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
    } catch (SQLException e) {
      Assumptions.abort("PostgreSQL is not reachable on 127.0.0.1:5432: " + e.getMessage());
    }
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(TestDatabase.PG_URL + name);
    pg.setUser("postgres");
    return pg;
  }

  /**
   * Drops the PostgreSQL database {@link #database} created; an H2 one in memory goes with the JVM.
   */
  static void dropIfPostgresql(TestDatabase.Kind kind, String name) throws SQLException {
    if (kind == TestDatabase.Kind.POSTGRESQL) {
      try (Connection c =
              DriverManager.getConnection(TestDatabase.PG_URL + "postgres", "postgres", "");
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    }
  }

  static Flyway flyway(DataSource db, String target) {
    return Flyway.configure()
        .dataSource(db)
        .locations(DatabaseMigrator.LOCATION)
        .javaMigrations(DatabaseMigrator.javaMigrations())
        .callbackLocations(DatabaseMigrator.LOCATION)
        .target(target)
        .load();
  }
}
