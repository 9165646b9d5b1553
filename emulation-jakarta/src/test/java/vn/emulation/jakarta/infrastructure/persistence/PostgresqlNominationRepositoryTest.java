package vn.emulation.jakarta.infrastructure.persistence;

/** Nominations on the case tables on PostgreSQL, the production database. */
class PostgresqlNominationRepositoryTest extends NominationRepositoryContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
