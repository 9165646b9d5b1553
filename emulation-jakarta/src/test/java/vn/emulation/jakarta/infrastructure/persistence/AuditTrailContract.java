package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.audit.AuditChain;
import vn.emulation.jakarta.application.audit.AuditEntry;
import vn.emulation.jakarta.application.audit.AuditHead;
import vn.emulation.jakarta.application.audit.AuditLog;
import vn.emulation.jakarta.application.audit.AuditQuery.Listing;
import vn.emulation.jakarta.application.audit.AuditQuery.Moment;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.audit.AuditVerification;
import vn.emulation.jakarta.application.audit.ChainBreak;
import vn.emulation.jakarta.application.audit.ChainBreak.Kind;
import vn.emulation.jakarta.interfaces.security.TestCallers;

/**
 * The audit trail against a real database: entries chained across transactions, a failed write
 * leaving none, concurrent writers appending one after another under the head's lock, tampering
 * through plain SQL found and named, the log listed and filtered. Run on H2 and PostgreSQL by the
 * two subclasses; the tests share one log, so each works from the head it finds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuditTrailContract {

  private static final Caller REPORTER =
      new Caller("lan.nguyen", EnumSet.of(Role.REPORTER), "30730");
  private static final Caller OFFICER = new Caller("hoa.tran", EnumSet.of(Role.OFFICER), null);

  /** A ward as a use case's view shows it: what the log keeps as before and after. */
  public record WardView(String code, String name, LocalDate closedOn) {}

  TestDatabase db;
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  abstract TestDatabase.Kind kind();

  @BeforeAll
  void open() {
    db = TestDatabase.open(kind());
  }

  @AfterAll
  void close() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private static JpaAuditRepository store(EntityManager em) {
    JpaAuditRepository r = new JpaAuditRepository();
    r.em = em;
    return r;
  }

  private static AuditTrail trail(EntityManager em, Caller caller, Clock clock) {
    return new AuditTrail(store(em), TestCallers.requestOf(caller), clock);
  }

  private static AuditTrail trail(EntityManager em, Caller caller) {
    return trail(em, caller, Clock.systemUTC());
  }

  private AuditHead head() {
    return db.inTransaction(em -> store(em).head());
  }

  private AuditVerification verify(int pageSize) {
    return db.inTransaction(
        em -> new AuditLog(store(em), () -> 100, ZoneId.of("Asia/Ho_Chi_Minh")).verify(pageSize));
  }

  private Page<AuditEntry> list(Listing q) {
    return list(q, Unread.none());
  }

  private Page<AuditEntry> list(Listing q, Unread unread) {
    return db.inTransaction(
        em -> new AuditLog(store(em), () -> 100, ZoneId.of("Asia/Ho_Chi_Minh")).entries(q, unread));
  }

  /** The first page of 50 of what the filters ask, the moments as the edge reads them. */
  private static Listing listing(
      String action, String actor, String target, String from, String to) {
    return listing(action, actor, target, from, to, new PageRequest(0, 50));
  }

  private static Listing listing(
      String action, String actor, String target, String from, String to, PageRequest page) {
    return new Listing(action, actor, target, moment(from), moment(to), page);
  }

  private static Moment moment(String given) {
    if (given == null) {
      return null;
    }
    return given.length() == 10
        ? Moment.day(given, LocalDate.parse(given))
        : Moment.at(given, OffsetDateTime.parse(given).toInstant());
  }

  private List<AuditEntry> after(AuditHead from) {
    return db.inTransaction(em -> store(em).chain(from.lastSeq(), Long.MAX_VALUE, 1000));
  }

  private AuditEntry closeWard(Caller caller, String code) {
    return db.inTransaction(
        em ->
            trail(em, caller)
                .record(
                    "unit.close",
                    "units/" + code,
                    new WardView(code, "Phường Vĩnh Thanh Vân", null),
                    new WardView(code, "Phường Vĩnh Thanh Vân", LocalDate.of(2025, 7, 1))));
  }

  @Test
  void entriesChainAcrossSeveralWrites() {
    AuditHead start = head();

    AuditEntry first = closeWard(REPORTER, run + "-1");
    AuditEntry second = closeWard(OFFICER, run + "-2");
    AuditEntry third =
        db.inTransaction(
            em ->
                trail(em, OFFICER)
                    .record(
                        "participant.create",
                        "plans/rach-gia/participants/" + run,
                        null,
                        new WardView(run, "Nguyễn Thị Hồng", null)));

    List<AuditEntry> stored = after(start);
    assertThat(stored).containsExactly(first, second, third);
    assertThat(stored)
        .extracting(AuditEntry::seq)
        .containsExactly(start.lastSeq() + 1, start.lastSeq() + 2, start.lastSeq() + 3);
    assertThat(first.previousHash()).isEqualTo(start.lastHash());
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(third.previousHash()).isEqualTo(second.hash());
    assertThat(head()).isEqualTo(new AuditHead(third.seq(), third.hash()));
    assertThat(verify(500).intact()).isTrue();
  }

  @Test
  void anEntryKeepsWhoWhatAndTheStatesAsJson() {
    AuditEntry e = closeWard(REPORTER, run + "-json");

    AuditEntry stored = after(new AuditHead(e.seq() - 1, e.previousHash())).get(0);
    assertThat(stored.actor()).isEqualTo("lan.nguyen");
    assertThat(stored.actorRole()).isEqualTo("reporter");
    assertThat(stored.actorUnit()).isEqualTo("30730");
    assertThat(stored.action()).isEqualTo("unit.close");
    assertThat(stored.target()).isEqualTo("units/" + run + "-json");
    assertThat(stored.beforeState())
        .contains("\"name\":\"Phường Vĩnh Thanh Vân\"")
        .doesNotContain("closedOn");
    assertThat(stored.afterState()).contains("\"closedOn\":\"2025-07-01\"");
    assertThat(stored.recordedAt()).isEqualTo(e.recordedAt());
    assertThat(AuditChain.hashOf(stored)).isEqualTo(stored.hash());
  }

  @Test
  void aWriteThatFailsLeavesNoEntry() {
    AuditHead start = head();
    String target = "units/" + run + "-failed";

    assertThatThrownBy(
            () ->
                db.run(
                    em -> {
                      trail(em, OFFICER)
                          .record("unit.open", target, null, new WardView(run, "Phường X", null));
                      // then the write itself fails: a unit closed before it opened
                      em.createNativeQuery(
                              "INSERT INTO org_unit (code, unit_level, opened_on, closed_on,"
                                  + " row_version) VALUES ('"
                                  + run
                                  + "', 'COMMUNE', DATE '2025-01-01',"
                                  + " DATE '2024-01-01', 1)")
                          .executeUpdate();
                    }))
        .isInstanceOf(PersistenceException.class);

    assertThat(head()).isEqualTo(start);
    assertThat(list(listing(null, null, target, null, null)).total()).isZero();
    AuditEntry next = closeWard(OFFICER, run + "-after-failure");
    assertThat(next.seq()).isEqualTo(start.lastSeq() + 1);
    assertThat(next.previousHash()).isEqualTo(start.lastHash());
    assertThat(verify(500).intact()).isTrue();
  }

  @Test
  void concurrentWritersAppendOneAfterAnother() throws Exception {
    AuditHead start = head();
    int writers = 4;
    int each = 10;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        String who = "writer-" + w;
        Callable<Void> job =
            () -> {
              for (int i = 0; i < each; i++) {
                closeWard(new Caller(who, EnumSet.of(Role.OFFICER), null), run + who + "-" + i);
              }
              return null;
            };
        done.add(pool.submit(job));
      }
      for (Future<Void> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    List<AuditEntry> stored = after(start);
    assertThat(stored).hasSize(writers * each);
    for (int i = 0; i < stored.size(); i++) {
      assertThat(stored.get(i).seq()).isEqualTo(start.lastSeq() + 1 + i);
    }
    assertThat(head().lastSeq()).isEqualTo(start.lastSeq() + writers * each);
    assertThat(verify(7).intact()).isTrue();
  }

  @Test
  void anEntryChangedThroughSqlIsNamedAndRestoringItHealsTheChain() throws SQLException {
    closeWard(OFFICER, run + "-t1");
    AuditEntry victim = closeWard(OFFICER, run + "-t2");
    closeWard(OFFICER, run + "-t3");
    assertThat(verify(500).intact()).isTrue();

    update(victim.seq(), victim.afterState().replace("2025-07-01", "2026-01-01"));
    try {
      AuditVerification v = verify(500);
      assertThat(v.intact()).isFalse();
      assertThat(v.firstBroken().seq()).isEqualTo(victim.seq());
      assertThat(v.firstBroken().kind()).isEqualTo(Kind.CONTENT_CHANGED);
      assertThat(v.checked()).isEqualTo(victim.seq());
      assertThat(verify(2).firstBroken()).isEqualTo(v.firstBroken());
    } finally {
      update(victim.seq(), victim.afterState());
    }
    assertThat(verify(500).intact()).isTrue();
  }

  @Test
  void entriesDeletedThroughSqlAreFound() throws SQLException {
    AuditEntry middle = closeWard(OFFICER, run + "-d1");
    AuditEntry last = closeWard(OFFICER, run + "-d2");

    Object[] middleRow = delete(middle.seq());
    try {
      ChainBreak gap = verify(500).firstBroken();
      assertThat(gap.seq()).isEqualTo(last.seq());
      assertThat(gap.kind()).isEqualTo(Kind.SEQUENCE_GAP);
    } finally {
      insert(middleRow);
    }
    Object[] lastRow = delete(last.seq());
    try {
      ChainBreak cut = verify(500).firstBroken();
      assertThat(cut.seq()).isEqualTo(last.seq());
      assertThat(cut.kind()).isEqualTo(Kind.HEAD_MISMATCH);
    } finally {
      insert(lastRow);
    }
    assertThat(verify(500).intact()).isTrue();
  }

  @Test
  void aVerificationReadsInPagesWithTheSameOutcome() {
    closeWard(REPORTER, run + "-p1");
    closeWard(REPORTER, run + "-p2");
    long all = head().lastSeq();

    for (int pageSize : new int[] {1, 2, 3, 500}) {
      AuditVerification v = verify(pageSize);
      assertThat(v.intact()).as("page size %d", pageSize).isTrue();
      assertThat(v.checked()).as("page size %d", pageSize).isEqualTo(all);
    }
  }

  @Test
  void theLogListsNewestFirstAndFilters() {
    Clock morning = Clock.fixed(Instant.parse("2025-07-01T01:30:00.123456Z"), ZoneOffset.UTC);
    String a = "units/" + run + "A";
    db.run(
        em -> {
          AuditTrail t = trail(em, OFFICER, morning);
          t.record("unit.open", a, null, new WardView(run, "Phường A", null));
          t.record("unit.move", a + "/placements", null, null);
          t.record("unit.open", a + "B", null, new WardView(run, "Phường AB", null));
          trail(em, REPORTER, morning).record("unit.close", a, null, null);
        });

    Page<AuditEntry> underA = list(listing(null, null, a, null, null));
    assertThat(underA.total()).isEqualTo(3);
    assertThat(underA.items())
        .extracting(AuditEntry::action)
        .containsExactly("unit.close", "unit.move", "unit.open");
    assertThat(list(listing("unit.open", "hoa.tran", a, null, null)).items())
        .extracting(AuditEntry::target)
        .containsExactly(a);
    assertThat(list(listing(null, "lan.nguyen", a + "/", "2025-07-01", "2025-07-01")).total())
        .isEqualTo(1);
    assertThat(list(listing(null, null, a, "2025-07-02", null)).total()).isZero();
    assertThat(list(listing(null, null, a, null, "2025-06-30")).total()).isZero();
    assertThat(
            list(listing(
                    null,
                    null,
                    a,
                    "2025-07-01T08:30:00.123+07:00",
                    "2025-07-01T08:30:00.124+07:00"))
                .total())
        .isEqualTo(3);
    Page<AuditEntry> second = list(listing(null, null, a, null, null, new PageRequest(1, 2)));
    assertThat(second.items()).extracting(AuditEntry::action).containsExactly("unit.open");
    assertThat(second.total()).isEqualTo(3);
  }

  @Test
  void aBadListingReportsEveryProblemAtOnce() {
    // what the edge could not read (a page, a moment) is answered with the span's own problem
    Unread unread =
        new Unread(
            List.of(
                new Problem("from", LocalizedText.of("sai from", "bad from")),
                new Problem("size", LocalizedText.of("sai size", "bad size")),
                new Problem("page", LocalizedText.of("sai page", "bad page"))));
    assertThatThrownBy(() -> list(listing(null, null, null, null, "2025-07-01", null), unread))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("page", "size", "from"));
    assertThatThrownBy(
            () -> list(listing(null, null, null, "2025-07-02", "2025-07-01", null), unread))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("page", "size", "from", "to"));
    assertThatThrownBy(() -> list(listing(null, null, null, "2025-07-02", "2025-07-01")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("to"));
  }

  private void update(long seq, String afterState) throws SQLException {
    try (Connection c = db.dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("UPDATE audit_entry SET after_state = ? WHERE seq = ?")) {
      s.setString(1, afterState);
      s.setLong(2, seq);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  private static final String COLUMNS =
      "seq, recorded_at, actor, actor_role, actor_unit,"
          + " action, target, before_state, after_state, previous_hash, hash";

  /** Deletes an entry behind the application's back; answers its row, to put it back. */
  private Object[] delete(long seq) throws SQLException {
    Object[] row = new Object[11];
    try (Connection c = db.dataSource.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry WHERE seq = ?")) {
        s.setLong(1, seq);
        try (ResultSet r = s.executeQuery()) {
          assertThat(r.next()).isTrue();
          for (int i = 0; i < row.length; i++) {
            row[i] = r.getObject(i + 1);
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement("DELETE FROM audit_entry WHERE seq = ?")) {
        s.setLong(1, seq);
        assertThat(s.executeUpdate()).isEqualTo(1);
      }
    }
    return row;
  }

  private void insert(Object[] row) throws SQLException {
    try (Connection c = db.dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO audit_entry ("
                    + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < row.length; i++) {
        s.setObject(i + 1, row[i]);
      }
      s.executeUpdate();
    }
  }
}
