package vn.emulation.jakarta.infrastructure.persistence;

/** The history tables on PostgreSQL, the production database. */
class PostgresqlHistoryRepositoryTest extends HistoryRepositoryContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
