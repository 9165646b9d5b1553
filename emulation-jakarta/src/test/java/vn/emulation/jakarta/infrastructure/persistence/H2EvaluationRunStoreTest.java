package vn.emulation.jakarta.infrastructure.persistence;

/** Stored evaluation runs on H2, the embedded default. */
class H2EvaluationRunStoreTest extends EvaluationRunStoreContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
