package vn.emulation.jakarta.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The reader's language from {@code Accept-Language}: English if preferred, else Vietnamese. */
final class Language {

  private Language() {}

  static Locale of(HttpHeaders headers) {
    if (headers != null) {
      for (Locale l : headers.getAcceptableLanguages()) {
        if ("en".equals(l.getLanguage()) || "vi".equals(l.getLanguage())) {
          return Locale.forLanguageTag(l.getLanguage());
        }
      }
    }
    return Locale.forLanguageTag("vi");
  }
}
