package vn.emulation.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's keys, unique constraints, foreign keys and indexes set aside while it is loaded and put
 * back afterwards, exactly as the migrations made them: their definitions are read from the
 * catalogue ({@code pg_get_constraintdef}, {@code pg_get_indexdef}), not written here. Building an
 * index once over sorted rows is far cheaper than ten million random insertions into it (a random
 * UUID key). A key that another table's foreign key refers to stays. Check constraints stay: they
 * are checked row by row as COPY goes.
 */
final class Deferred {

  private record Definition(String name, String sql) {}

  private final String table;
  private final List<Definition> constraints = new ArrayList<>();
  private final List<String> indexes = new ArrayList<>();

  private Deferred(String table) {
    this.table = table;
  }

  /** Drops what can be rebuilt; the caller's transaction holds the table meanwhile. */
  static Deferred drop(Connection c, String table) throws SQLException {
    Deferred d = new Deferred(table);
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT conname, pg_get_constraintdef(oid), contype FROM pg_constraint"
                + " WHERE conrelid = ?::regclass AND contype IN ('p', 'u', 'f')"
                + " AND NOT (contype IN ('p', 'u') AND EXISTS (SELECT 1 FROM pg_constraint r"
                + " WHERE r.contype = 'f' AND r.confrelid = pg_constraint.conrelid))"
                // keys and unique constraints first on the way back: foreign keys last
                + " ORDER BY contype = 'f', conname")) {
      s.setString(1, table);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          d.constraints.add(new Definition(r.getString(1), r.getString(2)));
        }
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i"
                + " ON i.oid = x.indexrelid WHERE x.indrelid = ?::regclass AND NOT EXISTS"
                + " (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)"
                + " ORDER BY i.relname")) {
      s.setString(1, table);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          d.indexes.add(r.getString(2));
          execute(c, "DROP INDEX " + r.getString(1));
        }
      }
    }
    for (int i = d.constraints.size() - 1; i >= 0; i--) {
      execute(c, "ALTER TABLE " + table + " DROP CONSTRAINT " + d.constraints.get(i).name());
    }
    return d;
  }

  /** Puts everything back: indexes built, foreign keys checked over the rows now present. */
  void restore(Connection c) throws SQLException {
    for (Definition k : constraints) {
      execute(c, "ALTER TABLE " + table + " ADD CONSTRAINT " + k.name() + " " + k.sql());
    }
    for (String index : indexes) {
      execute(c, index);
    }
  }

  int count() {
    return constraints.size() + indexes.size();
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
