package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Participant history end to end on a fresh city of its own: two wards merged into a third on 1
 * July 2025, the bodies of one predecessor and of the successor, an official. A file with a bad row
 * is refused with the row and column and stores nothing; fixed, it is stored once however often
 * sent; the records read back with their diacritics; a reporter may not import; the successor's
 * history shows the predecessor's award, saying where it came from.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParticipantHistoryIT {

  private static final String HEADER =
      "participant,record,year,value,type,name,decision,date,revoked";

  private static FreshCity world;
  private static String predecessor;
  private static String successor;
  private static String official;

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private FreshCity world() {
    if (world == null) {
      FreshCity w = FreshCity.create(deployment);
      predecessor =
          w.participant(
              "ubnd-a", "COLLECTIVE", "UBND phường Vĩnh Thanh", "WARD_COMMITTEES", w.wardA);
      official =
          w.participant("can-bo", "INDIVIDUAL", "Nguyễn Thị Hồng Nhung", "OFFICIALS", w.wardA);
      String c = w.city + "-c";
      Api.Reply merged =
          w.api()
              .post(
                  "api/units/merge",
                  Json.createObjectBuilder()
                      .add("sources", Json.createArrayBuilder().add(w.wardA).add(w.wardB))
                      .add(
                          "successor",
                          Json.createObjectBuilder()
                              .add("code", c)
                              .add("name", "Phường Rạch Giá " + w.run)
                              .add("level", "COMMUNE")
                              .add("parentCode", w.city))
                      .add("date", "2025-07-01")
                      .build()
                      .toString(),
                  "en");
      assertThat(merged.status()).as(merged.body()).isEqualTo(201);
      successor =
          w.participant("ubnd-c", "COLLECTIVE", "UBND phường Rạch Giá", "WARD_COMMITTEES", c);
      world = w;
    }
    return world;
  }

  private String uploads() {
    return "api/plans/" + world().plan + "/participants/history/uploads";
  }

  private JsonObject history(String id) {
    Api.Reply r =
        world().api().get("api/plans/" + world().plan + "/participants/" + id + "/history", "vi");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object();
  }

  private static byte[] csv(String... rows) {
    return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private Api.Reply post(byte[] file, String token) {
    return new ReportFiles(deployment)
        .post(
            uploads() + "?filename=lich-su.csv",
            file,
            Map.of(
                "Content-Type", "text/csv",
                "Accept-Language", "en",
                "Authorization", "Bearer " + token));
  }

  private String token(String user) {
    return world().api().tokenOf(user);
  }

  @Test
  void aBadRowIsNamedAndNothingStoredThenTheFixedFileOnceWithItsDiacritics() {
    world();
    String award = predecessor + ",award,,BK_TINH,MERIT,,45/QĐ-UBND,12/03/2024,";
    String initiative = official + ",initiative,,GRASSROOTS,,Số hóa hồ sơ một cửa,,20/05/2023,";

    Api.Reply bad =
        post(csv(award, official + ",rating,20x3,GOOD,,,,,", initiative), token("officer"));

    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(
            bad.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList())
        .containsExactly("rows[3].year");
    assertThat(history(official).getJsonArray("initiatives")).isEmpty();
    assertThat(history(predecessor).getJsonArray("awards")).isEmpty();

    byte[] fixed = csv(award, official + ",rating,2023,GOOD,,,,,", initiative);
    Api.Reply first = post(fixed, token("officer"));
    Api.Reply again = post(fixed, token("admin"));

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.object().getInt("rowCount")).isEqualTo(3);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.object().getString("id")).isEqualTo(first.object().getString("id"));
    assertThat(again.object().getBoolean("alreadyStored")).isTrue();
    JsonObject mine = history(official);
    assertThat(mine.getString("name")).isEqualTo("Nguyễn Thị Hồng Nhung");
    assertThat(mine.getJsonArray("initiatives").getJsonObject(0).getString("name"))
        .isEqualTo("Số hóa hồ sơ một cửa");
    assertThat(mine.getJsonArray("ratings")).hasSize(1);
    Api.Reply stored = world().api().get(uploads() + "/" + first.object().getString("id"), null);
    assertThat(stored.status()).as(stored.body()).isEqualTo(200);
    assertThat(stored.object().getString("sha256")).isEqualTo(first.object().getString("sha256"));

    // the successor's body answers for the predecessor's award, and says whose it was
    List<JsonObject> awards =
        history(successor).getJsonArray("awards").getValuesAs(JsonObject.class);
    assertThat(awards).hasSize(1);
    assertThat(awards.get(0).getString("decisionNumber")).isEqualTo("45/QĐ-UBND");
    JsonObject source = awards.get(0).getJsonObject("source");
    assertThat(source.getString("participantId")).isEqualTo(predecessor);
    assertThat(source.getString("unitCode")).isEqualTo(world().wardA);
    assertThat(source.getBoolean("own")).isFalse();
  }

  @Test
  void aReporterMayNotImport() {
    world();
    Api.Reply r = post(csv(official + ",rating,2021,GOOD,,,,,"), token("reporter.vinhlac"));

    assertThat(r.status()).as(r.body()).isEqualTo(403);
    assertThat(history(official).getJsonArray("ratings").getValuesAs(JsonObject.class))
        .noneMatch(x -> x.getInt("year") == 2021);
  }

  @Test
  void theTemplateHasTheColumnsAndABilingualHeader() {
    FreshCity w = world();
    var r = w.bytes("api/plans/" + w.plan + "/participants/history/template.csv", "vi");
    String text = new String(r.body(), StandardCharsets.UTF_8);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(text).contains(HEADER).contains("# mã đối tượng / participant identifier");
  }
}
