package vn.emulation.jakarta.infrastructure.persistence;

/** The audit trail on H2, the embedded default. */
class H2AuditTrailTest extends AuditTrailContract {

  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
