package vn.emulation.jakarta.infrastructure.persistence;

/** The persistence contract on H2, the embedded default. */
class H2PersistenceTest extends PersistenceContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
