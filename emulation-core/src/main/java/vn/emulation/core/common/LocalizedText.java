package vn.emulation.core.common;

import java.util.Locale;
import java.util.Objects;

/**
 * A text a person reads, in Vietnamese (the default and the legal wording) and in English.
 *
 * <p>The Vietnamese text is required because it is the text of record; the English one falls back
 * to it when a plan gives none. Immutable and thread-safe.
 *
 * @param vi the Vietnamese text, with its diacritics, never blank
 * @param en the English text, never blank (equal to {@code vi} when the source has no translation)
 */
public record LocalizedText(String vi, String en) {

  /** The locale the system speaks by default. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  public LocalizedText {
    if (vi == null || vi.isBlank()) {
      throw new IllegalArgumentException("Vietnamese text must not be blank, was: " + vi);
    }
    en = (en == null || en.isBlank()) ? vi : en;
  }

  /** Text in both languages. */
  public static LocalizedText of(String vi, String en) {
    return new LocalizedText(vi, en);
  }

  /** Text known only in Vietnamese: English readers see the Vietnamese text. */
  public static LocalizedText vietnamese(String vi) {
    return new LocalizedText(vi, null);
  }

  /** The text for a reader's locale: English for {@code en*}, Vietnamese for everything else. */
  public String in(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return "en".equals(locale.getLanguage()) ? en : vi;
  }

  @Override
  public String toString() {
    return vi;
  }
}
