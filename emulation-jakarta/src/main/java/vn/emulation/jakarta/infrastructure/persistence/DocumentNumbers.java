package vn.emulation.jakarta.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The SQL that allocates a document's number from V17's {@code document_number}, one way per
 * database (ADR 0059). Both raise the counter row of the plan, kind and year, creating it at 1 for
 * the year's first, in the caller's transaction: the row's lock is held until that transaction
 * ends, so a concurrent allocator waits for it and then reads the raised number, and a rollback
 * gives the number back.
 *
 * <p>On PostgreSQL one {@code INSERT … ON CONFLICT DO UPDATE … RETURNING}: a second transaction
 * inserting the same key waits for the first, even for a row the first has only just inserted, then
 * updates the row as committed. Elsewhere (H2) a SQL standard {@code MERGE} and a read of the row
 * under the lock the merge took. H2 makes a second {@code MERGE} of the same row wait for the
 * first's end too, but where the row is the year's first, inserted by a transaction still open, the
 * second had found no row: once the first has committed, its insert is refused (23505). That
 * statement alone fails, the transaction goes on, and the {@code MERGE} tried again finds the row
 * committed and raises it; had the first rolled back, the second's insert would have gone through.
 */
final class DocumentNumbers {

  /** SQLSTATE of a unique constraint violation, the same on PostgreSQL and H2. */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final String UPSERT =
      "INSERT INTO document_number (plan_code, kind, number_year, last_number)"
          + " VALUES (?, ?, ?, 1) ON CONFLICT (plan_code, kind, number_year)"
          + " DO UPDATE SET last_number = document_number.last_number + 1 RETURNING last_number";

  private static final String MERGE =
      "MERGE INTO document_number d USING (VALUES (CAST(? AS VARCHAR(100)),"
          + " CAST(? AS VARCHAR(20)), CAST(? AS INT))) AS n (plan_code, kind, number_year)"
          + " ON d.plan_code = n.plan_code AND d.kind = n.kind AND d.number_year = n.number_year"
          + " WHEN MATCHED THEN UPDATE SET last_number = d.last_number + 1"
          + " WHEN NOT MATCHED THEN INSERT (plan_code, kind, number_year, last_number)"
          + " VALUES (n.plan_code, n.kind, n.number_year, 1)";

  private static final String READ =
      "SELECT last_number FROM document_number"
          + " WHERE plan_code = ? AND kind = ? AND number_year = ?";

  private DocumentNumbers() {}

  static boolean postgresql(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
  }

  /** PostgreSQL: the counter raised or created, and its value, in one statement. */
  static int nextPostgresql(Connection c, String planCode, String kind, int year)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(UPSERT)) {
      key(s, planCode, kind, year);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  /** Elsewhere (H2): the counter merged, then read back under the lock the merge took. */
  static int nextStandard(Connection c, String planCode, String kind, int year)
      throws SQLException {
    merge(c, planCode, kind, year);
    try (PreparedStatement s = c.prepareStatement(READ)) {
      key(s, planCode, kind, year);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  private static void merge(Connection c, String planCode, String kind, int year)
      throws SQLException {
    try {
      mergeOnce(c, planCode, kind, year);
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw e;
      }
      // the year's first row, inserted and committed by another transaction while this one waited
      mergeOnce(c, planCode, kind, year);
    }
  }

  private static void mergeOnce(Connection c, String planCode, String kind, int year)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(MERGE)) {
      key(s, planCode, kind, year);
      s.executeUpdate();
    }
  }

  private static void key(PreparedStatement s, String planCode, String kind, int year)
      throws SQLException {
    s.setString(1, planCode);
    s.setString(2, kind);
    s.setInt(3, year);
  }
}
