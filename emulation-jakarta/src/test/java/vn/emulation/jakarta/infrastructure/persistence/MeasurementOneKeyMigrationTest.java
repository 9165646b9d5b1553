package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emulation.jakarta.infrastructure.persistence.MeasurementNaturalKeyMigrationTest.database;
import static vn.emulation.jakarta.infrastructure.persistence.MeasurementNaturalKeyMigrationTest.dropIfPostgresql;
import static vn.emulation.jakarta.infrastructure.persistence.MeasurementNaturalKeyMigrationTest.flyway;
import static vn.emulation.jakarta.infrastructure.persistence.MeasurementNaturalKeyMigrationTest.primaryKey;
import static vn.emulation.jakarta.infrastructure.persistence.MeasurementNaturalKeyMigrationTest.rows;
import static vn.emulation.jakarta.infrastructure.persistence.MeasurementNaturalKeyMigrationTest.stored;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V16 on a database that already holds values and revisions (ADR 0054): the rows stay, with their
 * values, origins and versions; the measurement table has one index left, its primary key, with the
 * columns in the order the dashboard reads them (plan, year, indicator, breakdown, unit), and the
 * revisions the same key and their version. On H2 and on PostgreSQL (skipped where it is not
 * running).
 */
class MeasurementOneKeyMigrationTest {

  private static final List<String> KEY =
      List.of("plan_code", "period_year", "indicator_code", "breakdown", "unit_code");

  private static final String MEASUREMENT_COLUMNS =
      "plan_code, indicator_code, unit_code, period_year, breakdown, numerator, denominator,"
          + " amount, upload_id, reported_at, reported_by, row_version";

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void storedValuesAndRevisionsStayUnderOneKeyInTheReadsOrder(TestDatabase.Kind kind)
      throws SQLException {
    String name = "onekey_v16_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    DataSource db = database(kind, name);
    try {
      flyway(db, "15").migrate();
      try (Connection c = db.getConnection();
          Statement s = c.createStatement()) {
        assertThat(indexes(c, "measurement")).hasSize(2);
        s.execute(
            "INSERT INTO measurement ("
                + MEASUREMENT_COLUMNS
                + ") VALUES ('rach-gia', 'G2', '30730', 2023, '', 61, 100, NULL, 'u-1',"
                + " TIMESTAMP WITH TIME ZONE '2024-02-01 08:00:00+07:00', 'can-bo', 2)");
        s.execute(
            "INSERT INTO measurement ("
                + MEASUREMENT_COLUMNS
                + ") VALUES ('rach-gia', 'E2', '30730', 2023, 'Nông nghiệp', NULL, NULL, 12.5,"
                + " NULL, TIMESTAMP WITH TIME ZONE '2024-01-15 08:00:00+07:00', NULL, 1)");
        s.execute(
            "INSERT INTO measurement ("
                + MEASUREMENT_COLUMNS
                + ") VALUES ('rach-gia', 'G2', '30745', 2022, '', 1, 2, NULL, NULL,"
                + " TIMESTAMP WITH TIME ZONE '2023-01-15 08:00:00+07:00', NULL, 1)");
        s.execute(
            "INSERT INTO measurement_revision (plan_code, indicator_code, unit_code,"
                + " period_year, breakdown, numerator, denominator, amount, upload_id, reported_at,"
                + " reported_by, row_version, superseded_at) VALUES ('rach-gia', 'G2', '30730',"
                + " 2023, '', 50, 100, NULL, NULL,"
                + " TIMESTAMP WITH TIME ZONE '2024-01-10 08:00:00+07:00', 'to-truong', 1,"
                + " TIMESTAMP WITH TIME ZONE '2024-02-01 08:00:00+07:00')");
      }

      flyway(db, "latest").migrate();

      try (Connection c = db.getConnection()) {
        assertThat(
                rows(
                    c,
                    "SELECT indicator_code, unit_code, period_year, breakdown, numerator,"
                        + " denominator, amount, upload_id, reported_by, row_version"
                        + " FROM measurement ORDER BY period_year, unit_code, indicator_code"))
            .containsExactly(
                "G2|30745|2022||1|2|null|null|null|1",
                "E2|30730|2023|Nông nghiệp|null|null|12.500000|null|null|1",
                "G2|30730|2023||61|100|null|u-1|can-bo|2");
        assertThat(
                rows(
                    c,
                    "SELECT indicator_code, unit_code, numerator, reported_by, row_version"
                        + " FROM measurement_revision"))
            .containsExactly("G2|30730|50|to-truong|1");
        assertThat(primaryKey(c, "measurement")).isEqualTo(KEY);
        List<String> revisionKey = new ArrayList<>(KEY);
        revisionKey.add("row_version");
        assertThat(primaryKey(c, "measurement_revision")).isEqualTo(revisionKey);
        // one B-tree to maintain per row: the primary key's, nothing beside it
        // (H2 names the key's index itself, PostgreSQL after the constraint: checked below)
        assertThat(indexes(c, "measurement").values()).containsExactly(KEY);
        assertThat(indexes(c, "measurement_revision")).hasSize(1);
        if (kind == TestDatabase.Kind.POSTGRESQL) {
          assertThat(
                  rows(
                      c,
                      "SELECT indexname, indexdef FROM pg_indexes"
                          + " WHERE schemaname = current_schema() AND tablename = 'measurement'"))
              .containsExactly(
                  "pk_measurement|CREATE UNIQUE INDEX pk_measurement ON "
                      + "public.measurement USING btree"
                      + " (plan_code, period_year, indicator_code, breakdown, unit_code)");
        }
        try (Statement s = c.createStatement()) {
          // the key still refuses a second value for a key, whatever order its columns are in
          assertThatThrownBy(
                  () ->
                      s.execute(
                          "INSERT INTO measurement (plan_code, indicator_code, unit_code,"
                              + " period_year, breakdown, amount, reported_at,"
                              + " row_version) VALUES ('rach-gia', 'E2', '30730', 2023,"
                              + " 'Nông nghiệp', 3, CURRENT_TIMESTAMP, 1)"))
              .isInstanceOfSatisfying(
                  SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
        }
      }
    } finally {
      dropIfPostgresql(kind, name);
    }
  }

  /**
   * Every index of {@code table} (lower-case name) with its columns in their order, as the JDBC
   * metadata of either database tells them.
   */
  private static Map<String, List<String>> indexes(Connection c, String table) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    Map<String, TreeMap<Integer, String>> found = new TreeMap<>();
    try (ResultSet r =
        md.getIndexInfo(c.getCatalog(), c.getSchema(), stored(md, table), false, false)) {
      while (r.next()) {
        String index = r.getString("INDEX_NAME");
        if (index == null) {
          continue; // a table statistic row, not an index
        }
        found
            .computeIfAbsent(index.toLowerCase(Locale.ROOT), k -> new TreeMap<>())
            .put(
                (int) r.getShort("ORDINAL_POSITION"),
                r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    Map<String, List<String>> indexes = new TreeMap<>();
    found.forEach((index, columns) -> indexes.put(index, List.copyOf(columns.values())));
    return indexes;
  }
}
