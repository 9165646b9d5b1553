package vn.emulation.jakarta.infrastructure.persistence;

/** The cases of steps 5–8 on H2, the embedded default. */
class H2AwardCaseStoreTest extends AwardCaseStoreContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
