package vn.emulation.core.evaluation;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates as each language writes them: 1.500.000 đồng and 31/01/2023 in Vietnamese. */
final class Formats {

  private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Formats() {}

  static String dongVi(long amount) {
    return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(amount) + " đồng";
  }

  static String dongEn(long amount) {
    return "VND " + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(amount);
  }

  static String dateVi(LocalDate date) {
    return VI_DATE.format(date);
  }

  static String dateEn(LocalDate date) {
    return date.toString();
  }
}
