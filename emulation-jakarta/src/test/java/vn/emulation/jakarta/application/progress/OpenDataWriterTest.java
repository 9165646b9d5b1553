package vn.emulation.jakarta.application.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.jakarta.application.progress.SampleCity.CITY;
import static vn.emulation.jakarta.application.progress.SampleCity.END_2023;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.target.AttainmentStatus;
import vn.emulation.jakarta.format.opendata.OpenDataWriter;

class OpenDataWriterTest {

  private final OpenDataWriter writer = new OpenDataWriter();

  /** The city and its wards, each cut down to a few real rows so the whole file can be read. */
  private final List<ProgressReport> tiny = tiny();

  private static List<ProgressReport> tiny() {
    ProgressReport city =
        SampleCity.service(SampleCity.figures2023()).progress(2023, CITY, 2023, END_2023);
    List<ProgressReport> reports = new java.util.ArrayList<>();
    reports.add(only(city, Set.of("G2", "G7")));
    reports.add(only(city.children().get(0), Set.of("G2")));
    reports.add(only(city.children().get(2), Set.of("G2")));
    return reports;
  }

  private static ProgressReport only(ProgressReport r, Set<String> codes) {
    return new ProgressReport(
        r.planCode(),
        r.milestoneYear(),
        r.year(),
        r.date(),
        r.unitCode(),
        r.unitName(),
        r.level(),
        r.rows().stream().filter(row -> codes.contains(row.indicatorCode())).toList(),
        List::of);
  }

