package vn.emulation.jakarta.infrastructure.persistence;

/** Nominations on the case tables on H2, the embedded default. */
class H2NominationRepositoryTest extends NominationRepositoryContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
