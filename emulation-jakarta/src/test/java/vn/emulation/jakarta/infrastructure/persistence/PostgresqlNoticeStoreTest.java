package vn.emulation.jakarta.infrastructure.persistence;

/** Anchors and notices on PostgreSQL, the production database. */
class PostgresqlNoticeStoreTest extends NoticeStoreContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
