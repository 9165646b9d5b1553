package vn.emulation.bench.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.Indicator;

/**
 * The files {@link UploadHeap} reads, generated: each key (indicator, unit, year) once, units
 * outermost, every figure a ratio of counts within the plan's rules.
 */
final class UploadFiles {

  static final String HEADER = "indicator,unit,year,breakdown,numerator,denominator,value";
  private static final int[] YEARS = {2022, 2023, 2024, 2025};

  private final Plan plan;
  private final int rows;

  UploadFiles(Plan plan, int rows) {
    this.plan = plan;
    this.rows = rows;
  }

  /** The unit codes the rows use: long ones, so that the CSV reaches the byte limit too. */
  static String unit(int u) {
    return String.format("DV-KG-%08d", u);
  }

  Set<String> units() {
    Set<String> units = new HashSet<>();
    int perUnit = plan.indicators().size() * YEARS.length;
    for (int u = 0; u <= rows / perUnit; u++) {
      units.add(unit(u));
    }
    return units;
  }

  /** A CSV of {@code rows} rows, counts of nine digits: about 47 bytes a row. */
  byte[] csv() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(rows * 56);
    out.writeBytes((HEADER + "\r\n").getBytes(StandardCharsets.US_ASCII));
    forEachRow(
        rows,
        (indicator, unit, year, n) ->
            out.writeBytes(
                (indicator
                        + ","
                        + unit
                        + ","
                        + year
                        + ",,"
                        + (100_000_000 + n % 90)
                        + ",199999999,\r\n")
                    .getBytes(StandardCharsets.US_ASCII)));
    return out.toByteArray();
  }

  /** The most data rows one sheet holds: Excel's 1,048,576 rows less the header. */
  static final int SHEET_ROWS = 1_048_575;

  /**
   * An XLSX of {@code rows} rows, or of as many as a sheet holds, as POI streams it (inline
   * strings, no shared strings).
   */
  byte[] xlsx() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      workbook.setCompressTempFiles(true);
      Sheet sheet = workbook.createSheet("Số liệu");
      Row header = sheet.createRow(0);
      String[] names = HEADER.split(",");
      for (int c = 0; c < names.length; c++) {
        header.createCell(c).setCellValue(names[c]);
      }
      forEachRow(
          Math.min(rows, SHEET_ROWS),
          (indicator, unit, year, n) -> {
            Row row = sheet.createRow(n + 1);
            row.createCell(0).setCellValue(indicator);
            row.createCell(1).setCellValue(unit);
            row.createCell(2).setCellValue(year);
            row.createCell(4).setCellValue(n % 90);
            row.createCell(5).setCellValue(90);
          });
      workbook.write(bytes);
      workbook.dispose();
    }
    return bytes.toByteArray();
  }

  /**
   * A zip bomb under POI's hundredfold guard: a one-row workbook whose sheet is replaced by nearly
   * the same row again and again, {@code sheetBytes} of XML, deflated at level 9 (the reported one:
   * 9 MB that unpacked 53-fold).
   */
  static byte[] bomb(long sheetBytes) throws IOException {
    byte[] small;
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      workbook.createSheet("Số liệu").createRow(0).createCell(0).setCellValue("indicator");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      workbook.dispose();
      small = out.toByteArray();
    }
    Random random = new Random(53);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipFile parts =
            ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(small)).get();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(9);
      for (ZipArchiveEntry part : Collections.list(parts.getEntries())) {
        zip.putNextEntry(new ZipEntry(part.getName()));
        if (!part.getName().equals("xl/worksheets/sheet1.xml")) {
          try (InputStream in = parts.getInputStream(part)) {
            zip.write(in.readAllBytes());
          }
          zip.closeEntry();
          continue;
        }
        zip.write(
            ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://"
                    + "schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row>"
                    + "<c t=\"inlineStr\"><is><t>"
                    + HEADER.replace(",", "</t></is></c><c t=\"inlineStr\"><is><t>")
                    + "</t></is></c></row>")
                .getBytes(StandardCharsets.UTF_8));
        for (long written = 0; written < sheetBytes; ) {
          byte[] row =
              ("<row><c t=\"inlineStr\"><is><t>G2</t></is></c><c t=\"inlineStr\">"
                      + "<is><t>"
                      + unit(0)
                      + "</t></is></c><c><v>2023</v></c><c/><c><v>"
                      + random.nextInt(90)
                      + "</v></c><c><v>90</v></c></row>")
                  .getBytes(StandardCharsets.UTF_8);
          zip.write(row);
          written += row.length;
        }
        zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A CSV whose header names the seven columns and then {@code columns} unknown ones. */
  static byte[] wideHeader(int columns) {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < columns; i++) {
      text.append(",c").append(i);
    }
    text.append("\r\nG2,").append(unit(0)).append(",2023,,1,2,\r\n");
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private interface RowWriter {
    void row(String indicator, String unit, int year, int n);
  }

  private void forEachRow(int rows, RowWriter writer) {
    List<Indicator> indicators = plan.indicators();
    int n = 0;
    for (int u = 0; n < rows; u++) {
      String unit = unit(u);
      for (int year : YEARS) {
        for (Indicator indicator : indicators) {
          if (n < rows) {
            writer.row(indicator.code(), unit, year, n++);
          }
        }
      }
    }
  }
}
