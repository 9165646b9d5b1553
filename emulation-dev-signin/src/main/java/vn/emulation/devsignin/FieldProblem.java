package vn.emulation.devsignin;

import java.util.Locale;

/**
 * One wrong field of a token request and why, in Vietnamese and English. Immutable.
 *
 * @param field the field's name in the request ({@code user}, {@code expiresInSeconds})
 * @param vi the reason in Vietnamese
 * @param en the reason in English
 */
record FieldProblem(String field, String vi, String en) {

  String reason(Locale locale) {
    return "en".equals(locale.getLanguage()) ? en : vi;
  }
}
