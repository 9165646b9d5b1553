package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.jakarta.infrastructure.persistence.MeasurementNaturalKeyMigrationTest.database;
import static vn.emulation.jakarta.infrastructure.persistence.MeasurementNaturalKeyMigrationTest.dropIfPostgresql;
import static vn.emulation.jakarta.infrastructure.persistence.MeasurementNaturalKeyMigrationTest.flyway;
import static vn.emulation.jakarta.infrastructure.persistence.MeasurementNaturalKeyMigrationTest.rows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V17 on a database that already holds issued documents (ADR 0059): each plan, kind and year gets a
 * counter at the number of its documents, so that the next tờ trình of a year takes the number
 * after those issued before the migration, and a year without documents starts at 1. On H2 and on
 * PostgreSQL (skipped where it is not running).
 */
class DocumentNumbersMigrationTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void numberingContinuesAfterTheDocumentsIssuedBefore(TestDatabase.Kind kind) throws SQLException {
    String name = "numbers_v17_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    DataSource db = database(kind, name);
    try {
      flyway(db, "16").migrate();
      try (Connection c = db.getConnection()) {
        issue(c, "rach-gia", "S-1", "submission", "SUBMISSION", "01/TTr-VHXH", "2025-12-30");
        issue(c, "rach-gia", "S-2", "submission", "SUBMISSION", "01/TTr-VHXH", "2026-01-05");
        issue(c, "rach-gia", "S-3", "submission", "SUBMISSION", "02/TTr-VHXH", "2026-03-04");
        issue(c, "rach-gia", "S-2", "decision/GIAY_KHEN", "DECISION", "15/QĐ-UBND", "2026-02-01");
        issue(c, "kien-giang", "S-1", "submission", "SUBMISSION", "01/TTr-SNV", "2026-03-04");
      }

      flyway(db, "latest").migrate();

      try (Connection c = db.getConnection()) {
        assertThat(
                rows(
                    c,
                    "SELECT plan_code, kind, number_year, last_number FROM document_number"
                        + " ORDER BY plan_code, kind, number_year"))
            .containsExactly(
                "kien-giang|SUBMISSION|2026|1",
                "rach-gia|DECISION|2026|1",
                "rach-gia|SUBMISSION|2025|1",
                "rach-gia|SUBMISSION|2026|2");
      }
      JdbcIssuedDocumentRepository issued = new JdbcIssuedDocumentRepository(db);
      assertThat(issued.nextNumber("rach-gia", "SUBMISSION", 2026)).isEqualTo(3);
      assertThat(issued.nextNumber("rach-gia", "SUBMISSION", 2025)).isEqualTo(2);
      assertThat(issued.nextNumber("kien-giang", "SUBMISSION", 2026)).isEqualTo(2);
      assertThat(issued.nextNumber("rach-gia", "SUBMISSION", 2027)).isEqualTo(1);
    } finally {
      dropIfPostgresql(kind, name);
    }
  }

  private static void issue(
      Connection c, String plan, String caseId, String name, String kind, String number, String day)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO issued_document (plan_code, case_id, document_name, kind, number,"
                + " file_name, sha256, content, issued_on, issued_at, issued_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, plan);
      s.setString(2, caseId);
      s.setString(3, name);
      s.setString(4, kind);
      s.setString(5, number);
      s.setString(6, number.replace('/', '-') + ".pdf");
      s.setString(7, "ab".repeat(32));
      s.setBytes(8, new byte[] {1, 2, 3});
      s.setObject(9, LocalDate.parse(day));
      s.setObject(10, OffsetDateTime.parse(day + "T08:00:00+07:00"));
      s.setString(11, "can-bo");
      s.executeUpdate();
    }
  }
}
