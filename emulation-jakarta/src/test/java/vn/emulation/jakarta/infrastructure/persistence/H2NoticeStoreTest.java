package vn.emulation.jakarta.infrastructure.persistence;

/** Anchors and notices on H2, the embedded default. */
class H2NoticeStoreTest extends NoticeStoreContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
