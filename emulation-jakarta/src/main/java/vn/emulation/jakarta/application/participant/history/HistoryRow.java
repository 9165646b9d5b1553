package vn.emulation.jakarta.application.participant.history;

import java.util.EnumMap;
import java.util.Map;

/**
 * One data row of a history file as its format read it: its number as a spreadsheet shows it (the
 * header is row 1) and each column's cell, stripped ({@code ""} when empty). Immutable.
 *
 * @param number the row's number in the sheet
 * @param cells each column's text
 */
public record HistoryRow(int number, Map<HistoryColumn, String> cells) {

  public HistoryRow {
    EnumMap<HistoryColumn, String> all = new EnumMap<>(HistoryColumn.class);
    for (HistoryColumn c : HistoryColumn.values()) {
      String cell = cells.get(c);
      all.put(c, cell == null ? "" : cell);
    }
    cells = Map.copyOf(all);
  }

  /** The text of {@code column}, {@code ""} when empty. */
  public String cell(HistoryColumn column) {
    return cells.get(column);
  }

  /** The path a problem of {@code column} in this row is reported at: {@code rows[7].year}. */
  public String path(HistoryColumn column) {
    return "rows[" + number + "]." + column.header();
  }
}
