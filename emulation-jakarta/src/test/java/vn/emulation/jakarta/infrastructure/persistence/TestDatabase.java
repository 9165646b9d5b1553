package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated database for one test class: H2 in memory, or a new PostgreSQL database on
 * 127.0.0.1:5432 (user postgres, trust auth) that is dropped afterwards. Where PostgreSQL is not
 * running the PostgreSQL variant is skipped with a message saying so; CI always has it.
 */
final class TestDatabase implements AutoCloseable {

  enum Kind {
    H2,
    POSTGRESQL
  }

  static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/";

  final Kind kind;
  final DataSource dataSource;
  private final String pgName;
  private final EntityManagerFactory emf;

  private TestDatabase(Kind kind, DataSource dataSource, String pgName) {
    this.kind = kind;
    this.dataSource = dataSource;
    this.pgName = pgName;
    Flyway.configure()
        .dataSource(dataSource)
        .locations(DatabaseMigrator.LOCATION)
        .javaMigrations(DatabaseMigrator.javaMigrations())
        .callbackLocations(DatabaseMigrator.LOCATION)
        .failOnMissingLocations(true)
        .load()
        .migrate();
    this.emf =
        Persistence.createEntityManagerFactory(
            "emulation",
            Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "eclipselink.logging.level", "WARNING"));
  }

  static TestDatabase open(Kind kind) {
    String name =
        "emulation_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if (kind == Kind.H2) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
      return new TestDatabase(kind, h2, null);
    }
    try (Connection c = DriverManager.getConnection(PG_URL + "postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
    } catch (SQLException e) {
      Assumptions.abort(
          "PostgreSQL is not reachable on 127.0.0.1:5432 as user postgres ("
              + e.getMessage()
              + "): the PostgreSQL persistence tests are skipped here;"
              + " CI starts PostgreSQL so that they run there");
    }
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(PG_URL + name);
    pg.setUser("postgres");
    return new TestDatabase(kind, pg, name);
  }

  /** Runs {@code work} in one committed transaction with a fresh entity manager. */
  <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  EntityManager entityManager() {
    return emf.createEntityManager();
  }

  @Override
  public void close() throws SQLException {
    emf.close();
    if (pgName != null) {
      try (Connection c = DriverManager.getConnection(PG_URL + "postgres", "postgres", "");
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + pgName + " WITH (FORCE)");
      }
    }
  }

  @Override
  public String toString() {
    return kind.name();
  }
}
