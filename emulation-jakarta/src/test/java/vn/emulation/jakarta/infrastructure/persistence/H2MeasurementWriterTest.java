package vn.emulation.jakarta.infrastructure.persistence;

/** The bulk writer on H2, the embedded default: a batched SQL standard MERGE. */
class H2MeasurementWriterTest extends MeasurementWriterContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
