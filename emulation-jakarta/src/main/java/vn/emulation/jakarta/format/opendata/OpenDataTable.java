package vn.emulation.jakarta.format.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * One published view as a table, cell by cell: what its CSV file and the first sheet of its XLSX
 * file both hold, so that the two are the same rows by construction. A cell is text, a whole number
 * ({@link Integer}), a decimal ({@link BigDecimal}, with the decimals the API gives), a day ({@link
 * LocalDate}) or {@code null} (no data: an empty cell). Immutable.
 *
 * @param view which view it is
 * @param columns its columns, in order
 * @param rows its rows, each with one cell per column
 */
public record OpenDataTable(View view, List<OpenDataColumn> columns, List<List<Object>> rows) {

  /** The views of the published progress that download as files. */
  public enum View {
    /** A unit and the units directly under it, one row per unit and target. */
    PROGRESS("progress", "opendata.sheet.progress", "opendata.title.progress"),
    /** A unit's figures year by year against one milestone's thresholds. */
    TREND("trend", "opendata.sheet.trend", "opendata.title.trend"),
    /** The units directly under a unit, ranked. */
    RANKING("ranking", "opendata.sheet.ranking", "opendata.title.ranking"),
    /** A unit's targets projected to the milestone, and the units under it at risk. */
    FORECAST("forecast", "opendata.sheet.forecast", "opendata.title.forecast");

    private final String fileName;
    private final String sheetKey;
    private final String titleKey;

    View(String fileName, String sheetKey, String titleKey) {
      this.fileName = fileName;
      this.sheetKey = sheetKey;
      this.titleKey = titleKey;
    }

    /** The file's name without its extension: {@code progress}. */
    public String fileName() {
      return fileName;
    }

    /** The data sheet's short name, in both languages. */
    public LocalizedText sheet() {
      return AdapterMessages.text(sheetKey);
    }

    /** What the file holds, in both languages. */
    public LocalizedText title() {
      return AdapterMessages.text(titleKey);
    }
  }

  public OpenDataTable {
    Objects.requireNonNull(view, "view");
    columns = List.copyOf(columns);
    List<List<Object>> copied = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "a row of "
                + view
                + " has "
                + row.size()
                + " cells for "
                + columns.size()
                + " columns");
      }
      for (Object cell : row) {
        if (cell != null
            && !(cell instanceof String
                || cell instanceof Integer
                || cell instanceof BigDecimal
                || cell instanceof LocalDate)) {
          throw new IllegalArgumentException("not a cell of a published file: " + cell.getClass());
        }
      }
      // a list that may hold null: List.copyOf would refuse it
      copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = java.util.Collections.unmodifiableList(copied);
  }

  /** The machine names of the columns, in order. */
  public List<String> headers() {
    return columns.stream().map(OpenDataColumn::header).toList();
  }

  /** A row of cells, for the factories. */
  static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }
}
