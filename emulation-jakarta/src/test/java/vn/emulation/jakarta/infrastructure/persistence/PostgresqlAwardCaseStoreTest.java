package vn.emulation.jakarta.infrastructure.persistence;

/** The cases of steps 5–8 on PostgreSQL, the production database. */
class PostgresqlAwardCaseStoreTest extends AwardCaseStoreContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
