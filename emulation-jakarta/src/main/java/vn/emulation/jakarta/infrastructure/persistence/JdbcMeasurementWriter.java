package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import vn.emulation.core.target.Measurement;
import vn.emulation.jakarta.application.measurement.MeasurementWriter;
import vn.emulation.jakarta.application.measurement.UploadRecord;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * Stores a bulk upload — its record and up to millions of measurements — with plain JDBC in large
 * statements, because writing entity by entity through JPA is far too slow for a city's yearly
 * reports. A measurement whose key (plan, indicator, unit, year, breakdown) is already stored is a
 * correction and replaces the stored value, keeping its row.
 *
 * <p>It takes its connection from the same datasource as JPA (by JNDI name): called inside a JTA
 * transaction, the container enlists it there, so the upload is stored with everything else the
 * transaction does, or not at all.
 */
@ApplicationScoped
public class JdbcMeasurementWriter implements MeasurementWriter {

  /** SQLSTATE of a unique constraint violation, the same on PostgreSQL and H2. */
  private static final String UNIQUE_VIOLATION = "23505";

  @Inject EmulationSettings settings;

  private DataSource dataSource;

  protected JdbcMeasurementWriter() {}

  /** A writer on a given datasource: for tests outside a container. */
  JdbcMeasurementWriter(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Stores the upload's record, then its measurements, each replacing any stored value for its key.
   * The measurements must have distinct keys (an upload file's keys are).
   *
   * @throws StoredMeanwhile when an upload of the same file for the plan, or a value for one of the
   *     keys, was stored by another transaction meanwhile
   */
  @Override
  public void store(UploadRecord upload, List<Measurement> measurements) {
    try (Connection c = dataSource().getConnection()) {
      insertUpload(c, upload);
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgres")) {
        MeasurementBatches.writePostgresql(c, upload, measurements);
      } else {
        MeasurementBatches.mergeStandard(c, upload, measurements);
      }
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw new MeasurementWriter.StoredMeanwhile(upload, e);
      }
      throw new IllegalStateException(
          "storing upload "
              + upload.id()
              + " of plan "
              + upload.planCode()
              + " failed: "
              + e.getMessage(),
          e);
    }
  }

  private static void insertUpload(Connection c, UploadRecord u) throws SQLException {
    // a unique violation here is the same file stored meanwhile (uq_measurement_upload)
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO measurement_upload"
                + " (id, plan_code, sha256, filename, media_type, row_count, uploaded_at,"
                + " uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, u.id());
      s.setString(2, u.planCode());
      s.setString(3, u.sha256());
      s.setString(4, u.filename());
      s.setString(5, u.mediaType());
      s.setInt(6, u.rowCount());
      s.setObject(7, u.uploadedAt());
      s.setString(8, u.uploadedBy());
      s.executeUpdate();
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
