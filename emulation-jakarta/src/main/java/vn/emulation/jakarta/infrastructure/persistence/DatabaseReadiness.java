package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and every migration has been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject DatabaseMigrator migrator;

  @Override
  public HealthCheckResponse call() {
    String problem = migrator.problem();
    boolean connected;
    String product = "";
    try (Connection c = migrator.dataSource().getConnection()) {
      connected = c.isValid(2);
      product = c.getMetaData().getDatabaseProductName();
    } catch (Exception e) {
      connected = false;
      problem = problem == null ? e.getClass().getSimpleName() + ": " + e.getMessage() : problem;
    }
    return HealthCheckResponse.named("database")
        .status(connected && problem == null)
        .withData("database", product)
        .withData("migrations", problem == null ? "current" : problem)
        .build();
  }
}
