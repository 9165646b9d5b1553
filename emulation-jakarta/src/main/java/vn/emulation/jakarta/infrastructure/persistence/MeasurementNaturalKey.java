package vn.emulation.jakarta.infrastructure.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration V9 (ADR 0035): a reported value is stored under its natural key, and nothing else.
 *
 * <p>{@code measurement} loses its random UUID {@code id} (no table refers to it, no answer of the
 * API shows it) and its two foreign keys (to {@code org_unit} and {@code measurement_upload}); the
 * unique key (plan, indicator, unit, year, breakdown) becomes the primary key. {@code
 * measurement_revision} likewise: its key plus the version it had. The rows stay where they are.
 * What the foreign keys checked, the application checks before it writes: a value's unit is one of
 * the hierarchy's (the core's rules, for a single report and for every row of an upload; units are
 * never deleted), and an upload's rows are written in the transaction that has just inserted their
 * upload record.
 *
 * <p>Java rather than SQL because the foreign keys were declared without names: PostgreSQL called
 * them {@code measurement_unit_code_fkey} and {@code measurement_upload_id_fkey}, H2 {@code
 * CONSTRAINT_…} with a number of its own, so their names are read from the database's metadata.
 * Every statement is the same on both. Registered explicitly ({@link
 * DatabaseMigrator#javaMigrations()}), so nothing depends on scanning classes on the application
 * server.
 */
public final class MeasurementNaturalKey implements JavaMigration {

  private static final String KEY = "plan_code, indicator_code, unit_code, period_year, breakdown";

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("9");
  }

  @Override
  public String getDescription() {
    return "measurement natural key";
  }

  /** None, as for any Java migration: once applied, it is never run again. */
  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      for (String fk : foreignKeys(c, "measurement")) {
        s.execute("ALTER TABLE measurement DROP CONSTRAINT " + fk);
      }
      // dropping the id column drops the primary key on it, on PostgreSQL and H2 alike
      s.execute("ALTER TABLE measurement DROP COLUMN id");
      s.execute("ALTER TABLE measurement DROP CONSTRAINT uq_measurement");
      s.execute("ALTER TABLE measurement ADD CONSTRAINT pk_measurement PRIMARY KEY (" + KEY + ")");
      s.execute("ALTER TABLE measurement_revision DROP COLUMN id");
      s.execute("ALTER TABLE measurement_revision DROP CONSTRAINT uq_measurement_revision");
      s.execute(
          "ALTER TABLE measurement_revision ADD CONSTRAINT pk_measurement_revision PRIMARY KEY ("
              + KEY
              + ", row_version)");
    }
  }

  /** The names of a table's foreign keys, quoted as the database needs them. */
  private static Set<String> foreignKeys(Connection c, String table) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    String name =
        md.storesUpperCaseIdentifiers()
            ? table.toUpperCase(Locale.ROOT)
            : table.toLowerCase(Locale.ROOT);
    String quote = md.getIdentifierQuoteString().strip();
    Set<String> names = new LinkedHashSet<>();
    try (ResultSet r = md.getImportedKeys(c.getCatalog(), c.getSchema(), name)) {
      while (r.next()) {
        names.add(quote + r.getString("FK_NAME") + quote);
      }
    }
    return names;
  }
}
