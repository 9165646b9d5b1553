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
import vn.emulation.jakarta.messages.AdapterMessages;

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
      LocalizedText andMore = AdapterMessages.text("upload.header.andMore", more);
      return names + (locale == Locale.ENGLISH ? andMore.en() : andMore.vi());
    }
  }

  private static LocalizedText reason(
      int named, List<String> missing, Names unknown, Names repeated) {
    LocalizedText wrong = AdapterMessages.text("upload.header.wrong");
    StringBuilder vi = new StringBuilder(wrong.vi());
    StringBuilder en = new StringBuilder(wrong.en());
    int most = Column.values().length;
    if (named > most) {
      LocalizedText tooMany =
          AdapterMessages.text(
              "upload.header.tooMany",
              UploadProblems.grouped(named, VI),
              most,
              UploadProblems.grouped(named, Locale.ENGLISH));
      vi.append(tooMany.vi());
      en.append(tooMany.en());
    }
    if (!missing.isEmpty()) {
      LocalizedText m = AdapterMessages.text("upload.header.missing", String.join(", ", missing));
      vi.append(m.vi());
      en.append(m.en());
    }
    if (unknown.count > 0) {
      LocalizedText u =
          AdapterMessages.text(
              "upload.header.unknown", unknown.shown(VI), unknown.shown(Locale.ENGLISH));
      vi.append(u.vi());
      en.append(u.en());
    }
    if (repeated.count > 0) {
      LocalizedText d =
          AdapterMessages.text(
              "upload.header.repeated", repeated.shown(VI), repeated.shown(Locale.ENGLISH));
      vi.append(d.vi());
      en.append(d.en());
    }
    LocalizedText expected = AdapterMessages.text("upload.header.expected", Column.headerLine(","));
    vi.append(expected.vi());
    en.append(expected.en());
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
