package vn.emulation.jakarta.infrastructure.persistence;

/** The history tables on H2, the embedded default. */
class H2HistoryRepositoryTest extends HistoryRepositoryContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
