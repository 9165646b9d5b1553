package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import vn.emulation.jakarta.application.audit.AnchorRepository;
import vn.emulation.jakarta.application.audit.AuditAnchor;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * The audit log's anchors in V13's {@code audit_anchor}, plain JDBC on JPA's datasource, enlisted
 * in the caller's transaction. Append-only: inserted, never updated or deleted.
 */
@ApplicationScoped
public class JdbcAnchorRepository implements AnchorRepository {

  private static final String SELECT =
      "SELECT anchor_number, anchored_on, head_seq, head_hash, anchored_at, taken_by, scheduled"
          + " FROM audit_anchor";

  @Inject EmulationSettings settings;

  private DataSource dataSource;

  protected JdbcAnchorRepository() {}

  /** A repository on a given datasource: for tests outside a container. */
  JdbcAnchorRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public List<AuditAnchor> all() {
    return select(SELECT + " ORDER BY anchor_number", null);
  }

  @Override
  public Optional<AuditAnchor> last() {
    List<AuditAnchor> found =
        select(
            SELECT + " WHERE anchor_number = (SELECT MAX(anchor_number) FROM audit_anchor)", null);
    return found.stream().findFirst();
  }

  @Override
  public boolean scheduledOn(LocalDate day) {
    return !select(SELECT + " WHERE anchored_on = ? AND scheduled = TRUE", day).isEmpty();
  }

  @Override
  public void add(AuditAnchor a) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO audit_anchor (anchor_number, anchored_on, head_seq, head_hash,"
                    + " anchored_at, taken_by, scheduled) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, a.number());
      s.setObject(2, a.day());
      s.setLong(3, a.seq());
      s.setString(4, a.hash());
      s.setObject(5, OffsetDateTime.ofInstant(a.at(), ZoneOffset.UTC));
      s.setString(6, a.takenBy());
      s.setBoolean(7, a.scheduled());
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the audit anchor " + a.number() + " was not stored", e);
    }
  }

  private List<AuditAnchor> select(String sql, LocalDate day) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      if (day != null) {
        s.setObject(1, day);
      }
      List<AuditAnchor> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(
              new AuditAnchor(
                  r.getLong(1),
                  r.getObject(2, LocalDate.class),
                  r.getLong(3),
                  r.getString(4),
                  r.getObject(5, OffsetDateTime.class).toInstant(),
                  r.getString(6),
                  r.getBoolean(7)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("the audit anchors could not be read", e);
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
