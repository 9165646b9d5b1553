package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.emulation.jakarta.application.procedure.IssuedDocument;

/**
 * V14's {@code issued_document} through {@link JdbcIssuedDocumentRepository} against a real
 * database: the bytes read back as stored (every byte value), the Vietnamese number and file name
 * round-trip, a second issue of the same document refused, the year's count by kind. H2 and
 * PostgreSQL subclasses.
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
    assertThat(
            issued.count(
                "rach-gia", "SUBMISSION", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .isEqualTo(1);
    assertThat(
            issued.count(
                "rach-gia", "SUBMISSION", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
        .isZero();
  }
}
