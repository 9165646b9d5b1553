package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import vn.emulation.core.law.Office;
import vn.emulation.core.law.Recipient;
import vn.emulation.core.procedure.received.DossierFile;
import vn.emulation.core.procedure.received.DossierNominee;
import vn.emulation.core.procedure.received.ReceivedNomination;
import vn.emulation.core.procedure.received.ReceivedState;
import vn.emulation.jakarta.application.procedure.ReceivedNominationRepository;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * The received nominations in V15's {@code received_nomination}, plain JDBC on JPA's datasource,
 * enlisted in the caller's transaction; the nominee, the files and where it comes from are the
 * row's JSON body. Append-only.
 */
@ApplicationScoped
public class JdbcReceivedNominationRepository implements ReceivedNominationRepository {

  private static final String SELECT =
      "SELECT id, plan_code, source_plan, source_submission, source_nomination, state,"
          + " received_by, received_at, body FROM received_nomination";

  @Inject EmulationSettings settings;

  private DataSource dataSource;

  protected JdbcReceivedNominationRepository() {}

  /** A repository on a given datasource: for tests outside a container. */
  JdbcReceivedNominationRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public List<ReceivedNomination> list(String planCode) {
    return select(SELECT + " WHERE plan_code = ? ORDER BY received_at, id", planCode, null);
  }

  @Override
  public Optional<ReceivedNomination> find(String planCode, String id) {
    return select(SELECT + " WHERE plan_code = ? AND id = ?", planCode, id).stream().findFirst();
  }

  @Override
  public Set<ReceivedNomination.Source> sources(String planCode) {
    Set<ReceivedNomination.Source> out = new HashSet<>();
    list(planCode).forEach(r -> out.add(r.source()));
    return out;
  }

  @Override
  public void add(ReceivedNomination r) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO received_nomination (id, plan_code, source_plan, source_submission,"
                    + " source_nomination, state, received_by, received_at, body)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, r.id());
      s.setString(2, r.planCode());
      s.setString(3, r.source().planCode());
      s.setString(4, r.source().submissionId());
      s.setString(5, r.source().nominationId());
      s.setString(6, r.state().name());
      s.setString(7, r.receivedBy());
      s.setObject(8, OffsetDateTime.ofInstant(r.receivedAt(), ZoneOffset.UTC));
      s.setString(9, body(r));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the received nomination " + r.id() + " was not stored", e);
    }
  }

  static String body(ReceivedNomination r) {
    DossierNominee n = r.nominee();
    JsonArrayBuilder paths = Json.createArrayBuilder();
    n.files().forEach(paths::add);
    JsonArrayBuilder files = Json.createArrayBuilder();
    for (DossierFile f : r.files()) {
      files.add(
          Json.createObjectBuilder()
              .add("path", f.path())
              .add("mediaType", f.mediaType())
              .add("size", f.size())
              .add("sha256", f.sha256()));
    }
    return Json.createObjectBuilder()
        .add("proposingBody", r.proposingBody())
        .add("from", r.from().name())
        .add("to", r.to().name())
        .add("proposedOn", r.proposedOn().toString())
        .add("dossierSha256", r.dossierSha256())
        .add(
            "nominee",
            Json.createObjectBuilder()
                .add("nominationId", n.nominationId())
                .add("participantId", n.participantId())
                .add("name", n.name())
                .add("kind", n.kind().name())
                .add("unitCode", n.unitCode())
                .add("unitName", n.unitName())
                .add("form", n.form())
                .add("year", n.year())
                .add("verdict", n.verdict())
                .add("verdictRun", n.verdictRun())
                .add("appraisal", n.appraisal())
                .add("files", paths))
        .add("files", files)
        .build()
        .toString();
  }

  private static ReceivedNomination row(ResultSet r) throws SQLException {
    JsonObject b;
    try (JsonReader reader = Json.createReader(new StringReader(r.getString(9)))) {
      b = reader.readObject();
    }
    JsonObject n = b.getJsonObject("nominee");
    DossierNominee nominee =
        new DossierNominee(
            n.getString("nominationId"),
            n.getString("participantId"),
            n.getString("name"),
            Recipient.valueOf(n.getString("kind")),
            n.getString("unitCode"),
            n.getString("unitName"),
            n.getString("form"),
            n.getInt("year"),
            n.getString("verdict"),
            n.getString("verdictRun"),
            n.getString("appraisal"),
            n.getJsonArray("files").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList());
    List<DossierFile> files = new ArrayList<>();
    for (JsonObject f : b.getJsonArray("files").getValuesAs(JsonObject.class)) {
      files.add(
          new DossierFile(
              f.getString("path"),
              f.getString("mediaType"),
              f.getJsonNumber("size").longValueExact(),
              f.getString("sha256")));
    }
    return new ReceivedNomination(
        r.getString(1),
        r.getString(2),
        new ReceivedNomination.Source(r.getString(3), r.getString(4), r.getString(5)),
        b.getString("proposingBody"),
        Office.valueOf(b.getString("from")),
        Office.valueOf(b.getString("to")),
        LocalDate.parse(b.getString("proposedOn")),
        nominee,
        files,
        b.getString("dossierSha256"),
        ReceivedState.valueOf(r.getString(6)),
        r.getString(7),
        r.getObject(8, OffsetDateTime.class).toInstant());
  }

  private List<ReceivedNomination> select(String sql, String planCode, String id) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, planCode);
      if (id != null) {
        s.setString(2, id);
      }
      List<ReceivedNomination> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(row(r));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("the received nominations could not be read", e);
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
