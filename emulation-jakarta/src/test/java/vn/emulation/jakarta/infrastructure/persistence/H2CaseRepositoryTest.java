package vn.emulation.jakarta.infrastructure.persistence;

/** The case tables on H2, the embedded default. */
class H2CaseRepositoryTest extends CaseRepositoryContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
