package vn.emulation.core.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How Decree 30/2020 (Appendix I) writes a document's place and date and its number: "Rạch Giá,
 * ngày 05 tháng 3 năm 2026" — a day below 10 and the months 1 and 2 with a leading zero, no other
 * month — and "Số: 05/QĐ-UBND", a number below 10 with a leading zero.
 */
public final class DocumentDate {

  private DocumentDate() {}

  /** The place and date line (element 4): "Rạch Giá, ngày 05 tháng 01 năm 2026". */
  public static String placeAndDate(String place, LocalDate day) {
    Objects.requireNonNull(place, "place");
    return nfc(place.strip() + ", " + dayMonthYear(day));
  }

  /** "ngày 05 tháng 01 năm 2026": the date as the place and date line writes it. */
  public static String dayMonthYear(LocalDate day) {
    int m = day.getMonthValue();
    String month = m <= 2 ? "0" + m : Integer.toString(m);
    return "ngày " + twoDigits(day.getDayOfMonth()) + " tháng " + month + " năm " + day.getYear();
  }

  /** The short date of a list's reference: 05/03/2026. */
  public static String numeric(LocalDate day) {
    return twoDigits(day.getDayOfMonth())
        + "/"
        + twoDigits(day.getMonthValue())
        + "/"
        + day.getYear();
  }

  /**
   * A document's number and symbol: {@code 5}, {@link DocumentKind#DECISION}, "UBND" →
   * "05/QĐ-UBND".
   *
   * @throws IllegalArgumentException for a number below 1 (numbering starts at 1 each year)
   */
  public static String number(int number, DocumentKind kind, String bodySymbol) {
    if (number < 1) {
      throw new IllegalArgumentException("a document's number starts at 1: " + number);
    }
    return twoDigits(number) + "/" + kind.abbreviation() + "-" + bodySymbol.strip();
  }

  /** The number line (element 3): "Số: 05/QĐ-UBND". */
  public static String numberLine(String numberAndSymbol) {
    return nfc("Số: " + numberAndSymbol.strip());
  }

  /** A count as documents write it: 01, 02 … 09, 10, 11. */
  public static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
