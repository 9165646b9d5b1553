package vn.emulation.devsignin;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The reader's language: English when {@code Accept-Language} prefers it, else Vietnamese. */
final class Language {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  static final Locale ENGLISH = Locale.forLanguageTag("en");

  private Language() {}

  static Locale of(HttpHeaders headers) {
    if (headers != null) {
      for (Locale l : headers.getAcceptableLanguages()) {
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
