package vn.emulation.jakarta.infrastructure.persistence;

/** The bulk writer on PostgreSQL: unnest arrays with ON CONFLICT (skipped where absent). */
class PostgresqlMeasurementWriterTest extends MeasurementWriterContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
