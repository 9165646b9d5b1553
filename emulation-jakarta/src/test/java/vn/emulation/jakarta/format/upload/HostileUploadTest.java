package vn.emulation.jakarta.format.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.emulation.jakarta.format.upload.Uploads.HEADER;
import static vn.emulation.jakarta.format.upload.Uploads.PLAN;
import static vn.emulation.jakarta.format.upload.Uploads.UNITS;
import static vn.emulation.jakarta.format.upload.Uploads.problemOf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;

/**
 * Files made to exhaust the server: each is refused with a short answer, before what it holds is
 * expanded. (How much memory the largest allowed files take is measured by {@code UploadHeap} in
 * emulation-bench, not asserted here.)
 */
class HostileUploadTest {

  @Test
  void refusesASheetLargerThanTheRowLimitCanTakeBeforeReadingIt() throws IOException {
    // 30,000 rows compress well (about 30:1, under the hundredfold guard) but a limit of 1,000
    // rows allows 1.5 MB of sheet: the file is refused as too large, not read up to row 1,001
    byte[] large = streamedWorkbook(30_000);
    MeasurementFile reader = new MeasurementFile(new UploadLimits(100L << 20, 1_000));

    Problem problem = problemOf(() -> reader.parse(large, "lon.xlsx", PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("file");
    assertThat(problem.reason().en())
        .startsWith("The sheets of the XLSX file unpack to more than")
        .contains("1000 data rows (emulation.upload.max-rows)", "too large");
    assertThat(problem.reason().vi()).startsWith("Các trang tính của tệp XLSX giải nén ra hơn");
  }

  @Test
  void refusesAZipBombUnderTheHundredfoldGuardByTheSizeItDeclares() throws IOException {
    // nearly the same row again and again, packed hard: like the 9 MB file that unpacked 53-fold
    byte[] bomb =
        replaced(
            streamedWorkbook(1),
            "xl/worksheets/sheet1.xml",
            "(?s)<sheetData>.*</sheetData>",
            rows(300_000));
    assertThat(unpackedSize(bomb) / bomb.length).as("inflate ratio").isBetween(30L, 99L);
    MeasurementFile reader = new MeasurementFile(new UploadLimits(100L << 20, 10_000));

    Problem problem = problemOf(() -> reader.parse(bomb, "bom.xlsx", PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("file");
    assertThat(problem.reason().en()).contains("more than 10000 data rows", "too large");
  }

  @Test
  void countsWhatAPartReallyInflatesToWhateverItsHeaderClaims() throws IOException {
    byte[] honest =
        replaced(
            streamedWorkbook(1),
            "xl/worksheets/sheet1.xml",
            "(?s)<sheetData>.*</sheetData>",
            rows(100_000));
    byte[] lying = declaredSize(honest, "xl/worksheets/sheet1.xml", 1_000);
    MeasurementFile reader = new MeasurementFile(new UploadLimits(100L << 20, 1_000));

    Problem problem = problemOf(() -> reader.parse(lying, "noi-doi.xlsx", PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("file");
    assertThat(problem.reason().en())
        .startsWith(
            "The sheets of the XLSX file unpack to more than"
                + " "
                + (reader.limits().maxUnpackedSheetBytes())
                + " bytes");
  }

  @Test
  void refusesSharedStringsLargerThanTheRowLimitCanNeed() throws IOException {
    byte[] workbook;
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Uploads.fill(
          book.createSheet("Số liệu"),
          List.of(Uploads.header(), List.of("G2", "RACH_GIA", 2023, "", 1, 2)));
      Sheet notes = book.createSheet("Ghi chú");
      for (int r = 0; r < 12_000; r++) {
        notes.createRow(r).createCell(0).setCellValue("ghi chú " + r + " " + "x".repeat(90));
      }
      workbook = Uploads.bytes(book);
    }
    MeasurementFile reader = new MeasurementFile(new UploadLimits(100L << 20, 100));

    Problem problem = problemOf(() -> reader.parse(workbook, "ghi-chu.xlsx", PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("file");
    assertThat(problem.reason().en()).startsWith("The shared strings of the XLSX file unpack");
  }

  @Test
  void refusesACellLongerThanExcelAllows() throws IOException {
    byte[] small = streamedWorkbook(1);
    byte[] huge =
        replaced(
            small,
            "xl/worksheets/sheet1.xml",
            "<v>2023(\\.0)?</v>",
            "<v>"
                + new Random(7)
                    .ints(5_000_000, 0, 10)
                    .mapToObj(Integer::toString)
                    .collect(Collectors.joining())
                + "</v>");
    MeasurementFile reader = new MeasurementFile(new UploadLimits(100L << 20, 100_000));

    Problem problem = problemOf(() -> reader.parse(huge, "o-lon.xlsx", PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("file");
    assertThat(problem.reason().en()).contains("more than 32767 characters");
  }

  @Test
  void refusesAHeaderOfAMillionColumnsBeforeParsingIt() {
    StringBuilder header = new StringBuilder(HEADER);
    for (int i = 0; i < 1_000_000; i++) {
      header.append(",c").append(i);
    }
    byte[] content = Uploads.csv(header.toString(), "G2,RACH_GIA,2023,,1,2,");
    MeasurementFile reader = new MeasurementFile(new UploadLimits(100L << 20, 100));

    Problem problem = problemOf(() -> reader.parse(content, "rong.csv", PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("header");
    assertThat(problem.reason().en())
        .isEqualTo(
            "The first line of the file has more than"
                + " 16,384 columns, more than any spreadsheet; a measurement file has only 7: "
                + HEADER);
    assertThat(problem.reason().vi()).startsWith("Dòng đầu của tệp có hơn 16.384 cột");
  }

  @Test
  void namesTenUnknownColumnsOfAWideHeaderAndCountsTheRest() {
    StringBuilder header = new StringBuilder(HEADER);
    for (int i = 0; i < 16_000; i++) {
      header.append(",c").append(i);
    }
    byte[] content = Uploads.csv(header.toString(), "G2,RACH_GIA,2023,,1,2,");
    MeasurementFile reader = new MeasurementFile(new UploadLimits(100L << 20, 100));

    Problem problem = problemOf(() -> reader.parse(content, "rong.csv", PLAN, UNITS));

    assertThat(problem.path()).isEqualTo("header");
    assertThat(problem.reason().en())
        .contains("it has 16,007 columns, a measurement file has only 7")
        .contains("unknown column(s) 'c0', 'c1'", "'c9' …and 15,990 more")
        .hasSizeLessThan(1_000);
    assertThat(problem.reason().vi())
        .contains("có 16.007 cột", "…và 15.990 cột khác")
        .hasSizeLessThan(1_000);
  }

  @Test
  void listsTheFirstHundredProblemsOfAFileAndCountsThemAll() {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 100_000; i++) {
      csv.append("G2,NOWHERE,2023,,1,2,\n");
    }
    MeasurementFile reader = new MeasurementFile(new UploadLimits(100L << 20, 200_000));

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> reader.parse(csv.toString().getBytes(StandardCharsets.UTF_8), null, PLAN, UNITS));

    assertThat(e.problemsTotal()).isEqualTo(100_000);
    assertThat(e.truncated()).isTrue();
    assertThat(e.problems()).hasSize(UploadLimits.DEFAULT_LISTED_PROBLEMS + 1);
    assertThat(e.problems().get(99).path()).isEqualTo("rows[101].unit");
    Problem last = e.problems().get(100);
    assertThat(last.path()).isEqualTo("rows");
    assertThat(last.reason().en()).isEqualTo("…and 99,900 more not listed here (100,000 in all)");
    assertThat(last.reason().vi())
        .isEqualTo("…và 99.900 lỗi khác không liệt kê ra đây (tổng cộng 100.000 lỗi)");
  }

  @Test
  void capsTheProblemsOfAnXlsxFileAlike() throws IOException {
    byte[] workbook = streamedWorkbook(5_000, "NOWHERE");
    MeasurementFile reader = new MeasurementFile(new UploadLimits(100L << 20, 10_000));

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> reader.parse(workbook, null, PLAN, UNITS));

    assertThat(e.problemsTotal()).isEqualTo(5_000);
    assertThat(e.problems()).hasSize(101);
    assertThat(e.problems().get(100).reason().en()).startsWith("…and 4,900 more");
  }

  /** Sheet data of nearly the same row again and again: it deflates 30- to 100-fold. */
  static String rows(int count) {
    Random random = new Random(53);
    StringBuilder rows = new StringBuilder("<sheetData>");
    for (int r = 0; r < count; r++) {
      rows.append("<row><c t=\"inlineStr\"><is><t>G2</t></is></c><c t=\"inlineStr\"><is><t>")
          .append("RACH_GIA</t></is></c><c><v>2023</v></c><c/><c><v>")
          .append(random.nextInt(90))
          .append("</v></c><c><v>90</v></c></row>");
    }
    return rows.append("</sheetData>").toString();
  }

  /** The same ZIP with the unpacked size its central directory declares for {@code part} set. */
  static byte[] declaredSize(byte[] zip, String part, int size) {
    byte[] patched = zip.clone();
    byte[] name = part.getBytes(StandardCharsets.UTF_8);
    for (int p = 0; p + 46 < patched.length; p++) {
      if (patched[p] == 'P'
          && patched[p + 1] == 'K'
          && patched[p + 2] == 1
          && patched[p + 3] == 2
          && (patched[p + 28] & 0xFF | (patched[p + 29] & 0xFF) << 8) == name.length
          && Arrays.equals(patched, p + 46, p + 46 + name.length, name, 0, name.length)) {
        for (int i = 0; i < 4; i++) {
          patched[p + 24 + i] = (byte) (size >>> (8 * i));
        }
      }
    }
    return patched;
  }

  /** A workbook written as POI streams it: the header, then {@code rows} distinct G2 rows. */
  static byte[] streamedWorkbook(int rows) throws IOException {
    return streamedWorkbook(rows, "RACH_GIA");
  }

  private static byte[] streamedWorkbook(int rows, String unit) throws IOException {
    return streamedWorkbook(rows, unit, true);
  }

  private static byte[] streamedWorkbook(int rows, String unit, boolean distinct)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      Sheet sheet = workbook.createSheet("Số liệu");
      Uploads.fill(sheet, List.of(Uploads.header()));
      for (int r = 1; r <= rows; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("G2");
        row.createCell(1).setCellValue(unit);
        row.createCell(2).setCellValue(distinct ? 2022 + r % 4 : 2023);
        row.createCell(3).setCellValue(distinct ? "b" + r : "");
        row.createCell(4).setCellValue(distinct ? r % 90 : 45);
        row.createCell(5).setCellValue(90);
      }
      workbook.write(bytes);
      workbook.dispose();
    }
    return bytes.toByteArray();
  }

  private static long unpackedSize(byte[] xlsx) throws IOException {
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
      return Collections.list(zip.getEntries()).stream().mapToLong(ZipArchiveEntry::getSize).sum();
    }
  }

  /** The same workbook with one text replaced in one part (all parts deflated at level 9). */
  static byte[] replaced(byte[] xlsx, String part, String text, String by) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // ZipInputStream refuses what SXSSF writes (data descriptors): read the central directory
    try (ZipFile in =
            ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get();
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.setLevel(9);
      for (ZipArchiveEntry entry : Collections.list(in.getEntries())) {
        byte[] data;
        try (InputStream stream = in.getInputStream(entry)) {
          data = stream.readAllBytes();
        }
        if (entry.getName().equals(part)) {
          data =
              new String(data, StandardCharsets.UTF_8)
                  .replaceFirst(text, by)
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(data);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
