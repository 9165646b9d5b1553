package vn.emulation.jakarta.format.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;
import vn.emulation.jakarta.application.participant.history.HistoryColumn;
import vn.emulation.jakarta.application.participant.history.HistoryFileUpload;
import vn.emulation.jakarta.application.participant.history.HistoryRow;
import vn.emulation.jakarta.application.participant.history.HistoryRows;
import vn.emulation.jakarta.application.participant.history.HistorySheet;
import vn.emulation.jakarta.application.upload.UploadFormat;
import vn.emulation.jakarta.application.upload.UploadProblems;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Reads a history file (earlier years' ratings, titles, initiatives and awards), CSV or XLSX, with
 * the same readers, checks and limits as a measurement file ({@link MeasurementFile}): the format
 * told by the content, UTF-8 CSV with either separator, the data sheet of a workbook streamed. The
 * header row names the {@link HistoryColumn}s (any order, each once); a second header row of the
 * template, whose first cell is a {@code #}, explains them and is skipped. Each data row is handed
 * on with its cells by column; what the cells must hold is the use case's. Immutable and
 * thread-safe.
 */
public final class HistoryFile {

  private static final int MAX_COLUMNS = 256;

  private final UploadLimits limits;

  public HistoryFile(UploadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** A reader with {@link UploadLimits#DEFAULT}. */
  public HistoryFile() {
    this(UploadLimits.DEFAULT);
  }

  /**
   * The import command for a received file: its name, media type, SHA-256 and size, and the file to
   * read once the use case asks; the content is not closed here.
   */
  public HistoryFileUpload uploaded(UploadContent content, String filename, String mediaType) {
    String declared = filename != null ? filename : mediaType;
    HistorySheet sheet = rows -> read(content, declared, rows);
    return new HistoryFileUpload(filename, mediaType, content.sha256(), content.size(), sheet);
  }

  private UploadFormat read(UploadContent content, String declared, HistoryRows rows) {
    UploadFormat format = MeasurementFile.formatOf(content, declared, limits);
    Layout layout = new Layout(rows, limits);
    if (format == UploadFormat.CSV) {
      try (InputStream first = content.open()) {
        char delimiter = CsvSheet.delimiterOf(first);
        CsvSheet.read(content.open(), delimiter, layout);
      } catch (IOException e) {
        throw new UncheckedIOException("reading the uploaded file failed", e);
      }
    } else {
      XlsxSheet.read(content, limits, layout);
    }
    layout.finish();
    return format;
  }

  /** The header's layout, then each data row by it. One per file; not thread-safe. */
  private static final class Layout implements RawRows {
    private final HistoryRows rows;
    private final UploadLimits limits;
    private Map<HistoryColumn, Integer> positions;
    private int dataRows;
    private boolean failed;

    Layout(HistoryRows rows, UploadLimits limits) {
      this.rows = rows;
      this.limits = limits;
    }

    @Override
    public void row(int rowNumber, List<String> cells) {
      if (Cells.allBlank(cells)) {
        return;
      }
      if (positions == null) {
        positions = header(cells);
        return;
      }
      if (Cells.strip(cells.get(0)).startsWith("#")) {
        return;
      }
      if (++dataRows > limits.maxRows()) {
        throw UploadProblems.single(
            "rows", AdapterMessages.text("upload.fileMoreDataRows", limits.maxRows(), rowNumber));
      }
      Map<HistoryColumn, String> byColumn = new EnumMap<>(HistoryColumn.class);
      positions.forEach(
          (column, at) ->
              byColumn.put(column, at < cells.size() ? Cells.strip(cells.get(at)) : ""));
      rows.row(new HistoryRow(rowNumber, byColumn));
    }

    @Override
    public void fail(String path, LocalizedText reason) {
      failed = true;
      rows.fail(new Problem(path, reason));
    }

    void finish() {
      if (!failed && positions == null) {
        throw UploadProblems.single("file", AdapterMessages.text("upload.fileNoHeaderRow"));
      }
      if (!failed && dataRows == 0) {
        throw UploadProblems.single("rows", AdapterMessages.text("upload.fileHeaderRowBut"));
      }
    }

    private static Map<HistoryColumn, Integer> header(List<String> cells) {
      Map<HistoryColumn, Integer> found = new EnumMap<>(HistoryColumn.class);
      List<String> unknown = new ArrayList<>();
      for (int i = 0; i < Math.min(cells.size(), MAX_COLUMNS); i++) {
        String name = Cells.strip(cells.get(i));
        if (name.isEmpty()) {
          continue;
        }
        Optional<HistoryColumn> column = HistoryColumn.byHeader(name);
        if (column.isEmpty() || found.putIfAbsent(column.get(), i) != null) {
          unknown.add(UploadProblems.shown(name));
        }
      }
      List<String> missing = new ArrayList<>();
      for (HistoryColumn c : HistoryColumn.values()) {
        if (!found.containsKey(c)) {
          missing.add(c.header());
        }
      }
      if (missing.isEmpty() && unknown.isEmpty()) {
        return found;
      }
      throw new InvalidInputException(
          "history file",
          List.of(
              new Problem(
                  "header",
                  AdapterMessages.text(
                      "history.header",
                      String.join(", ", missing),
                      String.join(", ", unknown.subList(0, Math.min(unknown.size(), 10))),
                      HistoryColumn.headerLine(",")))));
    }
  }
}
