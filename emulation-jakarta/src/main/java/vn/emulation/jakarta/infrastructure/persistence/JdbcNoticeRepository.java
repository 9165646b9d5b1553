package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import vn.emulation.core.procedure.notice.Audience;
import vn.emulation.core.procedure.notice.Notice;
import vn.emulation.core.procedure.notice.NoticeKind;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.notice.NoticeRepository;
import vn.emulation.jakarta.application.notice.StoredNotice;
import vn.emulation.jakarta.application.notice.Subscriber;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * The notices, who read them, and the users' settings in V13's tables ({@code notice}, {@code
 * notice_read}, {@code notice_subscriber}), plain JDBC on JPA's datasource, enlisted in the
 * caller's transaction. A notice is inserted once by its key ({@code INSERT … WHERE NOT EXISTS};
 * the unique key refuses a second server's copy in a race).
 */
@ApplicationScoped
public class JdbcNoticeRepository implements NoticeRepository {

  private static final String COLUMNS =
      "n.id, n.notice_key, n.kind, n.audience, n.unit_code, n.case_kind, n.case_id, n.plan_code,"
          + " n.reason, n.due_on, n.created_at";

  /**
   * The notices a reader reaches: Home Affairs' (when they work there) and their unit's staff's.
   */
  private static final String REACHING =
      " FROM notice n WHERE ((n.audience = 'HOME_AFFAIRS' AND ?) OR (n.audience = 'UNIT_STAFF'"
          + " AND n.unit_code = ?))";

  private static final String READ_BY =
      " EXISTS (SELECT 1 FROM notice_read r WHERE r.notice_id = n.id AND r.user_name = ?)";

  @Inject EmulationSettings settings;

  private DataSource dataSource;

  protected JdbcNoticeRepository() {}

  /** A repository on a given datasource: for tests outside a container. */
  JdbcNoticeRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public boolean addIfAbsent(StoredNotice s) {
    Notice n = s.notice();
    try (Connection c = dataSource().getConnection();
        PreparedStatement p =
            c.prepareStatement(
                "INSERT INTO notice (id, notice_key, kind, audience, unit_code, case_kind, case_id,"
                    + " plan_code, reason, due_on, created_at) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ? FROM audit_head WHERE NOT EXISTS (SELECT 1 FROM notice WHERE"
                    + " notice_key = ?)")) {
      p.setString(1, s.id());
      p.setString(2, s.key());
      p.setString(3, n.kind().name());
      p.setString(4, n.audience().kind().name());
      p.setString(5, n.unitCode());
      p.setString(6, n.caseKind());
      p.setString(7, n.caseId());
      p.setString(8, n.planCode());
      p.setString(9, n.reason());
      if (n.dueOn() == null) {
        p.setNull(10, Types.DATE); // typed: PostgreSQL reads an untyped null in a SELECT as text
      } else {
        p.setObject(10, n.dueOn());
      }
      p.setObject(11, OffsetDateTime.ofInstant(s.createdAt(), ZoneOffset.UTC));
      p.setString(12, s.key());
      return p.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("the notice " + s.key() + " was not stored", e);
    }
  }

