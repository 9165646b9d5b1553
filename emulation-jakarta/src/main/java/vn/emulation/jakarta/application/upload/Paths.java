package vn.emulation.jakarta.application.upload;

import vn.emulation.core.common.ProblemCollector;
import vn.emulation.jakarta.messages.AdapterMessages;

/** The paths of problems in an upload file ({@code rows[7].numerator}) and the commonest one. */
final class Paths {

  private Paths() {}

  /** The path of a cell: its row as a spreadsheet numbers it, and its column's header. */
  static String of(int row, Column column) {
    return row(row) + "." + column.header();
  }

  /** The path of a whole row. */
  static String row(int row) {
    return "rows[" + row + "]";
  }

  /** Records that a required cell was left blank. */
  static void blank(ProblemCollector problems, int row, Column column) {
    problems.add(
        of(row, column),
        AdapterMessages.text("upload.cellRequiredButEmpty", column.header(), column.vi()));
  }
}
