package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import vn.emulation.jakarta.application.procedure.IssuedDocument;
import vn.emulation.jakarta.application.procedure.IssuedDocumentRepository;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * The documents issued in V14's {@code issued_document}, plain JDBC on JPA's datasource, enlisted
 * in the caller's transaction. Append-only: inserted, never updated or deleted; the primary key
 * (plan, case, name) refuses a second issue of the same document. Their numbers are V17's counters
 * in {@code document_number}, raised under the row's lock ({@link DocumentNumbers}, ADR 0059).
 */
@ApplicationScoped
public class JdbcIssuedDocumentRepository implements IssuedDocumentRepository {

  @Inject EmulationSettings settings;

  private DataSource dataSource;
  private Boolean postgresql;

  protected JdbcIssuedDocumentRepository() {}

  /** A repository on a given datasource: for tests outside a container. */
  JdbcIssuedDocumentRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void add(IssuedDocument d) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO issued_document (plan_code, case_id, document_name, kind, number,"
                    + " issued_on, file_name, sha256, content, head_seq, head_hash, issued_at,"
                    + " issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, d.planCode());
      s.setString(2, d.caseId());
      s.setString(3, d.name());
      s.setString(4, d.kind());
      s.setString(5, d.number());
      s.setObject(6, d.issuedOn());
      s.setString(7, d.fileName());
      s.setString(8, d.sha256());
      s.setBytes(9, d.content());
      if (d.headSeq() == null) {
        s.setNull(10, Types.BIGINT);
      } else {
        s.setLong(10, d.headSeq());
      }
      s.setString(11, d.headHash());
      s.setObject(12, OffsetDateTime.ofInstant(d.issuedAt(), ZoneOffset.UTC));
      s.setString(13, d.issuedBy());
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the document " + d + " was not stored", e);
    }
  }

  @Override
  public Optional<IssuedDocument> find(String planCode, String caseId, String name) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT plan_code, case_id, document_name, kind, number, issued_on, file_name,"
                    + " content, sha256, head_seq, head_hash, issued_at, issued_by"
                    + " FROM issued_document WHERE plan_code = ? AND case_id = ?"
                    + " AND document_name = ?")) {
      s.setString(1, planCode);
      s.setString(2, caseId);
      s.setString(3, name);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        long seq = r.getLong(10);
        Long headSeq = r.wasNull() ? null : seq;
        return Optional.of(
            new IssuedDocument(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getObject(6, LocalDate.class),
                r.getString(7),
                r.getBytes(8),
                r.getString(9),
                headSeq,
                r.getString(11),
                r.getObject(12, OffsetDateTime.class).toInstant(),
                r.getString(13)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the issued documents could not be read", e);
    }
  }

  @Override
  public int nextNumber(String planCode, String kind, int year) {
    // the connection is the caller's transaction's: the counter's lock is held until it ends
    try (Connection c = dataSource().getConnection()) {
      if (postgresql == null) {
        postgresql = DocumentNumbers.postgresql(c);
      }
      return postgresql
          ? DocumentNumbers.nextPostgresql(c, planCode, kind, year)
          : DocumentNumbers.nextStandard(c, planCode, kind, year);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "no number of " + kind + " could be allocated in " + year + " for plan " + planCode, e);
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
