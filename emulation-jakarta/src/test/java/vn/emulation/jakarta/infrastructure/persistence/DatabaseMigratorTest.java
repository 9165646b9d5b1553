package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The migrator's answer to the readiness check: the outcome of this application's own migration,
 * remembered, so that a check asked every few seconds does not re-read Flyway's whole history.
 */
class DatabaseMigratorTest {

  /** A migrator on the given data source instead of the server's JNDI name. */
  private static DatabaseMigrator on(DataSource dataSource) {
    return new DatabaseMigrator() {
      @Override
      DataSource dataSource() {
        return dataSource;
      }
    };
  }

  private static JdbcDataSource h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:migrator_"
            + UUID.randomUUID().toString().substring(0, 8)
            + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  @Test
  void notReadyBeforeTheMigrationHasRun() {
    assertThat(on(h2()).problem()).isEqualTo("not started");
  }

  @Test
  void currentOnceEveryMigrationIsApplied() throws SQLException {
    JdbcDataSource h2 = h2();
    DatabaseMigrator migrator = on(h2);

    migrator.migrate();

    assertThat(migrator.problem()).isNull();
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE")) {
      r.next();
      assertThat(r.getInt(1)).isZero();
    }
    // a second start finds nothing pending and stays current
    migrator.migrate();
    assertThat(migrator.problem()).isNull();
  }

  @Test
  void aFailedMigrationKeepsTheApplicationNotReadyAndSaysWhy() {
    JdbcDataSource unreachable = new JdbcDataSource();
    unreachable.setURL("jdbc:h2:file:/nonexistent-directory/x;IFEXISTS=TRUE");
    DatabaseMigrator migrator = on(unreachable);

    assertThatThrownBy(migrator::migrate)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("database migration failed");
    assertThat(migrator.problem()).isNotNull().isNotEqualTo("not started");
  }

  @Test
  void theStartWaitsForTheMigrationBegunBesideWeldsBootstrap() {
    DatabaseMigrator migrator = on(h2());
    migrator.early = new EarlyMigration();
    migrator.early.outcome().complete(null);

    migrator.onStart(null);

    assertThat(migrator.problem()).isNull();
  }

  @Test
  void anEarlyMigrationThatFailedStopsTheStartAndSaysWhy() {
    DatabaseMigrator migrator = on(h2());
    migrator.early = new EarlyMigration();
    migrator.early.outcome().completeExceptionally(new IllegalArgumentException("V3 checksum"));

    assertThatThrownBy(() -> migrator.onStart(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("database migration failed")
        .hasCauseInstanceOf(IllegalArgumentException.class);
    assertThat(migrator.problem()).isEqualTo("IllegalArgumentException: V3 checksum");
  }
}
