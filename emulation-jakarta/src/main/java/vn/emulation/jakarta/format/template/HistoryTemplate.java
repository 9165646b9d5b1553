package vn.emulation.jakarta.format.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.emulation.jakarta.application.participant.history.HistoryColumn;
import vn.emulation.jakarta.format.FormulaGuard;
import vn.emulation.jakarta.format.upload.MeasurementFile;

/**
 * The blank history file to fill in: the header row of {@link HistoryColumn}s, then a row that
 * explains each column in Vietnamese and English (its first cell starts with {@code #}, so that
 * reading the file skips it), then one example row of each kind of record. CSV in UTF-8 with a
 * byte-order mark (so that Excel reads the diacritics), or XLSX with the data sheet. Immutable.
 */
public final class HistoryTemplate {

  private static final List<List<String>> EXAMPLES =
      List.of(
          List.of("ma-doi-tuong", "rating", "2023", "GOOD", "", "", "", "", ""),
          List.of("ma-doi-tuong", "title", "2023", "LDTT", "", "", "12/QĐ-UBND", "", ""),
          List.of(
              "ma-doi-tuong",
              "initiative",
              "",
              "GRASSROOTS",
              "",
              "Số hóa hồ sơ một cửa",
              "",
              "20/05/2023",
              ""),
          List.of(
              "ma-doi-tuong",
              "award",
              "",
              "GK_UBND",
              "MOVEMENT",
              "",
              "45/QĐ-UBND",
              "12/03/2024",
              ""));

  private HistoryTemplate() {}

  /** The explaining row: {@code # mã đối tượng / participant identifier}, one cell a column. */
  static List<String> explained() {
    List<String> cells = new ArrayList<>();
    for (HistoryColumn c : HistoryColumn.values()) {
      cells.add((c.ordinal() == 0 ? "# " : "") + c.vi() + " / " + c.en());
    }
    return cells;
  }

  /** The CSV template. */
  public static byte[] csv() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    try (CSVPrinter printer =
        new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
      printer.printRecord(HistoryColumn.headerLine(",").split(","));
      printer.printRecord(FormulaGuard.cells(explained()));
      for (List<String> row : EXAMPLES) {
        printer.printRecord(FormulaGuard.cells(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The XLSX template, its rows on the data sheet. */
  public static byte[] xlsx() {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      XSSFSheet data = workbook.createSheet(MeasurementFile.DATA_SHEET);
      Row header = data.createRow(0);
      Row explaining = data.createRow(1);
      List<String> explained = explained();
      for (HistoryColumn column : HistoryColumn.values()) {
        header.createCell(column.ordinal()).setCellValue(column.header());
        header.getCell(column.ordinal()).setCellStyle(bold);
        explaining.createCell(column.ordinal()).setCellValue(explained.get(column.ordinal()));
        data.setColumnWidth(column.ordinal(), 24 * 256);
      }
      data.createFreezePane(0, 2);
      for (int r = 0; r < EXAMPLES.size(); r++) {
        Row row = data.createRow(r + 2);
        List<String> cells = EXAMPLES.get(r);
        for (int c = 0; c < cells.size(); c++) {
          row.createCell(c).setCellValue(cells.get(c));
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
