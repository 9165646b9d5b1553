package vn.emulation.jakarta.infrastructure.persistence;

/** The persistence contract on PostgreSQL, the production database (skipped where absent). */
class PostgresqlPersistenceTest extends PersistenceContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
