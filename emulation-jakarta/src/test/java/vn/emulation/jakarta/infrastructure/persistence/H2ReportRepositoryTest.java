package vn.emulation.jakarta.infrastructure.persistence;

/** Reports on H2, the embedded default. */
class H2ReportRepositoryTest extends ReportRepositoryContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
