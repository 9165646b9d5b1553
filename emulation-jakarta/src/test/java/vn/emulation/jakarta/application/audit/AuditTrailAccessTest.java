package vn.emulation.jakarta.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.interfaces.security.TestCallers;
import vn.emulation.jakarta.testing.InMemoryAuditRepository;

/** The audit trail is the last guard: no entry, hence no write, by a caller who may not write. */
class AuditTrailAccessTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  /** The in-memory log, counting how often its head is locked. */
  static final class Store implements AuditRepository {
    final InMemoryAuditRepository log = new InMemoryAuditRepository();
    int locks;

    @Override
    public AuditHead lockHead() {
      locks++;
      return log.lockHead();
    }

    @Override
    public void append(AuditEntry entry) {
      log.append(entry);
    }

    @Override
    public AuditHead head() {
      return log.head();
    }

    @Override
    public List<AuditEntry> chain(long afterSeq, long upToSeq, int max) {
      return log.chain(afterSeq, upToSeq, max);
    }

    @Override
    public Page<AuditEntry> page(AuditQuery.Filter f, PageRequest req) {
      return log.page(f, req);
    }
  }

  private final Store store = new Store();

  private AuditEntry record(Callers callers) {
    return new AuditTrail(store, callers, CLOCK).record("unit.close", "units/30745", null, null);
  }

  @Test
  void aWriteByNobodyKnownIsRefusedBeforeTheChainIsTouched() {
    assertThatThrownBy(() -> record(TestCallers.unidentifiedRequest()))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(store.locks).isZero();
    assertThat(store.log.entries()).isEmpty();
  }

  @Test
  void aWriteByAReaderOnlyIsRefused() {
    // the public role only reads; the council's and the Chairman's acts are writes (ADR 0040)
    Caller reader = new Caller("mai.vo", Set.of(Role.PUBLIC), null);

    assertThatThrownBy(() -> record(TestCallers.requestOf(reader)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(store.log.entries()).isEmpty();
  }

  @Test
  void theSystemsRunAsIsRecordedAsTheSystem() {
    var callers = TestCallers.unidentifiedRequest();

    AuditEntry entry = callers.runAsSystem("test: a start-up job", () -> record(callers));

    assertThat(entry.actor()).isEqualTo("system");
    assertThat(entry.actorRole()).isEqualTo("admin");
    assertThat(store.log.entries()).containsExactly(entry);
  }
}
