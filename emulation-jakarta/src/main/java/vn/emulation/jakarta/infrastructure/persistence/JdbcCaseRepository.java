package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import vn.emulation.jakarta.application.procedure.ChangedMeanwhileException;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * Procedure cases in the tables of V10, with plain JDBC on the datasource JPA uses, enlisted in the
 * caller's JTA transaction (so a transition is stored with its audit entry, or not at all). The
 * version condition is the {@code UPDATE}'s own {@code WHERE}: of two commands that read the same
 * version, the second waits on the first's row lock and then matches no row.
 */
@ApplicationScoped
public class JdbcCaseRepository implements CaseRepository {

  /**
   * The SQLSTATEs of a lost race: a unique violation (the same on PostgreSQL and H2: a transition
   * number taken meanwhile), H2's "concurrent update" of a row another transaction changed and
   * committed while this one waited for it, and PostgreSQL's serialization failure.
   */
  private static final java.util.Set<String> LOST_RACE =
      java.util.Set.of("23505", "90131", "40001");

  private static final String COLUMNS =
      "id, kind, plan_code, unit_code, state, version, opened_by, opened_at, body";

  /**
   * A case's row and its transitions in one statement, so that both are read from one snapshot: a
   * command committing between two separate reads would otherwise give a row of one version and the
   * transitions of the next, a log no command made.
   */
  private static final String READ =
      "SELECT c.id, c.kind, c.plan_code, c.unit_code, c.state, c.version, c.opened_by,"
          + " c.opened_at, c.body, t.seq, t.command, t.from_state, t.to_state, t.actor,"
          + " t.acted_at, t.reason FROM procedure_case c"
          + " LEFT JOIN procedure_transition t ON t.case_id = c.id";

  @Inject EmulationSettings settings;

  private DataSource dataSource;

  protected JdbcCaseRepository() {}

  /** A repository on a given datasource: for tests outside a container. */
  JdbcCaseRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Optional<StoredCase> find(String kind, String id) {
    List<StoredCase> found =
        select(READ + " WHERE c.kind = ? AND c.id = ? ORDER BY t.seq", kind, id);
    return found.stream().findFirst();
  }

  @Override
  public List<StoredCase> list(String kind, String planCode, CaseFilter filter) {
    StringBuilder sql = new StringBuilder(READ + " WHERE c.kind = ? AND c.plan_code = ?");
    List<String> args = new ArrayList<>(List.of(kind, planCode));
    if (filter.state() != null) {
      sql.append(" AND c.state = ?");
      args.add(filter.state());
    }
    if (filter.unitCodes() != null) {
      if (filter.unitCodes().isEmpty()) {
        return List.of();
      }
      sql.append(" AND c.unit_code IN (")
          .append(String.join(", ", java.util.Collections.nCopies(filter.unitCodes().size(), "?")))
          .append(')');
      args.addAll(filter.unitCodes());
    }
    sql.append(" ORDER BY c.unit_code, c.opened_at, c.id, t.seq");
    return select(sql.toString(), args.toArray(String[]::new));
  }

  @Override
  public void insert(StoredCase opened) {
    try (Connection c = dataSource().getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO procedure_case (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        s.setString(1, opened.id());
        s.setString(2, opened.kind());
        s.setString(3, opened.planCode());
        s.setString(4, opened.unitCode());
        s.setString(5, opened.state());
        s.setLong(6, opened.version());
        s.setString(7, opened.openedBy());
        s.setObject(8, OffsetDateTime.ofInstant(opened.openedAt(), ZoneOffset.UTC));
        s.setString(9, opened.body());
        s.executeUpdate();
      }
      appendTransitions(c, opened, 0);
    } catch (SQLException e) {
      throw failure("storing case " + opened.id(), e, opened, 0);
    }
  }

  @Override
  public void update(StoredCase changed, long readVersion) {
    try (Connection c = dataSource().getConnection()) {
      int rows;
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE procedure_case SET state = ?, version = ?, body = ?"
                  + " WHERE id = ? AND kind = ? AND version = ?")) {
        s.setString(1, changed.state());
        s.setLong(2, changed.version());
        s.setString(3, changed.body());
        s.setString(4, changed.id());
        s.setString(5, changed.kind());
        s.setLong(6, readVersion);
        rows = s.executeUpdate();
      }
      if (rows == 0) {
        throw new ChangedMeanwhileException(changed.id(), readVersion);
      }
      appendTransitions(c, changed, storedTransitions(c, changed.id()));
    } catch (SQLException e) {
      throw failure("changing case " + changed.id(), e, changed, readVersion);
    }
  }

  private static RuntimeException failure(String what, SQLException e, StoredCase c, long read) {
    if (LOST_RACE.contains(e.getSQLState())) {
      return new ChangedMeanwhileException(c.id(), read);
    }
    return new IllegalStateException(what + " failed: " + e.getMessage(), e);
  }

  private static int storedTransitions(Connection c, String id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT COUNT(*) FROM procedure_transition WHERE case_id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  private static void appendTransitions(Connection c, StoredCase k, int stored)
      throws SQLException {
    if (k.transitions().size() <= stored) {
      return;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO procedure_transition (case_id, seq, command, from_state, to_state, actor,"
                + " acted_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (StoredTransition t : k.transitions().subList(stored, k.transitions().size())) {
        s.setString(1, k.id());
        s.setInt(2, t.seq());
        s.setString(3, t.command());
        s.setString(4, t.from());
        s.setString(5, t.to());
        s.setString(6, t.actor());
        s.setObject(7, OffsetDateTime.ofInstant(t.at(), ZoneOffset.UTC));
        s.setString(8, t.reason());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private List<StoredCase> select(String sql, String... args) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setString(i + 1, args[i]);
      }
      Map<String, StoredCase> cases = new LinkedHashMap<>();
      Map<String, List<StoredTransition>> transitions = new LinkedHashMap<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String id = r.getString(1);
          if (!cases.containsKey(id)) {
            cases.put(
                id,
                new StoredCase(
                    id,
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    r.getString(5),
                    r.getLong(6),
                    r.getString(7),
                    r.getObject(8, OffsetDateTime.class).toInstant(),
                    r.getString(9),
                    List.of()));
            transitions.put(id, new ArrayList<>());
          }
          int seq = r.getInt(10);
          if (!r.wasNull()) {
            transitions
                .get(id)
                .add(
                    new StoredTransition(
                        seq,
                        r.getString(11),
                        r.getString(12),
                        r.getString(13),
                        r.getString(14),
                        r.getObject(15, OffsetDateTime.class).toInstant(),
                        r.getString(16)));
          }
        }
      }
      List<StoredCase> result = new ArrayList<>(cases.size());
      for (StoredCase k : cases.values()) {
        result.add(
            new StoredCase(
                k.id(),
                k.kind(),
                k.planCode(),
                k.unitCode(),
                k.state(),
                k.version(),
                k.openedBy(),
                k.openedAt(),
                k.body(),
                transitions.get(k.id())));
      }
      return List.copyOf(result);
    } catch (SQLException e) {
      throw new IllegalStateException("reading procedure cases failed: " + e.getMessage(), e);
    }
  }

  private DataSource dataSource() {
    if (dataSource == null) {
      try {
        dataSource = (DataSource) new InitialContext().lookup(settings.datasourceJndi());
      } catch (NamingException e) {
        throw new IllegalStateException(
            "no datasource at " + settings.datasourceJndi() + ": " + e.getMessage(), e);
      }
    }
    return dataSource;
  }
}
