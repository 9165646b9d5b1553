package vn.emulation.jakarta.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The reader's language: the first of Vietnamese or English that {@code Accept-Language} names,
 * else the server's {@code emulation.locale} (Vietnamese unless configured otherwise).
 */
final class Language {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final Locale ENGLISH = Locale.forLanguageTag("en");

  private Language() {}

  static Locale of(HttpHeaders headers) {
    for (Locale l : acceptable(headers)) {
      if ("en".equals(l.getLanguage())) {
        return ENGLISH;
      }
      if ("vi".equals(l.getLanguage())) {
        return VIETNAMESE;
      }
    }
    return fallback();
  }

  /** The languages the request accepts; none when it says none or says it unreadably. */
  private static List<Locale> acceptable(HttpHeaders headers) {
    try {
      return headers == null ? List.of() : headers.getAcceptableLanguages();
    } catch (RuntimeException malformed) {
      return List.of();
    }
  }

  private static Locale fallback() {
    try {
      String tag =
          ConfigProvider.getConfig()
              .getOptionalValue("emulation.locale", String.class)
              .orElse("vi");
      return "en".equals(Locale.forLanguageTag(tag).getLanguage()) ? ENGLISH : VIETNAMESE;
    } catch (IllegalStateException noConfig) {
      // outside a server (unit tests) there is no MicroProfile Config: speak Vietnamese
      return VIETNAMESE;
    }
  }
}
