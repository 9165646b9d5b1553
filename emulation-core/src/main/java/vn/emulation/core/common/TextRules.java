package vn.emulation.core.common;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the system accepts as a code and as text, wherever either comes from (an API request, a plan
 * file, an upload). A <b>code</b> names something for life and travels in URLs, file names and
 * spreadsheets: a unit's official code (30745), a plan (rach-gia-2022-2025), an indicator (G2), a
 * participant's identifier, a category, a breakdown (NONG_NGHIEP). It is one ASCII letter or digit
 * followed by up to 63 letters, digits, dots, underscores or hyphens: {@value #CODE}. <b>Text</b>
 * (names, references) may be any Unicode except what a reader cannot see or that changes what the
 * reader sees: control characters (NUL, line breaks, escape …), unpaired surrogates, and the
 * bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069 (a name holding
 * U+202E displays reversed). Codes obey both. Stateless.
 */
public final class TextRules {

  /** The pattern every code matches. */
  public static final String CODE = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

  /** The longest code. */
  public static final int MAX_CODE_LENGTH = 64;

  /**
   * The pattern of a plan's own code, stable across its versions: a code written in lower-case
   * letters, digits and dashes only (rach-gia-2022-2025).
   */
  public static final String PLAN_CODE = "^[a-z0-9][a-z0-9-]{0,63}$";

  /**
   * The pattern of a code inside a plan (an indicator, category, criterion, award form, occasion,
   * deadline, parameter or dossier component): a code written in upper-case letters, digits, {@code
   * _} and {@code -} only (G2, TT_XS, CSTĐ is not one).
   */
  public static final String PLAN_ITEM_CODE = "^[A-Z0-9][A-Z0-9_-]{0,63}$";

  private static final Pattern CODE_PATTERN = Pattern.compile(CODE);
  private static final Pattern PLAN_CODE_PATTERN = Pattern.compile(PLAN_CODE);
  private static final Pattern PLAN_ITEM_CODE_PATTERN = Pattern.compile(PLAN_ITEM_CODE);

  private TextRules() {}

  /** Whether {@code s} is a code: {@value #CODE}. */
  public static boolean isCode(String s) {
    return s != null && CODE_PATTERN.matcher(s).matches();
  }

  /** Whether {@code s} is a plan's own code: {@value #PLAN_CODE}; every one is a code. */
  public static boolean isPlanCode(String s) {
    return isCode(s) && PLAN_CODE_PATTERN.matcher(s).matches();
  }

  /** Whether {@code s} is a code inside a plan: {@value #PLAN_ITEM_CODE}; every one is a code. */
  public static boolean isPlanItemCode(String s) {
    return isCode(s) && PLAN_ITEM_CODE_PATTERN.matcher(s).matches();
  }

  /**
   * Whether a code point is never accepted in text: a control, a surrogate, a bidi control, or a
   * line or paragraph separator (U+2028, U+2029: line breaks by another name).
   */
  public static boolean isForbidden(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL
        || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }

  /** The index of the first forbidden character of {@code s}, or -1 when there is none. */
  public static int firstForbidden(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (isForbidden(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /**
   * {@code s} safe to show in a message: each forbidden character as {@code \}{@code u202E} (its
   * code in four hex digits), the way JSON writes it, everything else as it is.
   */
  public static String visible(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (isForbidden(cp)) {
        for (char c : Character.toChars(cp)) {
          b.append(String.format("\\u%04X", (int) c));
        }
      } else {
        b.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return b.toString();
  }

  /** Why {@code s} is not acceptable text (forbidden characters), or empty when it is. */
  public static Optional<LocalizedText> textProblem(String s) {
    int at = s == null ? -1 : firstForbidden(s);
    if (at < 0) {
      return Optional.empty();
    }
    String ch = String.format("U+%04X", s.codePointAt(at));
    return Optional.of(Messages.text("common.text.forbiddenCharacter", ch, at, visible(s)));
  }

  /** Why {@code s} is not a code, or empty when it is one. */
  public static Optional<LocalizedText> codeProblem(String s) {
    if (isCode(s)) {
      return Optional.empty();
    }
    Optional<LocalizedText> text = textProblem(s);
    String shown = s == null ? "" : visible(s);
    String also = text.map(t -> "; " + t.vi()).orElse("");
    String alsoEn = text.map(t -> "; " + t.en()).orElse("");
    return Optional.of(
        Messages.text("common.code.invalid", MAX_CODE_LENGTH, CODE, shown, also, alsoEn));
  }

  /** Records at {@code path} why {@code s} is not a code; true when it is one. */
  public static boolean checkCode(ProblemCollector problems, String path, String s) {
    Optional<LocalizedText> p = codeProblem(s);
    p.ifPresent(t -> problems.add(path, t.vi(), t.en()));
    return p.isEmpty();
  }

  /** Records at {@code path} why {@code s} is not acceptable text; true when it is. */
  public static boolean checkText(ProblemCollector problems, String path, String s) {
    Optional<LocalizedText> p = textProblem(s);
    p.ifPresent(t -> problems.add(path, t.vi(), t.en()));
    return p.isEmpty();
  }
}
