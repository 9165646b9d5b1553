package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.jakarta.infrastructure.persistence.MeasurementNaturalKeyMigrationTest.database;
import static vn.emulation.jakarta.infrastructure.persistence.MeasurementNaturalKeyMigrationTest.dropIfPostgresql;
import static vn.emulation.jakarta.infrastructure.persistence.MeasurementNaturalKeyMigrationTest.flyway;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V3 on a database that already holds plans (ADR 0022): a plan's highest version becomes the one in
 * force since the first day of its period, as every read took it until then; older versions are
 * superseded without a day of their own. On H2 and on PostgreSQL (skipped where it is not running).
 */
class PlanStatusBackfillTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theHighestVersionIsInForceSinceItsPeriodAndTheOlderOnesSuperseded(TestDatabase.Kind kind)
      throws SQLException {
    String name = "emulation_v3_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    DataSource db = database(kind, name);
    try {
      flyway(db, "2").migrate();
      try (Connection c = db.getConnection();
          Statement s = c.createStatement()) {
        for (int v = 1; v <= 2; v++) {
          s.execute(
              "INSERT INTO plan_version (id, plan_code, version, title_vi, title_en, status,"
                  + " first_year, last_year, document, sha256, imported_at, row_version) VALUES ('"
                  + UUID.randomUUID()
                  + "', 'rach-gia', "
                  + v
                  + ", 't', 't', 'IN_FORCE', 2022, 2025, '{}', 'h', CURRENT_TIMESTAMP, 1)");
        }
        s.execute(
            "INSERT INTO plan_version (id, plan_code, version, title_vi, title_en, status,"
                + " first_year, last_year, document, sha256, imported_at, row_version) VALUES ('"
                + UUID.randomUUID()
                + "', 'kien-giang', 1, 't', 't', 'DRAFT', 2021, 2025, '{}', 'h',"
                + " CURRENT_TIMESTAMP, 1)");
      }

      flyway(db, "3").migrate();

      List<String> rows = new ArrayList<>();
      try (Connection c = db.getConnection();
          Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT plan_code, version, status, in_force_from, in_force_until"
                      + " FROM plan_version ORDER BY plan_code, version")) {
        while (r.next()) {
          rows.add(
              r.getString(1)
                  + " v"
                  + r.getInt(2)
                  + " "
                  + r.getString(3)
                  + " "
                  + r.getDate(4)
                  + " "
                  + r.getDate(5));
        }
      }
      assertThat(rows)
          .containsExactly(
              "kien-giang v1 IN_FORCE 2021-01-01 null",
              "rach-gia v1 SUPERSEDED 2022-01-01 2022-01-01",
              "rach-gia v2 IN_FORCE 2022-01-01 null");
    } finally {
      dropIfPostgresql(kind, name);
    }
  }
}
