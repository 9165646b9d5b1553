package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * Brings the schema up to date with Flyway when the application starts, before anything touches the
 * database, and remembers the outcome for the readiness check. A failed migration leaves the
 * application not ready rather than half-working. The start's migration itself is begun earlier,
 * beside Weld's bootstrap, by {@link EarlyMigration}; this waits for it.
 */
@ApplicationScoped
public class DatabaseMigrator {

  /** Where the migrations live; the location holds an empty {@code flyway.location} file. */
  static final String LOCATION = "classpath:db/migration";

  @Inject EmulationSettings settings;
  @Inject EarlyMigration early;

  /**
   * The migrations written in Java, beside the SQL scripts of {@link #LOCATION}: given to every
   * Flyway that migrates the schema (here, the tests, the bench's data-set loader).
   */
  public static JavaMigration[] javaMigrations() {
    return new JavaMigration[] {new MeasurementNaturalKey()};
  }

  private final AtomicReference<String> failure = new AtomicReference<>("not started");

  void onStart(@Observes @Priority(1) @Initialized(ApplicationScoped.class) Object ignored) {
    try {
      early.outcome().join();
      failure.set(null);
    } catch (CompletionException e) {
      failed(e.getCause());
    }
  }

  /** Migrates now; safe to call again (Flyway applies only what is pending). */
  public synchronized void migrate() {
    try {
      migrate(dataSource());
      failure.set(null);
    } catch (RuntimeException | NamingException e) {
      failed(e);
    }
  }

  private void failed(Throwable e) {
    failure.set(e.getClass().getSimpleName() + ": " + e.getMessage());
    throw new IllegalStateException("database migration failed", e);
  }

  static void migrate(DataSource dataSource) {
    flyway(dataSource).migrate();
  }

  static DataSource lookUp(String jndi) throws NamingException {
    return (DataSource) new InitialContext().lookup(jndi);
  }

  /**
   * Null when the schema is current, else why not. Once this application's migration has succeeded
   * nothing of its own can be pending (its migrations are fixed in the WAR), so the answer is the
   * remembered outcome: the readiness check asks often, and a Flyway {@code info()} scans every
   * migration and reads the whole history each time.
   */
  public String problem() {
    return failure.get();
  }

  DataSource dataSource() throws NamingException {
    return lookUp(settings.datasourceJndi());
  }

  private static Flyway flyway(DataSource dataSource) {
    return Flyway.configure(DatabaseMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .javaMigrations(javaMigrations())
        // Flyway also scans db/callback; on Liberty every scanned folder needs its marker file
        .callbackLocations("classpath:db/callback")
        .failOnMissingLocations(true)
        .load();
  }
}
