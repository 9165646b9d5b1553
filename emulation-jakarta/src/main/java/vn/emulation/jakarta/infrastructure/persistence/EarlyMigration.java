package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Begins the start's schema migration when CDI begins, on a thread of its own, so that Flyway's
 * first connection and its validation of every migration run beside Weld's bootstrap instead of
 * after it (ADR 0058); {@link DatabaseMigrator} waits for the outcome before anything touches the
 * database. A thread of its own because no managed executor exists yet at this point of the start.
 * Its outcome is the migration's: a failure still stops the application's start.
 */
public class EarlyMigration implements Extension {

  private final CompletableFuture<Void> outcome = new CompletableFuture<>();

  void begin(@Observes BeforeBeanDiscovery ignored) {
    ClassLoader application = Thread.currentThread().getContextClassLoader();
    Thread migration =
        new Thread(
            () -> {
              Thread.currentThread().setContextClassLoader(application);
              try {
                String jndi =
                    ConfigProvider.getConfig(application)
                        .getValue("emulation.datasource.jndi", String.class);
                DatabaseMigrator.migrate(DatabaseMigrator.lookUp(jndi));
                outcome.complete(null);
              } catch (Exception | LinkageError e) {
                outcome.completeExceptionally(e);
              }
            },
            "emulation-early-migration");
    migration.setDaemon(true);
    migration.start();
  }

  /** The migration begun at CDI's start: completes when it has, or with what stopped it. */
  CompletableFuture<Void> outcome() {
    return outcome;
  }
}
