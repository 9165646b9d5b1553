package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log end to end: writes through the API each leave an entry with who made them and the
 * state before and after; the chain verifies intact; an UPDATE through JDBC, behind the server's
 * back, is found and the entry it changed is named; the original value put back heals the chain
 * (the database is shared with the other ITs and outlives the run).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditLogIT {

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private Api api() {
    return new Api(deployment);
  }

  private JsonObject verification(String language) {
    Api.Reply r = api().get("api/audit/verification", language);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object();
  }

  private List<JsonObject> entries(String query) {
    Api.Reply r = api().get("api/audit?" + query, null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  @Test
  void everyWriteIsRecordedWithWhoWhatAndTheStatesBeforeAndAfter() {
    FreshCity w = FreshCity.create(deployment);
    String id = w.participant("a1", "COLLECTIVE", "Công ty TNHH Kiểm Toán", "ENTERPRISES", w.wardA);
    w.report("G2", w.wardA, 2023, 50, 100);
    Api.Reply corrected =
        api()
            .post(
                "api/plans/" + w.plan + "/measurements",
                "{\"indicatorCode\":\"G2\",\"unitCode\":\""
                    + w.wardA
                    + "\",\"year\":2023,"
                    + "\"numerator\":61,\"denominator\":100}",
                null);
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    w.evidence(id, "ANNUAL-2023", "{\"registeredOn\":\"2023-01-20\"}");

    List<JsonObject> ofPlan = entries("target=plans/" + w.plan + "&size=20");
    assertThat(ofPlan)
        .extracting(e -> e.getString("action"))
        .containsExactly(
            "evidence.put",
            "measurement.report",
            "measurement.report",
            "participant.create",
            "plan.import");
    assertThat(ofPlan)
        .allSatisfy(
            e -> {
              assertThat(e.getString("actor")).isEqualTo("admin");
              assertThat(e.getString("actorRole")).isEqualTo("admin");
              assertThat(e.getString("hash")).matches("[0-9a-f]{64}");
            });
    JsonObject correction = ofPlan.get(1);
    assertThat(correction.getString("target"))
        .isEqualTo("plans/" + w.plan + "/measurements/G2/" + w.wardA + "/2023");
    assertThat(correction.getJsonObject("before").getInt("numerator")).isEqualTo(50);
    assertThat(correction.getJsonObject("after").getInt("numerator")).isEqualTo(61);
    assertThat(ofPlan.get(2).containsKey("before")).isFalse();
    assertThat(ofPlan.get(0).getJsonObject("after").toString()).contains("2023-01-20");
    // each entry follows the one before it in the chain
    for (int i = 0; i + 1 < ofPlan.size(); i++) {
      assertThat(ofPlan.get(i).getJsonNumber("seq").longValue())
          .isGreaterThan(ofPlan.get(i + 1).getJsonNumber("seq").longValue());
    }
    List<JsonObject> opened = entries("action=unit.open&target=units/" + w.wardA);
    assertThat(opened).hasSize(1);
    assertThat(opened.get(0).getJsonObject("after").getString("name")).startsWith("Phường Một");
    assertThat(verification(null).getBoolean("intact")).isTrue();
  }

  @Test
  void anUpdateThroughJdbcIsFoundAndTheEntryItChangedIsNamed() throws SQLException {
    FreshCity w = FreshCity.create(deployment);
    w.report("G2", w.wardB, 2023, 20, 100);
    JsonObject before = verification("en");
    assertThat(before.getBoolean("intact")).as(before.toString()).isTrue();
    assertThat(before.get("firstBroken")).isEqualTo(JsonValue.NULL);
    long victim =
        entries("action=unit.open&target=units/" + w.wardA).get(0).getJsonNumber("seq").longValue();
    assertThat(before.getJsonNumber("checked").longValue()).isGreaterThanOrEqualTo(victim);

    try (Connection c = SampleDatabase.connect()) {
      String original = afterState(c, victim);
      setAfterState(c, victim, original.replace("Phường Một", "Phường Giả"));
      try {
        JsonObject broken = verification("en");
        assertThat(broken.getBoolean("intact")).isFalse();
        JsonObject first = broken.getJsonObject("firstBroken");
        assertThat(first.getJsonNumber("seq").longValue()).isEqualTo(victim);
        assertThat(first.getString("kind")).isEqualTo("CONTENT_CHANGED");
        assertThat(first.getString("reason")).startsWith("Entry " + victim + " was changed");
        assertThat(broken.getJsonNumber("checked").longValue()).isEqualTo(victim);
        assertThat(verification(null).getJsonObject("firstBroken").getString("reason"))
            .startsWith("Nội dung mục " + victim + " đã bị sửa");
      } finally {
        setAfterState(c, victim, original);
      }
    }
    assertThat(verification("en").getBoolean("intact")).isTrue();
  }

  @Test
  void onlyAdministratorsReadTheLog() {
    assertThat(api().as("officer").get("api/audit", null).status()).isEqualTo(403);
    assertThat(api().as("reporter.vinhlac").get("api/audit/verification", null).status())
        .isEqualTo(403);
    assertThat(api().anonymous().get("api/audit/verification", null).status()).isEqualTo(401);
  }

  private static String afterState(Connection c, long seq) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT after_state FROM audit_entry WHERE seq = ?")) {
      s.setLong(1, seq);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).as("entry %d", seq).isTrue();
        return r.getString(1);
      }
    }
  }

  private static void setAfterState(Connection c, long seq, String value) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("UPDATE audit_entry SET after_state = ? WHERE seq = ?")) {
      s.setString(1, value);
      s.setLong(2, seq);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }
}
