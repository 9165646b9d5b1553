package vn.emulation.jakarta.format.upload;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.emulation.jakarta.application.upload.SheetRow.NumberCell;

/** Reading the text of cells: blanks, numbers with either decimal mark, and a percentage's sign. */
final class Cells {

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
    // most cells of a large upload are plain counts: the patterns' first branch, without a matcher
    if (plainDigits(text) || DECIMAL_POINT.matcher(text).matches()) {
      return Optional.of(new BigDecimal(text));
    }
    if (decimalComma && DECIMAL_COMMA.matcher(text).matches()) {
      return Optional.of(new BigDecimal(text.replace(',', '.')));
    }
    return Optional.empty();
  }

  /** One to 30 ASCII digits and nothing else, as {@code \\d{1,30}} matches them. */
  private static boolean plainDigits(String text) {
    int length = text.length();
    if (length == 0 || length > 30) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A stripped cell meant to hold a number, with the number it holds in the file's notation, and
   * the number before a trailing {@code %} (whether a percentage may be written so is the rules').
   */
  static NumberCell number(String text, boolean decimalComma) {
    Optional<BigDecimal> percent =
        text.endsWith("%")
            ? decimal(text.substring(0, text.length() - 1).strip(), decimalComma)
            : Optional.empty();
    return new NumberCell(text, decimal(text, decimalComma), percent);
  }
}
