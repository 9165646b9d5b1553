package vn.emulation.jakarta.format.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.jakarta.format.upload.Uploads.PLAN;
import static vn.emulation.jakarta.format.upload.Uploads.UNITS;
import static vn.emulation.jakarta.format.upload.Uploads.csv;
import static vn.emulation.jakarta.format.upload.Uploads.header;
import static vn.emulation.jakarta.format.upload.Uploads.problemOf;
import static vn.emulation.jakarta.format.upload.Uploads.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.Problem;
import vn.emulation.core.target.Measurement;
import vn.emulation.jakarta.application.upload.ParsedUpload;
import vn.emulation.jakarta.application.upload.UploadFormat;

class MeasurementFileXlsxTest {

  private final MeasurementFile reader = new MeasurementFile(new UploadLimits(1 << 20, 100));

  @Test
  void readsTheSameMeasurementsAsTheSameRowsInCsv() {
    byte[] content =
        xlsx(
            List.of(
                header(),
                Arrays.asList("G2", "RACH_GIA", 2023, null, 152, 190, null),
                Arrays.asList("E1", "RACH_GIA", "2023", null, null, null, 21.5),
                Arrays.asList("E2", "RACH_GIA", 2023, "AGRICULTURE", null, null, 10),
                Arrays.asList("S1", "VINH_QUANG", 2025, "", 0, 0, "")));

    ParsedUpload upload = reader.parse(content, "bao-cao.xlsx", PLAN, UNITS);

    assertThat(upload.format()).isEqualTo(UploadFormat.XLSX);
    assertThat(upload.measurements())
        .isEqualTo(reader.parse(csv(MeasurementFileCsvTest.GOOD), null, PLAN, UNITS).measurements())
        .isEqualTo(MeasurementFileCsvTest.EXPECTED);
  }

  @Test
  void readsTheSheetNamedSoLieuWhereverItStands() {
    byte[] content =
        xlsx(
            List.of("Hướng dẫn", "Số liệu"),
            List.of(header(), List.of("G2", "RACH_GIA", 2023, "", 152, 190)));

    assertThat(reader.parse(content, null, PLAN, UNITS).measurements())
        .containsExactly(Measurement.ratio("G2", "RACH_GIA", 2023, 152, 190));
  }

  @Test
  void readsTheFirstSheetWhenNoneIsNamedSoLieu() {
    byte[] content =
        xlsx(List.of("Sheet1"), List.of(header(), List.of("G2", "RACH_GIA", 2023, "", 152, 190)));

    assertThat(reader.parse(content, null, PLAN, UNITS).size()).isEqualTo(1);
  }

  @Test
  void readsNumbersAsTheirValuesWhateverTheirFormat() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("Số liệu");
      Uploads.fill(
          sheet,
          List.of(
              header(),
              Arrays.asList("E1", "RACH_GIA", 2023, null, null, null, 0.625),
              Arrays.asList("G2", "RACH_GIA", 2023, null, 1234, 2000, null)));
      style(workbook, sheet.getRow(1), 6, "0.0%");
      style(workbook, sheet.getRow(2), 4, "#,##0.00");
      style(workbook, sheet.getRow(2), 2, "yyyy");

