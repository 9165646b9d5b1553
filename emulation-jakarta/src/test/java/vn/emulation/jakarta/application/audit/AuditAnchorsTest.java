package vn.emulation.jakarta.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.testing.InMemoryAnchorRepository;
import vn.emulation.jakarta.testing.InMemoryAuditRepository;
import vn.emulation.jakarta.testing.InMemoryCity;

/**
 * The audit log's anchors (ADR 0045) on the in-memory log: an administrator's anchor names the head
 * before it and is audited right after it; the daily run, as the system only, takes one a day; the
 * chain verifies against them, and a chain rewritten from an early entry on, head and all, which
 * verifies by itself, no longer matches the anchor published before.
 */
class AuditAnchorsTest {

  private static final Caller ADMIN = new Caller("ha.admin", Set.of(Role.ADMIN), null);

  private final InMemoryCity city = new InMemoryCity();
  private final InMemoryAnchorRepository anchors = new InMemoryAnchorRepository();

  private AuditAnchors on(InMemoryAuditRepository entries) {
    AuditTrail trail = new AuditTrail(entries, city.callers, InMemoryCity.CLOCK);
    AuditLog log = new AuditLog(entries, () -> 500, InMemoryCity.CLOCK.getZone());
    return new AuditAnchors(anchors, entries, trail, log, city.callers, InMemoryCity.CLOCK);
  }

  private void writeSome(int n) {
    for (int i = 0; i < n; i++) {
      city.audit.record("unit.open", "units/3099" + i, null, i);
    }
  }

  @Test
  void anAdministratorsAnchorNamesTheHeadBeforeItAndIsAuditedNext() {
    writeSome(3);
    AuditHead before = city.auditLog.head();
    city.callers.actAs(ADMIN);

    AuditAnchor a = on(city.auditLog).take();

    assertThat(a.number()).isEqualTo(1);
    assertThat(a.seq()).isEqualTo(3);
    assertThat(a.hash()).isEqualTo(before.lastHash());
    assertThat(a.takenBy()).isEqualTo("ha.admin");
    assertThat(a.scheduled()).isFalse();
    assertThat(a.day()).isEqualTo(LocalDate.now(InMemoryCity.CLOCK));
    AuditEntry last = city.auditLog.entries().get(3);
    assertThat(last.seq()).isEqualTo(4);
    assertThat(last.action()).isEqualTo("audit.anchor");
    assertThat(last.target()).isEqualTo("audit/anchors");
    assertThat(last.afterState()).contains("\"seq\":3").contains(before.lastHash());
    assertThat(on(city.auditLog).published()).containsExactly(a);
  }

  @Test
  void onlyAnAdministratorTakesOneAndOnlyTheSystemTheDailyOne() {
    city.callers.actAs(InMemoryCity.OFFICER);
    assertThatThrownBy(() -> on(city.auditLog).take()).isInstanceOf(AccessDeniedException.class);
    city.callers.actAs(ADMIN);
    assertThatThrownBy(() -> on(city.auditLog).takeDaily())
        .isInstanceOf(AccessDeniedException.class);
    assertThat(anchors.all()).isEmpty();
    assertThat(city.auditLog.entries()).isEmpty();
  }

  @Test
  void theDailyRunTakesOneADayAsTheSystem() {
    writeSome(2);
    AuditAnchors daily = on(city.auditLog);

    Optional<AuditAnchor> first = city.callers.runAsSystem("test: daily", daily::takeDaily);
    Optional<AuditAnchor> again = city.callers.runAsSystem("test: daily", daily::takeDaily);

    assertThat(first).isPresent();
    assertThat(first.get().scheduled()).isTrue();
    assertThat(first.get().takenBy()).isEqualTo(Caller.SYSTEM_USER);
    assertThat(first.get().seq()).isEqualTo(2);
    assertThat(again).as("today's is there").isEmpty();
    city.callers.actAs(ADMIN);
    assertThat(daily.take().number()).as("an administrator's comes on top").isEqualTo(2);
    assertThat(city.auditedActions())
        .containsExactly("unit.open", "unit.open", "audit.anchor", "audit.anchor");
  }

  @Test
  void theChainVerifiesAgainstItsAnchorsAndARewrittenOneDoesNot() {
    writeSome(3);
    city.callers.actAs(ADMIN);
    AuditAnchor published = on(city.auditLog).take();
    writeSome(2);

    AnchorVerification ok = on(city.auditLog).verify();
    assertThat(ok.intact()).isTrue();
    assertThat(ok.chain().intact()).isTrue();
    assertThat(ok.anchorsChecked()).isEqualTo(1);

    // the whole chain rewritten from entry 2 on, every hash recomputed and the head moved with it
    InMemoryAuditRepository rewritten = new InMemoryAuditRepository();
    for (AuditEntry e : city.auditLog.entries()) {
      String after = e.seq() == 2 ? "999" : e.afterState();
      AuditEvent event =
          new AuditEvent(
              e.recordedAt(),
              e.actor(),
              e.actorRole(),
              e.actorUnit(),
              e.action(),
              e.target(),
              e.beforeState(),
              after);
      rewritten.append(AuditChain.append(rewritten.lockHead(), event));
    }
    AnchorVerification forged = on(rewritten).verify();

    assertThat(forged.chain().intact()).as("the rewrite verifies by itself").isTrue();
    assertThat(forged.intact()).isFalse();
    AnchorVerification.AnchorMismatch m = forged.firstMismatchIfAny().orElseThrow();
    assertThat(m.anchor()).isEqualTo(published);
    assertThat(m.found()).isNotNull().isNotEqualTo(published.hash());
  }

  @Test
  void aChainCutShorterThanAnAnchorIsAMismatchWithNothingFound() {
    writeSome(3);
    city.callers.actAs(ADMIN);
    on(city.auditLog).take();
    InMemoryAuditRepository shorter = new InMemoryAuditRepository();
    for (AuditEntry e : city.auditLog.entries().subList(0, 2)) {
      shorter.append(e);
    }
    AnchorVerification v = on(shorter).verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.firstMismatchIfAny().orElseThrow().found()).isNull();
  }

  @Test
  void aDocumentPrintsTheHeadNowAndTheLastAnchor() {
    writeSome(2);
    assertThat(on(city.auditLog).headToPrint().lastAnchor()).isNull();
    city.callers.actAs(ADMIN);
    AuditAnchor a = on(city.auditLog).take();
    DocumentHead.PrintedHead printed = on(city.auditLog).headToPrint();
    assertThat(printed.seq()).isEqualTo(3);
    assertThat(printed.hash()).isEqualTo(city.auditLog.head().lastHash());
    assertThat(printed.lastAnchor()).isEqualTo(a);
    assertThat(List.of(printed.seq())).doesNotContain(a.seq());
  }
}
