package vn.emulation.devsignin;

import java.util.Locale;

/**
 * The reader's language: English when {@code Accept-Language} prefers it, else Vietnamese. The
 * languages come in the order of preference (the servlet request's {@code getLocales()}).
 */
final class Language {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  static final Locale ENGLISH = Locale.forLanguageTag("en");

  private Language() {}

  static Locale of(Iterable<Locale> acceptable) {
    if (acceptable != null) {
      for (Locale l : acceptable) {
        if ("en".equals(l.getLanguage())) {
          return ENGLISH;
        }
        if ("vi".equals(l.getLanguage())) {
          return VIETNAMESE;
        }
      }
    }
    return VIETNAMESE;
  }
}
