package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import vn.emulation.core.history.AwardRecord;
import vn.emulation.core.history.Initiative;
import vn.emulation.core.history.ParticipantHistory;
import vn.emulation.core.history.TitleRecord;
import vn.emulation.core.history.YearRating;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.InitiativeLevel;
import vn.emulation.core.law.TaskRating;
import vn.emulation.jakarta.application.participant.history.HistoryImport;
import vn.emulation.jakarta.application.participant.history.HistoryRepository;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * The participants' histories in the tables of V7, with plain JDBC on the datasource JPA uses (by
 * JNDI name): called inside a JTA transaction, the connection is enlisted there, so an import is
 * stored with its audit entry, or not at all.
 */
@ApplicationScoped
public class JdbcHistoryRepository implements HistoryRepository {

  /** SQLSTATE of a unique constraint violation, the same on PostgreSQL and H2. */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final String IMPORT_COLUMNS =
      "id, plan_code, sha256, filename, media_type, row_count, imported_at, imported_by";

  @Inject EmulationSettings settings;

  private DataSource dataSource;

  protected JdbcHistoryRepository() {}

  /** A repository on a given datasource: for tests outside a container. */
  JdbcHistoryRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Optional<HistoryImport> importBySha256(String planCode, String sha256) {
    return oneImport(
        "SELECT " + IMPORT_COLUMNS + " FROM history_import WHERE plan_code = ? AND sha256 = ?",
        planCode,
        sha256);
  }

  @Override
  public Optional<HistoryImport> findImport(String planCode, String id) {
    return oneImport(
        "SELECT " + IMPORT_COLUMNS + " FROM history_import WHERE plan_code = ? AND id = ?",
        planCode,
        id);
  }

