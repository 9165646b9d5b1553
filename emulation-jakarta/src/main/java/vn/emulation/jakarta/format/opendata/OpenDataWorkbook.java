package vn.emulation.jakarta.format.opendata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * A published view as an XLSX workbook: the first sheet holds the same rows as the view's CSV file,
 * under the same machine column names (the open-data contract), with numbers as numbers (each with
 * the decimals the API gives it), days as days and names as text (no formula guard is needed: a
 * text cell is never evaluated); no data is an empty cell. The second sheet, {@code Giải thích
 * (About)}, says in Vietnamese and English what the file is, which plan and version, unit,
 * milestone, years and day it holds, where it came from, and what each column means.
 *
 * <p>The same table and provenance always give the same bytes: the workbook is dated by the day its
 * figures describe ({@link Provenance#asOf()}), not by when it was written, both in its core
 * properties and in its ZIP entries. Stateless and thread-safe.
 */
public final class OpenDataWorkbook {

  /** Widths of the data columns, in characters, by what they hold. */
  private static final int TEXT_WIDTH = 18;

  private static final int NAME_WIDTH = 28;
  private static final int NUMBER_WIDTH = 12;

  private OpenDataWorkbook() {}

  /** The workbook of {@code table}, explained by {@code about}. */
  public static byte[] write(OpenDataTable table, Provenance about) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      data(workbook.createSheet(bilingual(table.view().sheet(), " (", ")")), table, styles);
      about(
          workbook.createSheet(bilingual(AdapterMessages.text("opendata.sheet.about"), " (", ")")),
          table,
          about,
          styles);
      var properties = workbook.getProperties().getCoreProperties();
      properties.setCreated(
          Optional.of(Date.from(about.asOf().atStartOfDay().toInstant(ZoneOffset.UTC))));
      properties.setCreator("emulation");
      properties.setTitle(bilingual(table.view().title(), " / ", ""));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return dated(bytes.toByteArray(), about.asOf().atStartOfDay());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + table.view() + " as XLSX", e);
    }
  }

  private static void data(XSSFSheet sheet, OpenDataTable table, Styles styles) {
    Row header = sheet.createRow(0);
    List<OpenDataColumn> columns = table.columns();
    for (int c = 0; c < columns.size(); c++) {
      Cell cell = header.createCell(c);
      cell.setCellValue(columns.get(c).header());
      cell.setCellStyle(styles.bold);
      sheet.setColumnWidth(c, width(columns.get(c)) * 256);
    }
    for (int r = 0; r < table.rows().size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<Object> cells = table.rows().get(r);
      for (int c = 0; c < cells.size(); c++) {
        write(row, c, cells.get(c), styles);
      }
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(
        new CellRangeAddress(0, Math.max(0, table.rows().size()), 0, columns.size() - 1));
  }

  private static void about(XSSFSheet sheet, OpenDataTable table, Provenance p, Styles styles) {
    int r = 0;
    Row title = sheet.createRow(r++);
    title.createCell(0).setCellValue(bilingual(table.view().title(), " / ", ""));
    title.getCell(0).setCellStyle(styles.bold);
    r++;
    r = line(sheet, r, "opendata.about.plan", p.planCode(), styles);
    r = line(sheet, r, "opendata.about.version", p.version(), styles);
    r = line(sheet, r, "opendata.about.unit", p.unitCode() + " — " + p.unitName(), styles);
    r = line(sheet, r, "opendata.about.milestone", p.milestone(), styles);
    r = line(sheet, r, "opendata.about.figures", p.figures(), styles);
    r = line(sheet, r, "opendata.about.asOf", p.asOf(), styles);
    r = line(sheet, r, "opendata.about.source", p.source(), styles);
    r = line(sheet, r, "opendata.about.noData", null, styles);
    r++;
    Row head = sheet.createRow(r++);
    LocalizedText column = AdapterMessages.text("opendata.about.column");
    LocalizedText meaning = AdapterMessages.text("opendata.about.meaning");
    head.createCell(0).setCellValue(bilingual(column, " / ", ""));
    head.createCell(1).setCellValue(meaning.vi());
    head.createCell(2).setCellValue(meaning.en());
    for (int c = 0; c < 3; c++) {
      head.getCell(c).setCellStyle(styles.bold);
    }
    for (OpenDataColumn c : table.columns()) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(c.header());
      row.createCell(1).setCellValue(c.meaning().vi());
      row.createCell(2).setCellValue(c.meaning().en());
    }
    sheet.setColumnWidth(0, 34 * 256);
    sheet.setColumnWidth(1, 70 * 256);
    sheet.setColumnWidth(2, 70 * 256);
  }

  private static int line(XSSFSheet sheet, int r, String key, Object value, Styles styles) {
    Row row = sheet.createRow(r);
    row.createCell(0).setCellValue(bilingual(AdapterMessages.text(key), " / ", ""));
    row.getCell(0).setCellStyle(styles.bold);
    write(row, 1, value, styles);
    return r + 1;
  }

  /** One cell: text, a whole number, a decimal with its own decimals, a day; null stays empty. */
  private static void write(Row row, int c, Object value, Styles styles) {
    if (value == null || value instanceof String s && s.isEmpty()) {
      return;
    }
    Cell cell = row.createCell(c);
    if (value instanceof String s) {
      cell.setCellValue(s);
    } else if (value instanceof Integer i) {
      cell.setCellValue(i);
    } else if (value instanceof BigDecimal d) {
      cell.setCellValue(d.doubleValue());
      cell.setCellStyle(styles.decimals(Math.max(0, d.scale())));
    } else if (value instanceof LocalDate day) {
      cell.setCellValue(day);
      cell.setCellStyle(styles.day);
    } else {
      throw new IllegalArgumentException("not a cell of a published file: " + value.getClass());
    }
  }

  private static int width(OpenDataColumn c) {
    return switch (c) {
      case UNIT_NAME, REASON_VI, REASON_EN -> NAME_WIDTH;
      case PLAN_CODE, PARENT_UNIT_CODE, UNIT_CODE, COVERAGE_MISSING, STATUS, OUTLOOK -> TEXT_WIDTH;
      default -> NUMBER_WIDTH;
    };
  }

  /** "Tiến độ (Progress)": the Vietnamese first, as the file's readers read it. */
  private static String bilingual(LocalizedText text, String between, String after) {
    return text.vi() + between + text.en() + after;
  }

  /**
   * The workbook's ZIP entries dated {@code day} rather than now, which is what POI writes: the
   * same content then has the same bytes. The entries keep their names, order and content.
   */
  private static byte[] dated(byte[] xlsx, LocalDateTime day) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry dated = new ZipEntry(e.getName());
        // a local date-time is written as the ZIP's own date, whatever the server's time zone
        dated.setTimeLocal(day);
        zip.putNextEntry(dated);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** The workbook's cell styles, made once each. */
  private static final class Styles {
    private final XSSFWorkbook workbook;
    private final CellStyle bold;
    private final CellStyle day;
    private final Map<Integer, CellStyle> decimals = new HashMap<>();

    Styles(XSSFWorkbook workbook) {
      this.workbook = workbook;
      Font font = workbook.createFont();
      font.setBold(true);
      bold = workbook.createCellStyle();
      bold.setFont(font);
      day = workbook.createCellStyle();
      day.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    /** "0", "0.00", "0.000000": as many decimals as the API gave. */
    CellStyle decimals(int scale) {
      return decimals.computeIfAbsent(
          scale,
          s -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(
                workbook.createDataFormat().getFormat(s == 0 ? "0" : "0." + "0".repeat(s)));
            return style;
          });
    }
  }
}
