package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import vn.emulation.jakarta.application.procedure.EvidenceContents;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * The dossiers' file bytes in V15's {@code evidence_content}, plain JDBC on JPA's datasource,
 * enlisted in the caller's transaction. Content-addressed: a SHA-256 already kept is not written
 * again (the bytes are the same by the hash), so keeping is idempotent.
 */
@ApplicationScoped
public class JdbcEvidenceContents implements EvidenceContents {

  @Inject EmulationSettings settings;
  @Inject Clock clock;

  private DataSource dataSource;

  protected JdbcEvidenceContents() {}

  /** Contents on a given datasource: for tests outside a container. */
  JdbcEvidenceContents(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  @Override
  public void keep(String sha256, String mediaType, long size, InputStream bytes) {
    try (Connection c = dataSource().getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement("SELECT 1 FROM evidence_content WHERE sha256 = ?")) {
        s.setString(1, sha256);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            return;
          }
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO evidence_content (sha256, media_type, size_bytes, content, stored_at)"
                  + " VALUES (?, ?, ?, ?, ?)")) {
        s.setString(1, sha256);
        s.setString(2, mediaType);
        s.setLong(3, size);
        s.setBinaryStream(4, bytes, size);
        s.setObject(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        s.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the file " + sha256 + " was not stored", e);
    }
  }

  @Override
  public Optional<byte[]> read(String sha256) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT content FROM evidence_content WHERE sha256 = ?")) {
      s.setString(1, sha256);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getBytes(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the file " + sha256 + " could not be read", e);
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
