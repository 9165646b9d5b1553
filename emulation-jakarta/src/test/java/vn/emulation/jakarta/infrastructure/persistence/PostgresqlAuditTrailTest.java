package vn.emulation.jakarta.infrastructure.persistence;

/** The audit trail on PostgreSQL, the production database (skipped where absent). */
class PostgresqlAuditTrailTest extends AuditTrailContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
