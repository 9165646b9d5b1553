package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.emulation.jakarta.application.procedure.IssuedDocument;

/**
 * V14's {@code issued_document} through {@link JdbcIssuedDocumentRepository} against a real
 * database: the bytes read back as stored (every byte value), the Vietnamese number and file name
 * round-trip, a second issue of the same document refused; V17's numbers (ADR 0059): consecutive by
 * plan, kind and year, restarting each year, a number rolled back given again, two transactions
 * allocating at once given two numbers, one after the other. H2 and PostgreSQL subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IssuedDocumentStoreContract {

  private TestDatabase db;
  private JdbcIssuedDocumentRepository issued;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  void open() {
    db = TestDatabase.open(kind());
    issued = new JdbcIssuedDocumentRepository(db.dataSource);
  }

  @AfterAll
  void close() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private static IssuedDocument document(String name, String kind, LocalDate day, Long seq) {
    byte[] content = new byte[300_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) i;
    }
    return new IssuedDocument(
        "rach-gia",
        "S-1",
        name,
        kind,
        "15/QĐ-UBND",
        day,
        "Quyết định 15-QĐ-UBND.pdf",
        content,
        "ab".repeat(32),
        seq,
        seq == null ? null : "cd".repeat(32),
        Instant.parse("2026-03-05T02:00:00.123Z"),
        "chairman");
  }

  @Test
  void aDocumentReadsBackByteForByteAndIsIssuedOnce() {
    IssuedDocument decision =
        document("decision/GIAY_KHEN", "DECISION", LocalDate.of(2026, 3, 5), 41L);
    IssuedDocument submission =
        document("submission", "SUBMISSION", LocalDate.of(2026, 3, 4), null);
    issued.add(decision);
    issued.add(submission);

    IssuedDocument read = issued.find("rach-gia", "S-1", "decision/GIAY_KHEN").orElseThrow();
    assertThat(read).isEqualTo(decision);
    assertThat(read.content()).hasSize(300_000);
    assertThat(read.fileName()).isEqualTo("Quyết định 15-QĐ-UBND.pdf");
    assertThat(read.headSeq()).isEqualTo(41L);
    assertThat(read.issuedAt()).isEqualTo(decision.issuedAt());
    assertThat(issued.find("rach-gia", "S-1", "submission").orElseThrow().headSeq()).isNull();
    assertThat(issued.find("rach-gia", "S-2", "submission")).isEmpty();
    assertThatThrownBy(() -> issued.add(decision)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void numbersFollowEachOtherByPlanKindAndYearAndRestartInANewYear() {
    assertThat(issued.nextNumber("p-year", "SUBMISSION", 2026)).isEqualTo(1);
    assertThat(issued.nextNumber("p-year", "SUBMISSION", 2026)).isEqualTo(2);
    assertThat(issued.nextNumber("p-year", "SUBMISSION", 2026)).isEqualTo(3);
    assertThat(issued.nextNumber("p-year", "DECISION", 2026)).isEqualTo(1);
    assertThat(issued.nextNumber("p-year-other", "SUBMISSION", 2026)).isEqualTo(1);
    assertThat(issued.nextNumber("p-year", "SUBMISSION", 2027)).isEqualTo(1);
    assertThat(issued.nextNumber("p-year", "SUBMISSION", 2026)).isEqualTo(4);
    assertThat(issued.nextNumber("p-year", "SUBMISSION", 2027)).isEqualTo(2);
  }

  @Test
  void aNumberRolledBackIsGivenAgain() throws SQLException {
    try (HeldTransaction t = new HeldTransaction(db.dataSource)) {
      // the year's first number, its counter row created and then rolled back
      assertThat(numbers(t).nextNumber("p-back", "SUBMISSION", 2026)).isEqualTo(1);
      t.rollback();
    }
    try (HeldTransaction t = new HeldTransaction(db.dataSource)) {
      assertThat(numbers(t).nextNumber("p-back", "SUBMISSION", 2026)).isEqualTo(1);
      t.commit();
    }
    try (HeldTransaction t = new HeldTransaction(db.dataSource)) {
      // a later number, its counter row raised and then rolled back
      assertThat(numbers(t).nextNumber("p-back", "SUBMISSION", 2026)).isEqualTo(2);
      t.rollback();
    }
    assertThat(issued.nextNumber("p-back", "SUBMISSION", 2026)).isEqualTo(2);
  }

  @Test
  void twoTransactionsAllocatingAtOnceGetTheNextTwoNumbers() throws Exception {
    assertThat(issued.nextNumber("p-race", "SUBMISSION", 2026)).isEqualTo(1);
    assertThat(race("p-race", true)).containsExactly(2, 3);
    assertThat(issued.nextNumber("p-race", "SUBMISSION", 2026)).isEqualTo(4);
  }

  @Test
  void aNumberRolledBackWhileAnotherWaitsIsTheWaitersNumber() throws Exception {
    assertThat(issued.nextNumber("p-race-back", "SUBMISSION", 2026)).isEqualTo(1);
    assertThat(race("p-race-back", false)).containsExactly(2, 2);
    assertThat(issued.nextNumber("p-race-back", "SUBMISSION", 2026)).isEqualTo(3);
  }

  @Test
  void theYearsFirstNumberAllocatedTwiceAtOnceIsOneThenTwo() throws Exception {
    assertThat(race("p-race-first", true)).containsExactly(1, 2);
    assertThat(issued.nextNumber("p-race-first", "SUBMISSION", 2026)).isEqualTo(3);
  }

  /**
   * The first transaction allocates a number and holds its transaction open until the second has
   * started allocating and the database shows it waiting for the first's lock (H2: or executing its
   * {@code MERGE}, for H2 names no blocker of an insert waiting on a row another transaction
   * inserted), then commits or rolls back; the second commits. Answers the first's number and the
   * second's. A second that waits for nothing ends before the first does, with what it took.
   */
  private List<Integer> race(String plan, boolean firstCommits) throws Exception {
    try (HeldTransaction first = new HeldTransaction(db.dataSource)) {
      int firstNumber = numbers(first).nextNumber(plan, "SUBMISSION", 2026);
      CountDownLatch started = new CountDownLatch(1);
      CompletableFuture<Integer> second = new CompletableFuture<>();
      Thread allocator =
          new Thread(
              () -> {
                try (HeldTransaction t = new HeldTransaction(db.dataSource)) {
                  started.countDown();
                  int n = numbers(t).nextNumber(plan, "SUBMISSION", 2026);
                  t.commit();
                  second.complete(n);
                } catch (Throwable e) {
                  second.completeExceptionally(e);
                }
              },
              "second-allocator");
      allocator.start();
      started.await();
      while (!second.isDone() && waitingForALock() == 0) {
        Thread.sleep(5);
      }
      if (firstCommits) {
        first.commit();
      } else {
        first.rollback();
      }
      allocator.join();
      return List.of(firstNumber, second.get());
    }
  }

  private JdbcIssuedDocumentRepository numbers(HeldTransaction t) {
    return new JdbcIssuedDocumentRepository(t.dataSource);
  }

  /** The sessions of this database waiting for a lock another holds, or allocating (H2). */
  private int waitingForALock() throws SQLException {
    return single(
        kind() == TestDatabase.Kind.POSTGRESQL
            ? "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND wait_event_type = 'Lock'"
            : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL"
                + " OR EXECUTING_STATEMENT LIKE 'MERGE INTO document_number%'");
  }

  private int single(String query) throws SQLException {
    try (Connection c = db.dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(query)) {
      r.next();
      return r.getInt(1);
    }
  }
}
