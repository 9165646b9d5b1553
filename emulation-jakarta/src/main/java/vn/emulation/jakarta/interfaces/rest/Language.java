package vn.emulation.jakarta.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
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
    return fallback();
  }

  private static Locale fallback() {
    try {
      String tag = ConfigProvider.getConfig()
          .getOptionalValue("emulation.locale", String.class).orElse("vi");
      return "en".equals(Locale.forLanguageTag(tag).getLanguage()) ? ENGLISH : VIETNAMESE;
    } catch (IllegalStateException noConfig) {
      // outside a server (unit tests) there is no MicroProfile Config: speak Vietnamese
      return VIETNAMESE;
    }
  }
}
