package vn.emulation.jakarta.infrastructure.persistence;

/** The issued documents on H2, the embedded default. */
class H2IssuedDocumentStoreTest extends IssuedDocumentStoreContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
