package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Progress as open data (seed III.6), CSV and JSON, public and read only. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenDataIT {

  private static final List<String> COLUMNS =
      List.of(
          "plan_code",
          "unit_code",
          "unit_name",
          "indicator_code",
          "milestone_year",
          "figures_year",
          "as_of",
          "comparator",
          "threshold",
          "value",
          "gap",
          "status",
          "coverage_reported",
          "coverage_expected",
          "coverage_missing");

  private static FreshCity world;

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  /** A fresh plan and city with the figures of {@link FreshCity#reportSampleFigures()}. */
  private FreshCity world() {
    if (world == null) {
      FreshCity w = FreshCity.create(deployment);
      w.reportSampleFigures();
      world = w;
    }
    return world;
  }

  /** The record of {@code unit} and {@code indicator}, as one comma-separated line. */
  private static String line(List<String[]> records, String unit, String indicator) {
    return records.stream()
        .filter(c -> c[1].equals(unit) && c[3].equals(indicator))
        .map(c -> String.join(",", c))
        .findFirst()
        .orElseThrow();
  }

  private static List<String[]> records(byte[] csv) {
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n");
    return Arrays.stream(text.split("\r\n")).map(line -> line.split(",", -1)).toList();
  }

  private static JsonObject json(byte[] body) {
    return Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))
        .readObject();
  }

  @Test
  void theCsvIsTheWholeCityAndItsWardsInUtf8WithAByteOrderMark() {
    FreshCity w = world();
    HttpResponse<byte[]> r =
        w.bytes("api/open-data/" + w.plan + "/progress.csv?milestone=2023", null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"" + w.plan + "-progress-" + w.city + "-2023-2023.csv\"");
    byte[] body = r.body();
    assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    List<String[]> records = records(body);
    assertThat(records.get(0)).containsExactlyElementsOf(COLUMNS);
    assertThat(records).hasSize(1 + 27 + 21 + 21); // a ward has no G4, G7, E1, E2, E3, E6 line
    String prefix = w.plan + ",";
    String year = ",2023,2023,2023-12-31,";
    assertThat(records.get(1))
        .containsExactly(
            w.plan,
            w.city,
            "Thành phố Thử " + w.run,
            "G1",
            "2023",
            "2023",
            "2023-12-31",
            "=",
            "100",
            "100.00",
            "0.00",
            "INCOMPLETE",
            "1",
            "2",
            w.wardB);
    assertThat(line(records, w.city, "G2"))
        .isEqualTo(
            prefix
                + w.city
                + ",Thành phố Thử "
                + w.run
                + ",G2"
                + year
                + "≥,60,83.64,23.64,MET,2,2,");
    assertThat(line(records, w.wardA, "G2"))
        .isEqualTo(
            prefix + w.wardA + ",Phường Một " + w.run + ",G2" + year + "≥,60,90.00,30.00,MET,1,1,");
    assertThat(line(records, w.wardB, "G8"))
        .isEqualTo(
            prefix
                + w.wardB
                + ",Phường Hai "
                + w.run
                + ",G8"
                + year
                + "≥,80,50.00,-30.00,NOT_MET,1,1,");
    assertThat(line(records, w.city, "E1")).endsWith(",E1" + year + "≥,20,25.50,5.50,MET,1,1,");
    assertThat(line(records, w.wardB, "S1"))
        .endsWith(",S1" + year + "≥,85,,,NO_DATA,0,1," + w.wardB);
    assertThat(records.subList(1, records.size()))
        .extracting(c -> c[1])
        .containsOnly(w.city, w.wardA, w.wardB)
        .startsWith(w.city)
        .endsWith(w.wardB);
  }

  @Test
  void theJsonHoldsTheSameRowsWithTheColumnsAsKeys() {
    FreshCity w = world();
    String path = "api/open-data/" + w.plan + "/progress";
    HttpResponse<byte[]> csv = w.bytes(path + ".csv?milestone=2023", null);
    HttpResponse<byte[]> json = w.bytes(path + ".json?milestone=2023", null);

    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/json");
    JsonObject doc = json(json.body());
    assertThat(doc.getString("format")).isEqualTo("emulation-progress/1");
    List<JsonObject> rows = doc.getJsonArray("rows").getValuesAs(JsonObject.class);
    List<String[]> records = records(csv.body());
    assertThat(rows).hasSize(records.size() - 1);
    assertThat(rows.get(0).keySet()).containsExactlyElementsOf(COLUMNS);
    assertThat(rows.get(0).getInt("milestone_year")).isEqualTo(2023);
    JsonObject g2 = rows.get(1);
    assertThat(g2.getString("indicator_code")).isEqualTo("G2");
    assertThat(g2.getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo("83.64");
    assertThat(g2.getJsonNumber("threshold").intValue()).isEqualTo(60);
    assertThat(g2.getString("comparator")).isEqualTo("≥");
    assertThat(g2.getInt("coverage_reported")).isEqualTo(2);
    assertThat(rows)
        .filteredOn(r -> r.getString("status").equals("NO_DATA"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.isNull("value")).isTrue());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).getString("unit_code")).isEqualTo(records.get(i + 1)[1]);
      assertThat(rows.get(i).getString("indicator_code")).isEqualTo(records.get(i + 1)[3]);
      assertThat(rows.get(i).getString("status")).isEqualTo(records.get(i + 1)[11]);
      assertThat(rows.get(i).getString("coverage_missing")).isEqualTo(records.get(i + 1)[14]);
    }
  }

  @Test
  void theDemoCityPublishesEveryWardAndTheSameQuestionGivesTheSameBytes() {
    FreshCity w = world();
    String path = "api/open-data/rach-gia-2022-2025/progress.csv?unit=899&milestone=2023";
    HttpResponse<byte[]> once = w.bytes(path, null);
    HttpResponse<byte[]> twice = w.bytes(path, "en");
    int wards =
        w.api()
            .get(
                "api/plans/rach-gia-2022-2025/progress/children?unit=899"
                    + "&milestone=2023&size=1",
                null)
            .object()
            .getInt("total");

    assertThat(once.statusCode()).isEqualTo(200);
    List<String[]> records = records(once.body());
    assertThat(records).hasSize(1 + 27 + 21 * wards);
    assertThat(records.subList(1, records.size()))
        .allSatisfy(
            c -> {
              assertThat(c[11]).isIn("MET", "NOT_MET", "INCOMPLETE", "NO_DATA");
              assertThat(Integer.parseInt(c[12])).isLessThanOrEqualTo(Integer.parseInt(c[13]));
              assertThat(c[9].isEmpty()).isEqualTo(c[11].equals("NO_DATA"));
              // a partial figure is never published as met, and names who has not reported
              assertThat(c[11].equals("MET") || c[11].equals("NOT_MET"))
                  .isEqualTo(c[12].equals(c[13]) && !c[9].isEmpty());
              assertThat(c[14].isEmpty()).isEqualTo(c[12].equals(c[13]));
            });
    assertThat(records.get(1)[2]).isEqualTo("Thành phố Rạch Giá");
    assertThat(twice.body()).isEqualTo(once.body());
  }

  @Test
  void badParametersAndUnknownPlansAreProblemsEvenForAFile() {
    FreshCity w = world();
    HttpResponse<byte[]> bad =
        w.bytes("api/open-data/" + w.plan + "/progress.csv?year=twenty&unit=nowhere", "en");
    HttpResponse<byte[]> unknown = w.bytes("api/open-data/no-such-plan/progress.json", null);

    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/problem+json");
    assertThat(json(bad.body()).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactly("year", "unit");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown.body()).getString("detail"))
        .isEqualTo("Không có kế hoạch no-such-plan");
  }

  @Test
  void theFilesOfTheDashboardsViewsReadTheQuestionAsTheJsonEndpointsAndRepeatTheirBytes() {
    FreshCity w = world();
    String base = "api/open-data/" + w.plan + "/";
    for (String file :
        List.of(
            "progress.xlsx",
            "trend.csv",
            "trend.xlsx",
            "ranking.csv",
            "ranking.xlsx",
            "forecast.csv",
            "forecast.xlsx")) {
      HttpResponse<byte[]> bad = w.bytes(base + file + "?year=twenty&unit=nowhere", "en");
      assertThat(bad.statusCode()).as(file).isEqualTo(400);
      assertThat(bad.headers().firstValue("Content-Type"))
          .get()
          .asString()
          .startsWith("application/problem+json");
      assertThat(json(bad.body()).getJsonArray("errors").getValuesAs(JsonObject.class))
          .as(file)
          .extracting(e -> e.getString("field"))
          .containsExactly("year", "unit");
      assertThat(w.bytes("api/open-data/no-such-plan/" + file, null).statusCode())
          .as(file)
          .isEqualTo(404);

      HttpResponse<byte[]> once = w.bytes(base + file + "?milestone=2023", null);
      HttpResponse<byte[]> twice = w.bytes(base + file + "?milestone=2023", "en");
      assertThat(once.statusCode()).as(file).isEqualTo(200);
      String view = file.substring(0, file.indexOf('.'));
      assertThat(once.headers().firstValue("Content-Disposition"))
          .get()
          .asString()
          .startsWith("attachment; filename=\"" + w.plan + "-" + view + "-" + w.city + "-2023-")
          .endsWith(file.substring(file.indexOf('.')) + "\"");
      assertThat(once.headers().firstValue("Content-Type"))
          .get()
          .asString()
          .startsWith(
              file.endsWith(".csv")
                  ? "text/csv"
                  : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      assertThat(twice.body())
          .as(file + ": the same question, the same bytes")
          .isEqualTo(once.body());
    }
  }
}