      assertThat(reader.parse(Uploads.bytes(workbook), null, PLAN, UNITS).measurements())
          .containsExactly(
              Measurement.amount("E1", "RACH_GIA", 2023, new BigDecimal("62.5")),
              Measurement.ratio("G2", "RACH_GIA", 2023, 1234, 2000));
    }
  }

  private static void style(XSSFWorkbook workbook, Row row, int column, String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    row.getCell(column).setCellStyle(style);
  }

  @Test
  void numbersRowsAsTheSheetDoesSkippingBlankRows() {
    byte[] content =
        xlsx(
            List.of(
                List.of("Báo cáo năm 2023"),
                header(),
                List.of("G2", "RACH_GIA", 2023, "", 1, 2),
                List.of(),
                List.of("G2", "RACH_GIA", 2023, "", 3, 2)));
    // The title row is taken for the header: a wrong header, reported once.
    assertThat(problemOf(() -> reader.parse(content, null, PLAN, UNITS)).path())
        .isEqualTo("header");

    byte[] noTitle =
        xlsx(
            List.of(
                List.of(),
                header(),
                List.of("G2", "RACH_GIA", 2023, "", 1, 2),
                List.of(),
                List.of("G2", "AN_HOA", 2023, "", 3, 2)));
    assertThat(problemOf(() -> reader.parse(noTitle, null, PLAN, UNITS)).path())
        .isEqualTo("rows[5].numerator");
  }

  @Test
  void refusesAZipBombBeforePoiOpensIt() throws IOException {
    byte[] bomb = zip("xl/worksheets/sheet1.xml", 40 << 20);

    Problem problem = problemOf(() -> reader.parse(bomb, "bao-cao.xlsx", PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("file");
    assertThat(problem.reason().en()).contains("unpack to more than", "too large");
  }

  @Test
  void refusesAPartThatInflatesMoreThanAHundredfoldAsPoisGuardWould() throws IOException {
    // Limits so wide that only the inflate-ratio check stands in the way.
    MeasurementFile wide = new MeasurementFile(new UploadLimits(1 << 20, 1_000_000));
    byte[] bomb = zip("xl/worksheets/sheet1.xml", 20 << 20);

    Problem problem = problemOf(() -> wide.parse(bomb, "bao-cao.xlsx", PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("file");
    assertThat(problem.reason().en())
        .isEqualTo("The XLSX file is compressed abnormally, like a zip bomb: not opened");
  }

  @Test
  void refusesADamagedZipAndAZipThatIsNoWorkbook() throws IOException {
    byte[] damaged = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3};
    byte[] notWorkbook = zip("readme.txt", 10);

    assertThat(problemOf(() -> reader.parse(damaged, null, PLAN, UNITS)).reason().en())
        .startsWith("The XLSX file");
    assertThat(problemOf(() -> reader.parse(notWorkbook, null, PLAN, UNITS)).reason().en())
        .startsWith("The XLSX file cannot be read");
  }

  @Test
  void aWorkbookWithADoctypeIsRefusedInWordsNotWithTheParsersMessage() throws IOException {
    byte[] content =
        withDoctype(xlsx(List.of(header(), List.of("G2", "RACH_GIA", 2023, "", 1, 2))));

    Problem problem = problemOf(() -> reader.parse(content, "bao-cao.xlsx", PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("file");
    assertThat(problem.reason().en())
        .isEqualTo(
            "The XLSX file cannot be read: it holds a document"
                + " type declaration (DOCTYPE), which an Excel workbook never has; open the file in Excel"
                + " and save it again");
    assertThat(problem.reason().vi()).startsWith("Không đọc được tệp XLSX: tệp có khai báo");
    assertThat(problem.reason().en() + problem.reason().vi())
        .doesNotContain("Exception", "SAX", "apache.org", "feature");
  }

  @Test
  void aDamagedZipIsSaidSoWithoutTheJavaMessage() {
    byte[] damaged = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3};

    Problem problem = problemOf(() -> reader.parse(damaged, null, PLAN, UNITS));

    assertThat(problem.reason().en()).doesNotContain("(", "Index", "bounds", "central");
  }

  /** The workbook with a DOCTYPE (and an entity) declared in its data sheet's XML. */
  private static byte[] withDoctype(byte[] xlsx) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in =
            new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] part = in.readAllBytes();
        if (e.getName().startsWith("xl/worksheets/")) {
          part =
              new String(part, java.nio.charset.StandardCharsets.UTF_8)
                  .replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY x \"y\">]>")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(part);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A ZIP holding one entry of {@code size} zero bytes, which compresses a thousandfold. */
  private static byte[] zip(String entry, int size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entry));
      byte[] zeros = new byte[1 << 16];
      for (int written = 0; written < size; written += zeros.length) {
        zip.write(zeros, 0, Math.min(zeros.length, size - written));
      }
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
