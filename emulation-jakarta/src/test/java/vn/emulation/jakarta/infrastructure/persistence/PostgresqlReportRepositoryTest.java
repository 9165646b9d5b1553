package vn.emulation.jakarta.infrastructure.persistence;

/** Reports on PostgreSQL, the production database. */
class PostgresqlReportRepositoryTest extends ReportRepositoryContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
