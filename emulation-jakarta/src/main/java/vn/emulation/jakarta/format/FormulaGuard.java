package vn.emulation.jakarta.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the CSV files the system writes from running as formulas in a spreadsheet (CSV or "formula"
 * injection): a unit named {@code =HYPERLINK("http://…")} or a code such as {@code =cmd|' /C
 * calc'!A0} would otherwise be evaluated by Excel or LibreOffice when an officer opens the
 * open-data file or a template. Following OWASP's rule, a text cell beginning with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a single quote in front, which
 * spreadsheets show as text and readers still recognise (a sign alone, such as the comparator
 * {@code =}, is no formula and stays as it is). Only text is guarded: numbers (a gap of {@code
 * -3.5}) are written as the numbers they are. Every CSV writer goes through here; the upload reader
 * takes the quote off again ({@link #unguarded}), so a template the system wrote reads back as it
 * was. Stateless and thread-safe.
 */
public final class FormulaGuard {

  private static final String TRIGGERS = "=+-@\t\r";

  private FormulaGuard() {}

  /** The text as a spreadsheet must see it: a leading {@code '} if it could start a formula. */
  public static String text(String text) {
    return startsFormula(text) ? "'" + text : text;
  }

  /** A cell to write: text guarded, anything else (numbers, dates, null) as it is. */
  public static Object cell(Object value) {
    return value instanceof CharSequence text ? text(text.toString()) : value;
  }

  /** A row of cells to write, each through {@link #cell}. */
  public static List<Object> cells(Iterable<?> values) {
    List<Object> row = new ArrayList<>();
    for (Object value : values) {
      row.add(cell(value));
    }
    return row;
  }

  /** A cell as read back: the guard's quote taken off a text that {@link #text} guarded. */
  public static String unguarded(String cell) {
    return cell != null
            && cell.length() > 2
            && cell.charAt(0) == '\''
            && TRIGGERS.indexOf(cell.charAt(1)) >= 0
        ? cell.substring(1)
        : cell;
  }

  private static boolean startsFormula(String text) {
    // a sign alone is no formula: the comparator "=" stays the symbol it is
    return text != null && text.length() > 1 && TRIGGERS.indexOf(text.charAt(0)) >= 0;
  }
}
