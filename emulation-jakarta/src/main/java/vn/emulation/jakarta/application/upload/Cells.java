package vn.emulation.jakarta.application.upload;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reading the text of cells: blanks, numbers with either decimal mark, and quoting in messages. */
final class Cells {

  private static final int SHOWN_LENGTH = 80;
  // Plain decimals only: a sign, digits, one decimal mark, a short exponent (as an unformatted
  // spreadsheet number may carry). No thousands separators: "1.234" is not one thousand.
  private static final Pattern DECIMAL_POINT =
      Pattern.compile("[+-]?(\\d{1,30}(\\.\\d{0,30})?|\\.\\d{1,30})([eE][+-]?\\d{1,3})?");
  private static final Pattern DECIMAL_COMMA =
      Pattern.compile("[+-]?(\\d{1,30}(,\\d{0,30})?|,\\d{1,30})");

  private Cells() {}

  /** The cell without surrounding spaces, no-break spaces and byte-order marks; never null. */
  static String strip(String cell) {
    if (cell == null) {
      return "";
    }
    return cell.replace('\u00A0', ' ').replace("\uFEFF", "").strip();
  }

  static boolean allBlank(List<String> row) {
    return row.stream().allMatch(cell -> strip(cell).isEmpty());
  }

  /**
   * The number a stripped cell holds, or empty when it holds none. A decimal point is always
   * understood; a decimal comma ({@code 62,5}) only where {@code decimalComma} says the file was
   * written with one (semicolon-separated files from a Vietnamese Excel).
   */
  static Optional<BigDecimal> decimal(String text, boolean decimalComma) {
    if (DECIMAL_POINT.matcher(text).matches()) {
      return Optional.of(new BigDecimal(text));
    }
    if (decimalComma && DECIMAL_COMMA.matcher(text).matches()) {
      return Optional.of(new BigDecimal(text.replace(',', '.')));
    }
    return Optional.empty();
  }

  /** A cell's text as a message quotes it: in quotes, cut short when long. */
  static String shown(String text) {
    String cut = text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH) + "…" : text;
    return "'" + cut + "'";
  }
}
