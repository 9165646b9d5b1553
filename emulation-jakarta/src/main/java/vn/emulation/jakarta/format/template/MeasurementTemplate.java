package vn.emulation.jakarta.format.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.Indicator;
import vn.emulation.jakarta.application.upload.Column;
import vn.emulation.jakarta.format.FormulaGuard;
import vn.emulation.jakarta.format.upload.MeasurementFile;

/**
 * The blank upload file of a plan, to download, fill in and upload back: the header row, then one
 * example row per indicator for the first unit given, its figures left empty. The XLSX template
 * also lists the plan's indicators on a second sheet ({@value #INDICATOR_SHEET}) with their names,
 * units and thresholds, so a unit fills it in without the plan at hand. A template whose example
 * rows are filled in is a valid upload. Immutable and thread-safe.
 */
public final class MeasurementTemplate {

  /** The sheet the data goes in; uploads read it wherever it stands. */
  public static final String DATA_SHEET = MeasurementFile.DATA_SHEET;

  /** The sheet listing the plan's indicators. */
  public static final String INDICATOR_SHEET = "Chỉ tiêu";

  private static final int[] DATA_WIDTHS = {12, 18, 8, 14, 14, 14, 12};

  private final Plan plan;

  public MeasurementTemplate(Plan plan) {
    this.plan = Objects.requireNonNull(plan, "plan");
  }

  /**
   * A CSV template: UTF-8 with a byte-order mark (so Excel shows it right), comma-separated, CRLF
   * line ends; text that a spreadsheet would take for a formula is guarded ({@link FormulaGuard}),
   * and the upload reader takes the guard off again.
   *
   * @param unitCodes the units the file is for; the example rows are for the first, none when the
   *     list is empty
   * @param year the year of the example rows, within the plan period
   */
  public byte[] csv(List<String> unitCodes, int year) {
    return csv(unitCodes, plan.indicators(), year);
  }

  /**
   * A CSV template whose example rows are only the given indicators: those the first unit may
   * report at its level, as the use case chose them by the core's {@code ReportingRule} (a ward's
   * template has no row for a city-level figure).
   *
   * @param unitCodes as for {@link #csv(List, int)}
   * @param indicators the indicators of the example rows, in their order
   * @param year as for {@link #csv(List, int)}
   */
  public byte[] csv(List<String> unitCodes, List<Indicator> indicators, int year) {
    List<List<String>> rows = exampleRows(unitCodes, indicators, year);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      out.write('\uFEFF');
      printer.printRecord(
          FormulaGuard.cells(Arrays.stream(Column.values()).map(Column::header).toList()));
      for (List<String> row : rows) {
        // unit and indicator codes are data: one could begin like a formula
        printer.printRecord(FormulaGuard.cells(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * An XLSX template: sheet {@value #DATA_SHEET} with the bold header row and the example rows,
   * sheet {@value #INDICATOR_SHEET} with the plan's indicators.
   *
   * @param unitCodes as for {@link #csv}
   * @param year as for {@link #csv}
   */
  public byte[] xlsx(List<String> unitCodes, int year) {
    return xlsx(unitCodes, plan.indicators(), year);
  }

  /**
   * An XLSX template whose example rows are only the given indicators; the sheet {@value
   * #INDICATOR_SHEET} still lists every indicator of the plan.
   *
   * @param unitCodes as for {@link #csv(List, int)}
   * @param indicators as for {@link #csv(List, List, int)}
   * @param year as for {@link #csv(List, int)}
   */
  public byte[] xlsx(List<String> unitCodes, List<Indicator> indicators, int year) {
    List<List<String>> rows = exampleRows(unitCodes, indicators, year);
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      XSSFSheet data = workbook.createSheet(DATA_SHEET);
      Row header = data.createRow(0);
      for (Column column : Column.values()) {
        header.createCell(column.ordinal()).setCellValue(column.header());
        header.getCell(column.ordinal()).setCellStyle(bold);
        data.setColumnWidth(column.ordinal(), DATA_WIDTHS[column.ordinal()] * 256);
      }
      data.createFreezePane(0, 1);
      for (int r = 0; r < rows.size(); r++) {
        Row row = data.createRow(r + 1);
        row.createCell(Column.INDICATOR.ordinal()).setCellValue(rows.get(r).get(0));
        row.createCell(Column.UNIT.ordinal()).setCellValue(rows.get(r).get(1));
        row.createCell(Column.YEAR.ordinal()).setCellValue(year);
      }
      new IndicatorSheet(plan).write(workbook.createSheet(INDICATOR_SHEET), bold);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<List<String>> exampleRows(
      List<String> unitCodes, List<Indicator> indicators, int year) {
    Objects.requireNonNull(unitCodes, "unitCodes");
    Objects.requireNonNull(indicators, "indicators");
    if (!plan.identity().period().contains(year)) {
      throw new IllegalArgumentException(
          "year "
              + year
              + " is outside the period "
              + plan.identity().period()
              + " of plan "
              + plan.code());
    }
    List<List<String>> rows = new ArrayList<>();
    if (unitCodes.isEmpty()) {
      return rows;
    }
    String unit = unitCodes.get(0);
    for (Indicator indicator : indicators) {
      rows.add(List.of(indicator.code(), unit, String.valueOf(year), "", "", "", ""));
    }
    return rows;
  }
}
