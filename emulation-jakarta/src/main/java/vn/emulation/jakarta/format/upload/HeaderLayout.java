package vn.emulation.jakarta.format.upload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;
import vn.emulation.jakarta.application.upload.Column;
import vn.emulation.jakarta.application.upload.SheetRow;
import vn.emulation.jakarta.application.upload.UploadProblems;

/**
 * Where each {@link Column} stands in a file, as its header row says: every column once, in any
 * order, blank header cells ignored. Immutable.
 */
final class HeaderLayout {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final int[] positions;
  private final boolean[] named;

  private HeaderLayout(Map<Column, Integer> found, int width) {
    positions = new int[Column.values().length];
    named = new boolean[width];
    found.forEach(
        (column, position) -> {
          positions[column.ordinal()] = position;
          named[position] = true;
        });
  }

  /**
   * The layout a header row gives, or an {@link InvalidInputException} with one problem at path
   * {@code header} naming the missing, unknown and repeated columns.
   */
  static HeaderLayout of(List<String> header) {
    Map<Column, Integer> found = new EnumMap<>(Column.class);
    Names unknown = new Names();
    Names repeated = new Names();
    int named = 0;
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).replace("\uFEFF", "").strip();
      if (name.isEmpty()) {
        continue;
      }
      named++;
      Optional<Column> column = Column.byHeader(name);
      if (column.isEmpty()) {
        unknown.add(UploadProblems.shown(name));
      } else if (found.putIfAbsent(column.get(), i) != null) {
        repeated.add(name);
      }
    }
    List<String> missing =
        Arrays.stream(Column.values())
            .filter(c -> !found.containsKey(c))
            .map(Column::header)
            .toList();
    if (missing.isEmpty() && unknown.count == 0 && repeated.count == 0) {
      return new HeaderLayout(found, header.size());
    }
    throw new InvalidInputException(
        "measurement file",
        List.of(new Problem("header", reason(named, missing, unknown, repeated))));
  }

  /**
   * Column names for a message: the first {@value #LISTED} and how many more, so that a header of a
   * million unknown columns answers in one line, not in megabytes.
   */
  private static final class Names {
    static final int LISTED = 10;
    final List<String> listed = new ArrayList<>();
    int count;

    void add(String name) {
      if (count++ < LISTED) {
        listed.add(name);
      }
    }

    String shown(Locale locale) {
      String names = String.join(", ", listed);
      if (count <= LISTED) {
        return names;
      }
      String more = UploadProblems.grouped(count - LISTED, locale);
      return names
          + (locale == Locale.ENGLISH ? " …and " + more + " more" : " …và " + more + " cột khác");
    }
  }

  private static LocalizedText reason(
      int named, List<String> missing, Names unknown, Names repeated) {
    StringBuilder vi = new StringBuilder("Dòng tiêu đề sai:");
    StringBuilder en = new StringBuilder("Wrong header row:");
    int most = Column.values().length;
    if (named > most) {
      vi.append(" có ")
          .append(UploadProblems.grouped(named, VI))
          .append(" cột, tệp số liệu chỉ có ")
          .append(most)
          .append(" cột;");
      en.append(" it has ")
          .append(UploadProblems.grouped(named, Locale.ENGLISH))
          .append(" columns, a measurement file has only ")
          .append(most)
          .append(';');
    }
    if (!missing.isEmpty()) {
      vi.append(" thiếu cột ").append(String.join(", ", missing)).append(';');
      en.append(" missing column(s) ").append(String.join(", ", missing)).append(';');
    }
    if (unknown.count > 0) {
      vi.append(" cột không rõ ").append(unknown.shown(VI)).append(';');
      en.append(" unknown column(s) ").append(unknown.shown(Locale.ENGLISH)).append(';');
    }
    if (repeated.count > 0) {
      vi.append(" cột lặp lại ").append(repeated.shown(VI)).append(';');
      en.append(" repeated column(s) ").append(repeated.shown(Locale.ENGLISH)).append(';');
    }
    String expected = Column.headerLine(",");
    vi.append(" tiêu đề đúng là ").append(expected);
    en.append(" the header is ").append(expected);
    return LocalizedText.of(vi.toString(), en.toString());
  }

  /**
   * A data row as the rules read it: each column's cell, stripped, the numbers of the year (never
   * with a decimal comma) and of the figures (with one where {@code decimalComma} says the file
   * uses it), and the first stray cell.
   */
  SheetRow row(int number, List<String> cells, boolean decimalComma) {
    return new SheetRow(
        number,
        cell(cells, Column.INDICATOR),
        cell(cells, Column.UNIT),
        Cells.number(cell(cells, Column.YEAR), false),
        cell(cells, Column.BREAKDOWN),
        Cells.number(cell(cells, Column.NUMERATOR), decimalComma),
        Cells.number(cell(cells, Column.DENOMINATOR), decimalComma),
        Cells.number(cell(cells, Column.VALUE), decimalComma),
        strayCell(cells).map(i -> new SheetRow.StrayCell(i, Cells.strip(cells.get(i)))));
  }

  /** The cell of {@code column} in a row, stripped; empty when the row is shorter. */
  String cell(List<String> row, Column column) {
    int position = positions[column.ordinal()];
    return position < row.size() ? Cells.strip(row.get(position)) : "";
  }

  /**
   * The first cell of a row that is filled in but stands under no column (past the header, or under
   * a blank header cell), 0-based; empty when there is none.
   */
  Optional<Integer> strayCell(List<String> row) {
    for (int i = 0; i < row.size(); i++) {
      if ((i >= named.length || !named[i]) && !Cells.strip(row.get(i)).isEmpty()) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