  @Override
  public Page<StoredNotice.Read> reaching(
      boolean homeAffairs, String staffUnit, String user, boolean unreadOnly, PageRequest page) {
    String filter = REACHING + (unreadOnly ? " AND NOT" + READ_BY : "");
    try (Connection c = dataSource().getConnection()) {
      long total;
      try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*)" + filter)) {
        bind(p, homeAffairs, staffUnit, unreadOnly ? user : null);
        try (ResultSet r = p.executeQuery()) {
          r.next();
          total = r.getLong(1);
        }
      }
      List<StoredNotice.Read> items = new ArrayList<>();
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT "
                  + COLUMNS
                  + ", CASE WHEN"
                  + READ_BY
                  + " THEN 1 ELSE 0 END"
                  + filter
                  + " ORDER BY n.created_at DESC, n.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
        int i = 1;
        p.setString(i++, user);
        p.setBoolean(i++, homeAffairs);
        p.setString(i++, staffUnit == null ? "" : staffUnit);
        if (unreadOnly) {
          p.setString(i++, user);
        }
        p.setLong(i++, (long) page.page() * page.size());
        p.setInt(i, page.size());
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            items.add(new StoredNotice.Read(notice(r), r.getInt(12) == 1));
          }
        }
      }
      return new Page<>(items, page.page(), page.size(), total);
    } catch (SQLException e) {
      throw new IllegalStateException("the notices could not be read", e);
    }
  }

  @Override
  public long unread(boolean homeAffairs, String staffUnit, String user) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement p =
            c.prepareStatement("SELECT COUNT(*)" + REACHING + " AND NOT" + READ_BY)) {
      bind(p, homeAffairs, staffUnit, user);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the unread notices could not be counted", e);
    }
  }

  private static void bind(PreparedStatement p, boolean homeAffairs, String unit, String user)
      throws SQLException {
    p.setBoolean(1, homeAffairs);
    p.setString(2, unit == null ? "" : unit);
    if (user != null) {
      p.setString(3, user);
    }
  }

  @Override
  public Optional<StoredNotice> find(String id) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement p =
            c.prepareStatement("SELECT " + COLUMNS + " FROM notice n WHERE n.id = ?")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(notice(r)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the notice " + id + " could not be read", e);
    }
  }

  @Override
  public void markRead(String id, String user, Instant at) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement p =
            c.prepareStatement(
                "INSERT INTO notice_read (notice_id, user_name, read_at) SELECT ?, ?, ? FROM"
                    + " audit_head WHERE NOT EXISTS (SELECT 1 FROM notice_read WHERE notice_id = ?"
                    + " AND user_name = ?)")) {
      p.setString(1, id);
      p.setString(2, user);
      p.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      p.setString(4, id);
      p.setString(5, user);
      p.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the notice " + id + " was not marked read", e);
    }
  }

  @Override
  public Optional<Subscriber> subscriber(String user) {
    List<Subscriber> found = subscribers(" WHERE user_name = ?", user);
    return found.stream().findFirst();
  }

  @Override
  public List<Subscriber> mailed() {
    return subscribers(" WHERE email IS NOT NULL ORDER BY user_name", null);
  }

  @Override
  public void saveSubscriber(Subscriber s) {
    try (Connection c = dataSource().getConnection()) {
      try (PreparedStatement d =
          c.prepareStatement("DELETE FROM notice_subscriber WHERE user_name = ?")) {
        d.setString(1, s.user());
        d.executeUpdate();
      }
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO notice_subscriber (user_name, language, email, unit_code, roles,"
                  + " updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
        p.setString(1, s.user());
        p.setString(2, s.language().getLanguage());
        p.setString(3, s.email());
        p.setString(4, s.unitCode());
        p.setString(
            5, s.roles().stream().map(Role::claim).sorted().collect(Collectors.joining(" ")));
        p.setObject(6, OffsetDateTime.ofInstant(s.at(), ZoneOffset.UTC));
        p.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the notice settings of " + s.user() + " were not saved", e);
    }
  }

  private List<Subscriber> subscribers(String where, String user) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement p =
            c.prepareStatement(
                "SELECT user_name, language, email, unit_code, roles, updated_at FROM"
                    + " notice_subscriber"
                    + where)) {
      if (user != null) {
        p.setString(1, user);
      }
      List<Subscriber> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          Set<Role> roles = EnumSet.noneOf(Role.class);
          Arrays.stream(r.getString(5).split(" "))
              .map(Role::ofClaim)
              .flatMap(Optional::stream)
              .forEach(roles::add);
          out.add(
              new Subscriber(
                  r.getString(1),
                  Locale.forLanguageTag(r.getString(2)),
                  r.getString(3),
                  r.getString(4),
                  roles,
                  r.getObject(6, OffsetDateTime.class).toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("the notice settings could not be read", e);
    }
  }

  private static StoredNotice notice(ResultSet r) throws SQLException {
    Audience.Kind audience = Audience.Kind.valueOf(r.getString(4));
    String unit = r.getString(5);
    Notice n =
        new Notice(
            NoticeKind.valueOf(r.getString(3)),
            new Audience(audience, audience == Audience.Kind.UNIT_STAFF ? unit : null),
            r.getString(6),
            r.getString(7),
            r.getString(8),
            unit,
            r.getString(9),
            r.getObject(10, LocalDate.class));
    return new StoredNotice(
        r.getString(1), n, r.getString(2), r.getObject(11, OffsetDateTime.class).toInstant());
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
