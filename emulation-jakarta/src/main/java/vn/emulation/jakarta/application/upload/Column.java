package vn.emulation.jakarta.application.upload;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A column of an upload file. The header names are fixed, lower-case ASCII, so that they survive
 * any spreadsheet and any locale; the Vietnamese label only explains them in messages.
 */
public enum Column {
  INDICATOR("indicator", "chỉ tiêu"),
  UNIT("unit", "đơn vị"),
  YEAR("year", "năm"),
  BREAKDOWN("breakdown", "phân tổ"),
  NUMERATOR("numerator", "tử số"),
  DENOMINATOR("denominator", "mẫu số"),
  VALUE("value", "giá trị");

  private final String header;
  private final String vi;

  Column(String header, String vi) {
    this.header = header;
    this.vi = vi;
  }

  /** The name in the header row, such as {@code numerator}. */
  public String header() {
    return header;
  }

  /** What the column holds, in Vietnamese ({@code tử số}). */
  public String vi() {
    return vi;
  }

  /** The header row as text, the columns in their usual order, separated by {@code delimiter}. */
  public static String headerLine(String delimiter) {
    return Arrays.stream(values()).map(Column::header).collect(Collectors.joining(delimiter));
  }

  /** The column a header cell names, ignoring case and surrounding spaces. */
  public static Optional<Column> byHeader(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.header.equals(wanted)).findFirst();
  }
}
