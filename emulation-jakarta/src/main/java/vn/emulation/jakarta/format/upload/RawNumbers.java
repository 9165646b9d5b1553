package vn.emulation.jakarta.format.upload;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * Shows a numeric cell as its plain value rather than as its format shows it ({@code 1234.5}, not
 * {@code 1,234.50} or {@code 1.234,50} by the locale of whoever saved it), so that numbers read the
 * same from every workbook. A cell formatted as a percentage shows what the reader sees: 0.625
 * formatted {@code 0.0%} is read as {@code 62.5}.
 */
final class RawNumbers extends DataFormatter {

  @Override
  public String formatRawCellContents(double value, int formatIndex, String formatString) {
    return plain(value, formatString);
  }

  @Override
  public String formatRawCellContents(
      double value, int formatIndex, String formatString, boolean use1904Windowing) {
    return plain(value, formatString);
  }

  private static String plain(double value, String formatString) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    BigDecimal number = BigDecimal.valueOf(value);
    if (formatString != null && formatString.contains("%")) {
      number = number.movePointRight(2);
    }
    return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
  }
}
