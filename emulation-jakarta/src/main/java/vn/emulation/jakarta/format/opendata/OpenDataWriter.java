package vn.emulation.jakarta.format.opendata;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.emulation.jakarta.application.progress.ProgressReport;
import vn.emulation.jakarta.application.progress.TargetProgress;
import vn.emulation.jakarta.format.FormulaGuard;

/**
 * Publishes progress as open data (seed III.6): one row per unit and target, as CSV or JSON; and
 * any view's {@link OpenDataTable} as CSV, written the same way (the XLSX is {@link
 * OpenDataWorkbook}'s).
 *
 * <p>Both hold the same {@link #COLUMNS}, in that order, with rows in the order of the reports
 * given and, within a report, of the plan's targets, so the same reports always give the same
 * bytes. The CSV is RFC 4180 (CRLF, minimal quoting) in UTF-8 with a byte-order mark, so that Excel
 * shows Vietnamese names; no data is an empty cell. The JSON is compact: {@code {"format":
 * "emulation-progress/1", "rows": [...]}}, numbers as numbers, no data as {@code null}. Unit names
 * are those in force on each report's date; the comparator is its symbol (≥, &gt;, =) and the
 * status is {@code MET}, {@code NOT_MET}, {@code INCOMPLETE} (some units have not reported: not met
 * until they do; {@code coverage_missing} names them, separated by spaces) or {@code NO_DATA}. Text
 * cells that a spreadsheet would take for a formula are guarded ({@link FormulaGuard}). Immutable
 * and thread-safe.
 */
public final class OpenDataWriter {

  /** The columns, in order: the CSV header and the JSON keys. */
  public static final List<String> COLUMNS =
      OpenDataTables.PROGRESS.stream().map(OpenDataColumn::header).toList();

  /** The format tag of the JSON document. */
  public static final String JSON_FORMAT = "emulation-progress/1";

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final JsonGeneratorFactory json = Json.createGeneratorFactory(Map.of());

  /** Writes the rows of {@code reports} as CSV to {@code out}; flushed, not closed. */
  public void writeCsv(List<ProgressReport> reports, OutputStream out) {
    writeCsv(OpenDataTables.progress(reports), out);
  }

  /**
   * Writes {@code table} as CSV to {@code out}, as the progress file is written: the machine names
   * as the header, then its rows; flushed, not closed.
   */
  public void writeCsv(OpenDataTable table, OutputStream out) {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader(table.headers().toArray(String[]::new)).get();
    try {
      out.write(BOM);
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter printer = new CSVPrinter(writer, format);
      for (List<Object> row : table.rows()) {
        // guarded first: a negative number is a number, not a formula to guard
        printer.printRecord(plainNumbers(FormulaGuard.cells(row)));
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + table.view() + " as CSV", e);
    }
  }

  /** Writes the rows of {@code reports} as a JSON document to {@code out}; flushed, not closed. */
  public void writeJson(List<ProgressReport> reports, OutputStream out) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = json.createGenerator(text)) {
      g.writeStartObject().write("format", JSON_FORMAT).writeStartArray("rows");
      for (ProgressReport report : reports) {
        for (TargetProgress row : report.rows()) {
          writeRow(g, report, row);
        }
      }
      g.writeEnd().writeEnd();
    }
    try {
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write progress as JSON", e);
    }
  }

  private static void writeRow(JsonGenerator g, ProgressReport report, TargetProgress row) {
    g.writeStartObject()
        .write("plan_code", report.planCode())
        .write("unit_code", report.unitCode())
        .write("unit_name", report.unitName())
        .write("indicator_code", row.indicatorCode())
        .write("milestone_year", row.milestoneYear())
        .write("figures_year", report.year())
        .write("as_of", report.date().toString())
        .write("comparator", row.comparatorSymbol())
        .write("threshold", OpenDataTables.plain(row.threshold()));
    if (row.value() == null) {
      g.writeNull("value").writeNull("gap");
    } else {
      g.write("value", row.value()).write("gap", row.gap());
    }
    g.write("status", row.status().name())
        .write("coverage_reported", row.coverage().reported())
        .write("coverage_expected", row.coverage().expected())
        .write("coverage_missing", String.join(" ", row.coverage().missing()))
        .writeEnd();
  }

  /** Decimals as digits, never in exponent notation (which a spreadsheet would read as text). */
  private static List<Object> plainNumbers(List<Object> row) {
    List<Object> cells = new ArrayList<>(row.size());
    for (Object cell : row) {
      cells.add(cell instanceof BigDecimal d ? d.toPlainString() : cell);
    }
    return cells;
  }
}
