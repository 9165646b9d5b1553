package vn.emulation.jakarta.infrastructure.persistence;

/** The case tables on PostgreSQL, the production database. */
class PostgresqlCaseRepositoryTest extends CaseRepositoryContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