  @Test
  void writesCsvWithByteOrderMarkEnglishHeaderAndVietnameseNames() {
    byte[] csv = csv(tiny);

    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(csv, StandardCharsets.UTF_8))
        .isEqualTo(
            "\uFEFF"
                + "plan_code,unit_code,unit_name,indicator_code,milestone_year,figures_year,as_of,"
                + "comparator,threshold,value,gap,status,coverage_reported,coverage_expected,"
                + "coverage_missing\r\n"
                + "rach-gia-2022-2025,899,Thành phố Rạch Giá,G2,2023,2023,2023-12-31,≥,60,83.64,23.64,"
                + "INCOMPLETE,2,3,30745\r\n"
                + "rach-gia-2022-2025,899,Thành phố Rạch Giá,G7,2023,2023,2023-12-31,=,100,100.00,0.00,"
                + "MET,1,1,\r\n"
                + "rach-gia-2022-2025,30730,Phường Vĩnh Thanh Vân,G2,2023,2023,2023-12-31,≥,60,90.00,"
                + "30.00,MET,1,1,\r\n"
                + "rach-gia-2022-2025,30745,Phường An Hòa,G2,2023,2023,2023-12-31,≥,60,,,NO_DATA,0,1,"
                + "30745\r\n");
  }

  @Test
  void namesAndCodesThatCouldRunAsFormulasAreGuardedAndNumbersStayNumbers() {
    ProgressReport city = tiny.get(0);
    TargetProgress g2 = city.rows().get(0);
    TargetProgress behind =
        new TargetProgress(
            g2.indicatorCode(),
            g2.pillar(),
            g2.name(),
            g2.milestoneYear(),
            g2.comparator(),
            g2.threshold(),
            AttainmentStatus.NOT_MET,
            new BigDecimal("-3.5"),
            new BigDecimal("-63.5"),
            g2.coverage(),
            g2.figure(),
            null,
            List.of());
    List<ProgressReport> reports =
        List.of(
            new ProgressReport(
                city.planCode(),
                city.milestoneYear(),
                city.year(),
                city.date(),
                "@SUM(1)",
                "=HYPERLINK(\"http://x\")",
                city.level(),
                List.of(behind),
                List::of));

    String text = new String(csv(reports), StandardCharsets.UTF_8);

    assertThat(text.split("\r\n")[1])
        .isEqualTo(
            "rach-gia-2022-2025,'@SUM(1),"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",G2,2023,2023,2023-12-31,≥,60,-3.5,-63.5,NOT_MET,2,3,"
                + "30745");
  }

  @Test
  void writesJsonWithTheSameColumnsTyped() {
    String json = new String(json(tiny), StandardCharsets.UTF_8);

    assertThat(json)
        .isEqualTo(
            "{\"format\":\"emulation-progress/1\",\"rows\":["
                + row(
                    "899",
                    "Thành phố Rạch Giá",
                    "G2",
                    "≥",
                    "60",
                    "83.64",
                    "23.64",
                    "INCOMPLETE",
                    2,
                    3,
                    "30745")
                + ","
                + row(
                    "899",
                    "Thành phố Rạch Giá",
                    "G7",
                    "=",
                    "100",
                    "100.00",
                    "0.00",
                    "MET",
                    1,
                    1,
                    "")
                + ","
                + row(
                    "30730",
                    "Phường Vĩnh Thanh Vân",
                    "G2",
                    "≥",
                    "60",
                    "90.00",
                    "30.00",
                    "MET",
                    1,
                    1,
                    "")
                + ","
                + row(
                    "30745",
                    "Phường An Hòa",
                    "G2",
                    "≥",
                    "60",
                    "null",
                    "null",
                    "NO_DATA",
                    0,
                    1,
                    "30745")
                + "]}");
  }

  @Test
  void jsonReadsBackWithEveryColumnOnEveryRow() {
    try (JsonReader reader =
        Json.createReader(new StringReader(new String(json(tiny), StandardCharsets.UTF_8)))) {
      JsonObject doc = reader.readObject();
      assertThat(doc.getJsonArray("rows"))
          .hasSize(4)
          .allSatisfy(
              r ->
                  assertThat(r.asJsonObject().keySet())
                      .containsExactlyElementsOf(OpenDataWriter.COLUMNS));
      assertThat(doc.getJsonArray("rows").getJsonObject(3).isNull("value")).isTrue();
    }
  }

  @Test
  void theSameReportsGiveTheSameBytes() {
    List<ProgressReport> whole =
        SampleCity.service(SampleCity.figures2023())
            .progress(2023, CITY, 2023, END_2023)
            .withChildren();
    List<ProgressReport> again =
        SampleCity.service(SampleCity.figures2023())
            .progress(2023, CITY, 2023, END_2023)
            .withChildren();

    assertThat(csv(whole)).isEqualTo(csv(again));
    assertThat(json(whole)).isEqualTo(json(again));
    // one line per unit and target, plus the header: 27 city targets and 21 for each of 3 wards
    assertThat(new String(csv(whole), StandardCharsets.UTF_8).split("\r\n"))
        .hasSize(1 + 27 + 3 * 21);
  }

  @Test
  void quotesAUnitNameThatHoldsAComma() {
    ProgressReport r = tiny.get(2);
    ProgressReport named =
        new ProgressReport(
            r.planCode(),
            r.milestoneYear(),
            r.year(),
            r.date(),
            r.unitCode(),
            "Phường An Hòa, \"cũ\"",
            r.level(),
            r.rows(),
            List::of);

    assertThat(new String(csv(List.of(named)), StandardCharsets.UTF_8))
        .contains(",30745,\"Phường An Hòa, \"\"cũ\"\"\",G2,");
  }

  private byte[] csv(List<ProgressReport> reports) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeCsv(reports, out);
    return out.toByteArray();
  }

  private byte[] json(List<ProgressReport> reports) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeJson(reports, out);
    return out.toByteArray();
  }

  private static String row(
      String unit,
      String name,
      String indicator,
      String comparator,
      String threshold,
      String value,
      String gap,
      String status,
      int reported,
      int expected,
      String missing) {
    return "{\"plan_code\":\"rach-gia-2022-2025\",\"unit_code\":\""
        + unit
        + "\",\"unit_name\":\""
        + name
        + "\",\"indicator_code\":\""
        + indicator
        + "\",\"milestone_year\":2023,"
        + "\"figures_year\":2023,\"as_of\":\"2023-12-31\",\"comparator\":\""
        + comparator
        + "\",\"threshold\":"
        + threshold
        + ",\"value\":"
        + value
        + ",\"gap\":"
        + gap
        + ",\"status\":\""
        + status
        + "\",\"coverage_reported\":"
        + reported
        + ",\"coverage_expected\":"
        + expected
        + ",\"coverage_missing\":\""
        + missing
        + "\"}";
  }
}
