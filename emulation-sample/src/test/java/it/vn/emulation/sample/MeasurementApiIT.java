package it.vn.emulation.sample;

import static it.vn.emulation.sample.ReportFiles.HEADER;
import static it.vn.emulation.sample.ReportFiles.XLSX;
import static it.vn.emulation.sample.ReportFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The report endpoints end to end: one value reported and corrected, every kind of bad input
 * refused with its field in both languages while nothing is stored, bulk files (CSV, XLSX, a form
 * upload) stored all or nothing and once, files of the wrong type or size refused, and the
 * templates downloaded, filled in and uploaded. The WAR runs with a small upload limit ({@value
 * #LIMIT} bytes) so that "too large" is quick to provoke.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeasurementApiIT {

  static final int LIMIT = 256 * 1024;
  // where the server keeps an upload's body while reading it; emptied after every request
  private static final Path UPLOAD_DIR =
      Path.of(System.getProperty("emulation.server.dir"), "tmp", "it-uploads");
  private static final String CONFIG = "/WEB-INF/classes/META-INF/microprofile-config.properties";

  @Deployment(testable = false)
  static WebArchive emulation() {
    WebArchive war = Deployments.emulation();
    String config;
    try {
      config =
          new String(
              war.get(CONFIG).getAsset().openStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    war.delete(CONFIG);
    // a later line wins when properties are loaded
    return war.add(
        new StringAsset(
            config
                + "\nemulation.upload.max-bytes="
                + LIMIT
                + "\nemulation.upload.temp-dir="
                + UPLOAD_DIR.toAbsolutePath().toString().replace('\\', '/')
                + "\n"),
        CONFIG);
  }

  @ArquillianResource URL deployment;

  private static World world;

  /** A plan under a fresh code, a city with two wards (2020) and a ward opened in 2024. */
  private record World(String plan, String city, String wardA, String wardB, String late) {}

  private World world() {
    if (world == null) {
      String run = UUID.randomUUID().toString().substring(0, 8);
      World w =
          new World(
              "it-m" + run,
              "itm" + run,
              "itm" + run + "-a",
              "itm" + run + "-b",
              "itm" + run + "-late");
      created(
          "api/plans", Api.rachGiaPlan().replace("\"rach-gia-2022-2025\"", "\"" + w.plan() + "\""));
      openUnit(w.city(), "Thành phố Thử", "DISTRICT", null, "2020-01-01");
      openUnit(w.wardA(), "Phường Một", "COMMUNE", w.city(), "2020-01-01");
      openUnit(w.wardB(), "Phường Hai", "COMMUNE", w.city(), "2020-01-01");
      openUnit(w.late(), "Phường Mới", "COMMUNE", w.city(), "2024-01-01");
      world = w;
    }
    return world;
  }

  private void openUnit(String code, String name, String level, String parent, String opened) {
    created(
        "api/units",
        "{\"code\":\""
            + code
            + "\",\"name\":\""
            + name
            + "\",\"level\":\""
            + level
            + "\","
            + (parent == null ? "" : "\"parentCode\":\"" + parent + "\",")
            + "\"openedOn\":\""
            + opened
            + "\"}");
  }

  private void created(String path, String json) {
    Api.Reply r = api().post(path, json, "en");
    assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(201);
  }

  private Api api() {
    return new Api(deployment);
  }

  private ReportFiles files() {
    return new ReportFiles(deployment);
  }

  private String measurements() {
    return "api/plans/" + world().plan() + "/measurements";
  }

  private long stored(String query) {
    Api.Reply r = api().get(measurements() + "?size=500" + query, null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object().getJsonNumber("total").longValue();
  }

  /** A request body and the field it gets wrong. */
  private record BadReport(String field, String json) {}

  private static String report(String indicator, String unit, Object year, String figures) {
    return "{\"indicatorCode\":\""
        + indicator
        + "\",\"unitCode\":\""
        + unit
        + "\",\"year\":"
        + year
        + ","
        + figures
        + "}";
  }

  private static List<String> fields(Api.Reply r) {
    return r.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  @Test
  void reportsAValueCorrectsItAndListsIt() {
    World w = world();
    Api.Reply first =
        api()
            .post(
                measurements(),
                report("G2", w.wardA(), 2023, "\"numerator\":50,\"denominator\":100"),
                null);
    Api.Reply again =
        api()
            .post(
                measurements(),
                report("G2", w.wardA(), 2023, "\"numerator\":61,\"denominator\":100"),
                null);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.object().getInt("numerator")).isEqualTo(50);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    Api.Reply list =
        api().get(measurements() + "?unit=" + w.wardA() + "&indicator=G2&year=2023", null);
    assertThat(list.object().getJsonNumber("total").longValue()).isEqualTo(1);
    JsonObject stored = list.object().getJsonArray("items").getJsonObject(0);
    assertThat(stored.getInt("numerator")).isEqualTo(61);
    assertThat(stored.getInt("denominator")).isEqualTo(100);
    assertThat(stored.getString("reportedAt")).isNotBlank();

    Api.Reply value =
        api().post(measurements(), report("E1", w.city(), 2024, "\"value\":21.5"), null);
    assertThat(value.status()).as(value.body()).isEqualTo(201);
    assertThat(value.object().getJsonNumber("value").doubleValue()).isEqualTo(21.5);
  }

  @Test
  void everyBadReportIsAProblemNamingItsFieldInBothLanguagesAndNothingIsStored() {
    World w = world();
    String ratio = "\"numerator\":1,\"denominator\":2";
    List<BadReport> cases =
        List.of(
            new BadReport("body", "{\"indicatorCode\": \"G2\","),
            new BadReport("year", report("G2", w.wardA(), "\"twenty\"", ratio)),
            new BadReport(
                "numerator",
                report("G2", w.wardA(), 2022, "\"numerator\":\"many\",\"denominator\":2")),
            new BadReport("indicatorCode", report("G99", w.wardA(), 2022, ratio)),
            new BadReport("unitCode", report("G2", "no-such-unit", 2022, ratio)),
            new BadReport(
                "numerator", report("G2", w.wardA(), 2022, "\"numerator\":3,\"denominator\":2")),
            new BadReport(
                "denominator", report("G2", w.wardA(), 2022, "\"numerator\":0,\"denominator\":-2")),
            new BadReport("year", report("G2", w.wardA(), 2026, ratio)),
            new BadReport("unitCode", report("G2", w.late(), 2022, ratio)),
            new BadReport("value", report("G2", w.wardA(), 2022, "\"value\":60")),
            new BadReport("value", report("E1", w.city(), 2022, "\"value\":120")),
            new BadReport("value", report("E1", w.city(), 2022, ratio + ",\"value\":50")));
    long before = stored("");

    cases.forEach(
        c -> {
          String json = c.json();
          Api.Reply en = api().post(measurements(), json, "en");
          Api.Reply vi = api().post(measurements(), json, null);

          assertThat(en.status()).as(json + " → " + en.body()).isEqualTo(400);
          assertThat(en.contentType()).startsWith("application/problem+json");
          assertThat(fields(en)).as(json).contains(c.field());
          assertThat(en.object().getString("title")).isEqualTo("The input is not valid");
          assertThat(vi.object().getString("title")).isEqualTo("Dữ liệu gửi lên không hợp lệ");
          assertThat(vi.object().getJsonArray("errors").getJsonObject(0).getString("reason"))
              .isNotEqualTo(
                  en.object().getJsonArray("errors").getJsonObject(0).getString("reason"));
        });
    assertThat(stored("")).isEqualTo(before);
  }

  @Test
  void anUnknownPlanIsNotFoundAndABadFilterIsAProblem() {
    assertThat(
            api()
                .post(
                    "api/plans/no-such-plan/measurements",
                    report("G2", "899", 2023, "\"numerator\":1,\"denominator\":2"),
                    "en")
                .status())
        .isEqualTo(404);
    Api.Reply bad = api().get(measurements() + "?year=1999&indicator=G99&size=0", "en");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad)).contains("year", "indicator", "size");
  }

  @Test
  void aCsvFileIsStoredWholeAndTheSameFileTwiceOnce() {
    World w = world();
    byte[] file =
        csv(
            HEADER,
            "G2," + w.wardB() + ",2022,,10,20,",
            "G2," + w.wardB() + ",2023,,12,20,",
            "G3," + w.wardB() + ",2022,,1,4,",
            "E1," + w.city() + ",2022,,,,17.5");
    long before = stored("");

    Api.Reply first =
        files()
            .post(
                measurements() + "/uploads?filename=bao-cao.csv",
                file,
                Map.of("Content-Type", "text/csv"));
    Api.Reply second =
        files()
            .post(
                measurements() + "/uploads",
                file,
                Map.of("Content-Type", "text/csv; charset=UTF-8"));
    Api.Reply form = files().postForm(measurements() + "/uploads", "lan-nua.csv", "text/csv", file);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    JsonObject upload = first.object();
    assertThat(upload.getInt("rowCount")).isEqualTo(4);
    assertThat(upload.getString("filename")).isEqualTo("bao-cao.csv");
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(second.object().getString("id")).isEqualTo(upload.getString("id"));
    assertThat(second.object().getBoolean("alreadyStored")).isTrue();
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    assertThat(form.object().getString("id")).isEqualTo(upload.getString("id"));
    assertThat(stored("")).isEqualTo(before + 4);
    Api.Reply back = api().get(measurements() + "/uploads/" + upload.getString("id"), null);
    assertThat(back.object().getString("sha256")).isEqualTo(upload.getString("sha256"));
    JsonObject g2 =
        api()
            .get(measurements() + "?unit=" + w.wardB() + "&indicator=G2&year=2023", null)
            .object()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(g2.getInt("numerator")).isEqualTo(12);
    assertThat(g2.getString("uploadId")).isEqualTo(upload.getString("id"));
    assertThat(bodiesLeftOnDisk()).as("temporary files of the uploads").isEmpty();
  }

  @Test
  void anXlsxFileIsStoredAndCorrectsWhatWasStoredBefore() {
    World w = world();
    api()
        .post(
            measurements(),
            report("G5", w.wardA(), 2024, "\"numerator\":1,\"denominator\":9"),
            null);
    long before = stored("");
    byte[] file =
        ReportFiles.xlsx(
            List.of(
                Arrays.asList("G5", w.wardA(), 2024, null, 7, 9, null),
                Arrays.asList("E2", w.city(), 2024, "NONG_NGHIEP", null, null, 12.5)));

    Api.Reply r =
        files()
            .post(
                measurements() + "/uploads",
                file,
                Map.of(
                    "Content-Type",
                    XLSX,
                    "Content-Disposition",
                    "attachment; filename=\"bc.xlsx\""));

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.object().getString("mediaType")).isEqualTo(XLSX);
    assertThat(r.object().getString("filename")).isEqualTo("bc.xlsx");
    assertThat(stored("")).isEqualTo(before + 1);
    JsonObject g5 =
        api()
            .get(measurements() + "?unit=" + w.wardA() + "&indicator=G5", null)
            .object()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(g5.getInt("numerator")).isEqualTo(7);
  }

  @Test
  void aFileWithOneBadRowIsRefusedWithItsRowAndNothingIsStored() {
    World w = world();
    byte[] file =
        csv(
            HEADER,
            "G6," + w.wardA() + ",2022,,1,2,",
            "G6," + w.wardA() + ",2023,,5,2,",
            "G6," + w.late() + ",2022,,1,2,",
            "G6," + w.wardA() + ",2024,,,,50",
            "G6," + w.wardA() + ",2025,,1,2,");
    long before = stored("");

    Api.Reply en =
        files()
            .post(
                measurements() + "/uploads",
                file,
                Map.of("Content-Type", "text/csv", "Accept-Language", "en"));
    Api.Reply vi =
        files().post(measurements() + "/uploads", file, Map.of("Content-Type", "text/csv"));

    assertThat(en.status()).as(en.body()).isEqualTo(400);
    assertThat(en.contentType()).startsWith("application/problem+json");
    assertThat(fields(en)).containsExactly("rows[3].numerator", "rows[4].unit", "rows[5].value");
    assertThat(vi.object().getJsonArray("errors").getJsonObject(0).getString("reason"))
        .isEqualTo("Tử số 5 lớn hơn mẫu số 2");
    assertThat(stored("")).isEqualTo(before);
    assertThat(bodiesLeftOnDisk()).as("temporary files of the refused uploads").isEmpty();
  }

  @Test
  void filesOfTheWrongTypeOrSizeAreRefusedAndNothingIsStored() {
    World w = world();
    byte[] pdf =
        "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Length 5 >>\nstream\n\u0001\u0002\u0003\nendstream"
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] good = csv(HEADER, "G7," + w.wardA() + ",2022,,1,2,");
    StringBuilder big = new StringBuilder(HEADER).append("\r\n");
    for (int i = 0; big.length() <= LIMIT; i++) {
      big.append("G7,").append(w.wardA()).append(",2022,b").append(i).append(",1,2,\r\n");
    }
    long before = stored("");

    Api.Reply asPdf =
        files()
            .post(
                measurements() + "/uploads",
                pdf,
                Map.of("Content-Type", "application/pdf", "Accept-Language", "en"));
    Api.Reply sniffed =
        files()
            .post(
                measurements() + "/uploads?filename=hoa-don.pdf",
                pdf,
                Map.of("Content-Type", "application/octet-stream", "Accept-Language", "en"));
    Api.Reply misnamed =
        files()
            .post(
                measurements() + "/uploads?filename=bao-cao.xlsx",
                good,
                Map.of("Content-Type", "application/octet-stream", "Accept-Language", "en"));
    Api.Reply tooLarge =
        files()
            .post(
                measurements() + "/uploads",
                big.toString().getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "text/csv", "Accept-Language", "en"));
    // without a length the server finds it too large while copying it to disk
    Api.Reply tooLargeStreamed =
        files()
            .postStreamed(
                measurements() + "/uploads",
                big.toString().getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "text/csv", "Accept-Language", "en"));

    assertThat(asPdf.status()).as(asPdf.body()).isEqualTo(415);
    assertThat(sniffed.status()).as(sniffed.body()).isEqualTo(400);
    assertThat(misnamed.status()).as(misnamed.body()).isEqualTo(400);
    assertThat(misnamed.object().getJsonArray("errors").getJsonObject(0).getString("reason"))
        .contains("XLSX");
    assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(413);
    assertThat(tooLargeStreamed.status()).as(tooLargeStreamed.body()).isEqualTo(413);
    assertThat(bodiesLeftOnDisk()).as("temporary files of the refused uploads").isEmpty();
    for (Api.Reply r : List.of(asPdf, sniffed, misnamed, tooLarge, tooLargeStreamed)) {
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(fields(r)).containsExactly("file");
    }
    assertThat(stored("")).isEqualTo(before);
  }

  @Test
  void theCsvTemplateFilledInUploads() {
    World w = world();
    HttpResponse<byte[]> template =
        files().download(measurements() + "/template.csv?unit=" + w.wardB() + "&year=2025");
    String text = new String(template.body(), StandardCharsets.UTF_8);
    assertThat(template.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> lines = new ArrayList<>(text.strip().lines().toList());
    assertThat(lines.get(0)).isEqualTo("\uFEFF" + HEADER);
    // a ward's template: every indicator but the six only the city reports (G4, G7, E1–E3, E6)
    assertThat(lines)
        .hasSize(22)
        .allSatisfy(
            l ->
                assertThat(l).contains(l.startsWith("\uFEFF") ? "indicator" : w.wardB() + ",2025"));
    for (int i = 1; i < lines.size(); i++) {
      lines.set(i, lines.get(i).replaceAll(",,,,$", ",," + i + ",30,"));
    }

    Api.Reply r =
        files()
            .post(
                measurements() + "/uploads?filename=mau.csv",
                String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "text/csv"));

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.object().getInt("rowCount")).isEqualTo(21);
  }

  @Test
  void theXlsxTemplateListsIndicatorsAndUnitsAndFilledInUploads() throws IOException {
    World w = world();
    byte[] filled;
    try (XSSFWorkbook book =
        new XSSFWorkbook(
            new ByteArrayInputStream(
                files()
                    .download(measurements() + "/template.xlsx?unit=" + w.late() + "&year=2024")
                    .body()))) {
      assertThat(book.getSheet("Chỉ tiêu").getLastRowNum()).isEqualTo(27);
      Sheet units = book.getSheet("Đơn vị");
      List<String> codes = new ArrayList<>();
      units.forEach(row -> codes.add(row.getCell(0).getStringCellValue()));
      assertThat(codes).contains(w.late());
      Sheet data = book.getSheet("Số liệu");
      for (int r = 1; r <= data.getLastRowNum(); r++) {
        Row row = data.getRow(r);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(w.late());
        row.createCell(4).setCellValue(r);
        row.createCell(5).setCellValue(40);
      }
      filled = ReportFiles.bytes(book);
    }

    Api.Reply r = files().postForm(measurements() + "/uploads", "mau.xlsx", XLSX, filled);

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.object().getInt("rowCount")).isEqualTo(21);
    assertThat(stored("&unit=" + w.late())).isEqualTo(21);
  }

  @Test
  void aWardCannotReportACityLevelFigureAndItsTemplatesDoNotAskForOne() throws IOException {
    String plan = measurements();
    String ward = "30745"; // Phường Vĩnh Lạc, the unit of reporter.vinhlac
    Api api = api();
    String reporter = api.tokenOf("reporter.vinhlac");
    long before = stored("&unit=" + ward);

    Api.Reply e1 =
        api.request(
            "POST",
            plan,
            reporter,
            "application/json",
            report("E1", ward, 2023, "\"value\":21.5").getBytes(StandardCharsets.UTF_8));
    Api.Reply g7 =
        api.request(
            "POST",
            plan,
            reporter,
            "application/json",
            report("G7", ward, 2023, "\"numerator\":1,\"denominator\":2")
                .getBytes(StandardCharsets.UTF_8));
    Api.Reply upload =
        api.request(
            "POST",
            plan + "/uploads?filename=phuong.csv",
            reporter,
            "text/csv",
            csv(HEADER, "G2," + ward + ",2023,,7,9,", "E1," + ward + ",2023,,,,21.5"));
    Api.Reply g2 =
        api.request(
            "POST",
            plan,
            reporter,
            "application/json",
            report("G2", ward, 2023, "\"numerator\":7,\"denominator\":9")
                .getBytes(StandardCharsets.UTF_8));

    for (Api.Reply refused : List.of(e1, g7, upload)) {
      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
    assertThat(fields(e1)).containsExactly("indicatorCode");
    assertThat(e1.object().getJsonArray("errors").getJsonObject(0).getString("reason"))
        .startsWith("Chỉ tiêu E1 chỉ báo cáo ở cấp huyện (thành phố thuộc tỉnh)")
        .endsWith("(đơn vị 30745)");
    assertThat(fields(g7)).containsExactly("indicatorCode");
    assertThat(fields(upload)).containsExactly("rows[3].indicator");
    Api.Reply inEnglish =
        api().post(measurements(), report("E1", ward, 2023, "\"value\":21.5"), "en");
    assertThat(inEnglish.object().getJsonArray("errors").getJsonObject(0).getString("reason"))
        .startsWith("Indicator E1 is reported only at district or city level");
    StringBuilder many = new StringBuilder(HEADER).append("\r\n");
    for (int year = 2022; year <= 2025; year++) {
      for (int b = 0; b < 40; b++) {
        many.append("E1,")
            .append(ward)
            .append(',')
            .append(year)
            .append(",b")
            .append(b)
            .append(",,,21.5\r\n");
      }
    }
    Api.Reply cut =
        api.request(
            "POST",
            plan + "/uploads",
            reporter,
            "text/csv",
            many.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(cut.status()).as(cut.body()).isEqualTo(400);
    assertThat(cut.object().getJsonNumber("problemsTotal").longValue()).isEqualTo(160);
    assertThat(cut.object().getJsonArray("errors")).hasSize(101);
    assertThat(fields(cut).get(100)).isEqualTo("rows");
    assertThat(cut.object().getString("detail"))
        .isEqualTo("Có 160 lỗi, chỉ liệt kê ở đây những lỗi đầu tiên; không có gì được lưu");
    assertThat(g2.status()).as("a ward-level figure from the ward: " + g2.body()).isEqualTo(201);
    assertThat(stored("&unit=" + ward)).isEqualTo(before + 1);
    assertThat(stored("&unit=" + ward + "&indicator=E1")).isZero();

    Api.Reply csvTemplate = api.call("GET", plan + "/template.csv?year=2023", reporter, null);
    Api.Reply xlsxTemplate = api.call("GET", plan + "/template.xlsx?year=2023", reporter, null);
    assertThat(csvTemplate.status()).isEqualTo(200);
    List<String> codes =
        csvTemplate
            .body()
            .strip()
            .lines()
            .skip(1)
            .map(l -> l.substring(0, l.indexOf(',')))
            .toList();
    assertThat(codes).hasSize(21).contains("G2", "G8").doesNotContain("G7", "E1", "G4");
    assertThat(xlsxTemplate.status()).isEqualTo(200);
    HttpResponse<byte[]> book =
        files().download(plan + "/template.xlsx?unit=" + ward + "&year=2023");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(book.body()))) {
      List<String> rows = new ArrayList<>();
      workbook.getSheet("Số liệu").forEach(row -> rows.add(row.getCell(0).getStringCellValue()));
      assertThat(rows.subList(1, rows.size())).isEqualTo(codes);
    }
  }

  @Test
  void aTemplateForAUnitThatDidNotExistThatYearIsAProblem() {
    Api.Reply r =
        api().get(measurements() + "/template.csv?unit=" + world().late() + "&year=2022", "en");
    assertThat(r.status()).isEqualTo(400);
    assertThat(fields(r)).containsExactly("unit");
  }

  /** The files left in the server's upload directory (none once every request has ended). */
  private static List<String> bodiesLeftOnDisk() {
    // made by the first upload received: the setting reached the server
    assertThat(UPLOAD_DIR).isDirectory();
    try (Stream<Path> files = Files.list(UPLOAD_DIR)) {
      return files.map(f -> f.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
