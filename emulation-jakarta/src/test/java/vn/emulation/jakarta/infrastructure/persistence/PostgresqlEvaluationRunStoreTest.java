package vn.emulation.jakarta.infrastructure.persistence;

/** Stored evaluation runs on PostgreSQL, the production database (skipped where absent). */
class PostgresqlEvaluationRunStoreTest extends EvaluationRunStoreContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
