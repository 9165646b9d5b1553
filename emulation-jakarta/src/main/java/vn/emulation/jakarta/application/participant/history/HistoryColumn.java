package vn.emulation.jakarta.application.participant.history;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A column of a history file. The header names are fixed, lower-case ASCII, so that they survive
 * any spreadsheet and any locale; the Vietnamese label explains them in the template and in
 * messages.
 */
public enum HistoryColumn {
  PARTICIPANT("participant", "mã đối tượng", "participant identifier"),
  RECORD("record", "loại (rating, title, initiative, award)", "kind of record"),
  YEAR("year", "năm", "year"),
  VALUE("value", "xếp loại / danh hiệu / cấp / hình thức", "rating / title / level / form"),
  TYPE("type", "loại hình khen thưởng", "type of commendation"),
  NAME("name", "tên sáng kiến", "initiative's name"),
  DECISION("decision", "số quyết định", "decision number"),
  DATE("date", "ngày", "date"),
  REVOKED("revoked", "ngày thu hồi", "revoked on");

  private final String header;
  private final String vi;
  private final String en;

  HistoryColumn(String header, String vi, String en) {
    this.header = header;
    this.vi = vi;
    this.en = en;
  }

  /** The name in the header row, such as {@code decision}. */
  public String header() {
    return header;
  }

  /** What the column holds, in Vietnamese. */
  public String vi() {
    return vi;
  }

  /** What the column holds, in English. */
  public String en() {
    return en;
  }

  /** The header row as text, the columns in their usual order, separated by {@code delimiter}. */
  public static String headerLine(String delimiter) {
    return Arrays.stream(values())
        .map(HistoryColumn::header)
        .collect(Collectors.joining(delimiter));
  }

  /** The column a header cell names, ignoring case and surrounding spaces. */
  public static Optional<HistoryColumn> byHeader(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.header.equals(wanted)).findFirst();
  }
}