  @Override
  public void store(HistoryImport history, List<ParticipantHistory> records) {
    try (Connection c = dataSource().getConnection()) {
      insertImport(c, history);
      insertRatings(c, history, records);
      insertRecords(c, history, records);
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw new StoredMeanwhile(history, e);
      }
      throw new IllegalStateException(
          "storing history import " + history.id() + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public List<ParticipantHistory> histories(String planCode, Collection<String> participantIds) {
    Set<String> wanted = new HashSet<>(participantIds);
    Map<String, Parts> byParticipant = new LinkedHashMap<>();
    try (Connection c = dataSource().getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT participant_id, rating_year, rating FROM participant_rating"
                  + " WHERE plan_code = ? ORDER BY participant_id, rating_year")) {
        s.setString(1, planCode);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            if (wanted.contains(r.getString(1))) {
              parts(byParticipant, r.getString(1))
                  .ratings
                  .add(new YearRating(r.getInt(2), TaskRating.valueOf(r.getString(3))));
            }
          }
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT r.participant_id, r.kind, r.record_year, r.code, r.award_type, r.name,"
                  + " r.decision_number, r.on_date, r.revoked_on"
                  + " FROM participant_record r JOIN history_import i ON i.id = r.import_id"
                  + " WHERE r.plan_code = ? ORDER BY i.imported_at, r.import_id, r.seq")) {
        s.setString(1, planCode);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            if (wanted.contains(r.getString(1))) {
              record(parts(byParticipant, r.getString(1)), r);
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "reading the histories of plan " + planCode + " failed: " + e.getMessage(), e);
    }
    return byParticipant.entrySet().stream().map(e -> e.getValue().history(e.getKey())).toList();
  }

  @Override
  public int markRevoked(String planCode, ParticipantHistory revoked) {
    int marked = 0;
    try (Connection c = dataSource().getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE participant_record SET revoked_on = ? WHERE plan_code = ?"
                  + " AND participant_id = ? AND kind = 'AWARD' AND code = ?"
                  + " AND decision_number = ? AND revoked_on IS NULL")) {
        for (AwardRecord a : revoked.awards()) {
          if (a.revokedOn() != null) {
            s.setDate(1, Date.valueOf(a.revokedOn()));
            s.setString(2, planCode);
            s.setString(3, revoked.participantId());
            s.setString(4, a.form());
            s.setString(5, a.decisionNumber());
            marked += s.executeUpdate();
          }
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE participant_record SET revoked_on = ? WHERE plan_code = ?"
                  + " AND participant_id = ? AND kind = 'TITLE' AND record_year = ? AND code = ?"
                  + " AND decision_number = ? AND revoked_on IS NULL")) {
        for (TitleRecord t : revoked.titles()) {
          if (t.revokedOn() != null && t.decisionNumber() != null) {
            s.setDate(1, Date.valueOf(t.revokedOn()));
            s.setString(2, planCode);
            s.setString(3, revoked.participantId());
            s.setInt(4, t.year());
            s.setString(5, t.title());
            s.setString(6, t.decisionNumber());
            marked += s.executeUpdate();
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "marking the records of "
              + revoked.participantId()
              + " revoked failed: "
              + e.getMessage(),
          e);
    }
    return marked;
  }

  private static void record(Parts parts, ResultSet r) throws SQLException {
    String kind = r.getString(2);
    LocalDate on = day(r.getDate(8));
    LocalDate revoked = day(r.getDate(9));
    switch (kind) {
      case "TITLE" ->
          parts.titles.add(new TitleRecord(r.getInt(3), r.getString(4), r.getString(7), revoked));
      case "INITIATIVE" ->
          parts.initiatives.add(
              new Initiative(r.getString(6), InitiativeLevel.valueOf(r.getString(4)), on));
      case "AWARD" ->
          parts.awards.add(
              new AwardRecord(
                  r.getString(4),
                  AwardType.valueOf(r.getString(5)),
                  r.getString(7),
                  on,
                  revoked,
                  yearOrNull(r)));
      default -> throw new IllegalStateException("a history record of kind " + kind);
    }
  }

  /** The award's year of work (column 3, record_year), {@code null} when the record says none. */
  private static Integer yearOrNull(ResultSet r) throws SQLException {
    int year = r.getInt(3);
    return r.wasNull() ? null : year;
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toLocalDate();
  }

  private static Parts parts(Map<String, Parts> all, String id) {
    return all.computeIfAbsent(id, k -> new Parts());
  }

  /** A history read row by row. */
  private static final class Parts {
    final List<YearRating> ratings = new ArrayList<>();
    final List<TitleRecord> titles = new ArrayList<>();
    final List<Initiative> initiatives = new ArrayList<>();
    final List<AwardRecord> awards = new ArrayList<>();

    ParticipantHistory history(String id) {
      return new ParticipantHistory(id, ratings, titles, initiatives, awards, List.of());
    }
  }

  private Optional<HistoryImport> oneImport(String sql, String planCode, String key) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, planCode);
      s.setString(2, key);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new HistoryImport(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getInt(6),
                r.getObject(7, OffsetDateTime.class),
                r.getString(8)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading history imports failed: " + e.getMessage(), e);
    }
  }

  private static void insertImport(Connection c, HistoryImport h) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO history_import ("
                + IMPORT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, h.id());
      s.setString(2, h.planCode());
      s.setString(3, h.sha256());
      s.setString(4, h.filename());
      s.setString(5, h.mediaType());
      s.setInt(6, h.rowCount());
      s.setObject(7, h.importedAt());
      s.setString(8, h.importedBy());
      s.executeUpdate();
    }
  }

  private static void insertRatings(Connection c, HistoryImport h, List<ParticipantHistory> records)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO participant_rating"
                + " (plan_code, participant_id, rating_year, rating, import_id)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (ParticipantHistory p : records) {
        for (YearRating r : p.ratings()) {
          s.setString(1, h.planCode());
          s.setString(2, p.participantId());
          s.setInt(3, r.year());
          s.setString(4, r.rating().name());
          s.setString(5, h.id());
          s.addBatch();
        }
      }
      s.executeBatch();
    }
  }

  private static void insertRecords(Connection c, HistoryImport h, List<ParticipantHistory> records)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO participant_record (import_id, seq, plan_code, participant_id, kind,"
                + " record_year, code, award_type, name, decision_number, on_date, revoked_on)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int seq = 0;
      for (ParticipantHistory p : records) {
        for (TitleRecord t : p.titles()) {
          add(
              s,
              h,
              ++seq,
              p,
              "TITLE",
              t.year(),
              t.title(),
              null,
              null,
              t.decisionNumber(),
              null,
              t.revokedOn());
        }
        for (Initiative i : p.initiatives()) {
          add(
              s,
              h,
              ++seq,
              p,
              "INITIATIVE",
              null,
              i.level().name(),
              null,
              i.name(),
              null,
              i.recognisedOn(),
              null);
        }
        for (AwardRecord a : p.awards()) {
          add(
              s,
              h,
              ++seq,
              p,
              "AWARD",
              a.achievementYear(),
              a.form(),
              a.type().name(),
              null,
              a.decisionNumber(),
              a.decidedOn(),
              a.revokedOn());
        }
      }
      s.executeBatch();
    }
  }

  @SuppressWarnings("checkstyle:ParameterNumber")
  private static void add(
      PreparedStatement s,
      HistoryImport h,
      int seq,
      ParticipantHistory p,
      String kind,
      Integer year,
      String code,
      String type,
      String name,
      String decision,
      LocalDate on,
      LocalDate revoked)
      throws SQLException {
    s.setString(1, h.id());
    s.setInt(2, seq);
    s.setString(3, h.planCode());
    s.setString(4, p.participantId());
    s.setString(5, kind);
    if (year == null) {
      s.setNull(6, Types.INTEGER);
    } else {
      s.setInt(6, year);
    }
    s.setString(7, code);
    s.setString(8, type);
    s.setString(9, name);
    s.setString(10, decision);
    s.setObject(11, on == null ? null : Date.valueOf(on), Types.DATE);
    s.setObject(12, revoked == null ? null : Date.valueOf(revoked), Types.DATE);
    s.addBatch();
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
