package vn.emulation.jakarta.infrastructure.persistence;

/** The issued documents on PostgreSQL, the production database. */
class PostgresqlIssuedDocumentStoreTest extends IssuedDocumentStoreContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
