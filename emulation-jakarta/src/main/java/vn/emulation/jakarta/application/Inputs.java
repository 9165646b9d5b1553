package vn.emulation.jakarta.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.TextRules;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Reads the text fields a client sends — dates, codes, names, choices among fixed values — into
 * model values, recording a problem for each bad one instead of stopping at the first, so that a
 * request is answered with every problem at once. Stateless.
 */
public final class Inputs {

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,9})");

  private Inputs() {}

  /** An optional ISO date: {@code null} when absent, or after recording a problem. */
  public static LocalDate optionalDate(ProblemCollector problems, String path, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    // exactly YYYY-MM-DD: no blanks around it, no signed or five-digit years
    if (DATE.matcher(raw).matches()) {
      try {
        return LocalDate.parse(raw);
      } catch (DateTimeParseException e) {
        // not a day of the calendar (2025-02-30): said below
      }
    }
    problems.add(path, AdapterMessages.text("application.notValidDateExpected", quoted(raw)));
    return null;
  }

  /**
   * Required text, without surrounding blanks, at most {@code maxLength} characters; {@code null}
   * after recording a problem. {@code what} names the field for the reader, in both languages.
   */
  public static String text(
      ProblemCollector problems,
      String path,
      String raw,
      int maxLength,
      String whatVi,
      String whatEn) {
    if (raw == null || raw.isBlank()) {
      problems.add(path, AdapterMessages.text("application.required", whatVi, whatEn));
      return null;
    }
    String text = raw.strip();
    if (text.length() > maxLength) {
      problems.add(
          path,
          AdapterMessages.text(
              "application.longerCharacters", capitalised(whatVi), maxLength, capitalised(whatEn)));
      return null;
    }
    return text;
  }

  /**
   * Required text as {@link #text(ProblemCollector, String, String, int, String, String)}, the
   * field named by a catalogue's message.
   */
  public static String text(
      ProblemCollector problems, String path, String raw, int maxLength, LocalizedText what) {
    return text(problems, path, raw, maxLength, what.vi(), what.en());
  }

  /** {@code raw} without surrounding blanks; {@code null} when absent or blank. */
  public static String blankToNull(String raw) {
    return raw == null || raw.isBlank() ? null : raw.strip();
  }

  /** One of the constants of {@code type}, by name; {@code null} after recording a problem. */
  public static <E extends Enum<E>> E choice(
      ProblemCollector problems, String path, String raw, Class<E> type) {
    if (raw != null) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(raw.strip())) {
          return e;
        }
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    problems.add(path, AdapterMessages.text("application.choice.unknown", allowed, quoted(raw)));
    return null;
  }

  /**
   * The page asked for, from the {@code page} and {@code size} query parameters as typed (0 and
   * {@code defaultSize} when absent); {@code null} after recording every problem.
   */
  public static PageRequest page(
      ProblemCollector problems, String page, String size, int defaultSize, int maxSize) {
    int before = problems.problems().size();
    Integer p = wholeNumber(problems, "page", page, 0);
    Integer s = wholeNumber(problems, "size", size, defaultSize);
    try {
      // a number that did not parse is already recorded: check the other one on its own
      PageRequest request = PageRequest.of(p == null ? 0 : p, s == null ? defaultSize : s, maxSize);
      return problems.problems().size() == before ? request : null;
    } catch (vn.emulation.core.common.InvalidInputException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private static Integer wholeNumber(
      ProblemCollector problems, String path, String raw, int absent) {
    return raw == null || raw.isEmpty()
        ? Integer.valueOf(absent)
        : optionalInteger(problems, path, raw);
  }

  /**
   * An optional integer as typed in a query: digits with an optional minus, nothing else (no
   * blanks, plus sign, fraction or exponent), within Java's int range; {@code null} when absent
   * (empty) or after recording a problem that quotes it.
   */
  public static Integer optionalInteger(ProblemCollector problems, String path, String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    if (!INTEGER.matcher(raw).matches()) {
      problems.add(path, AdapterMessages.text("application.wholeNumber", quoted(raw)));
      return null;
    }
    long n = Long.parseLong(raw);
    if (n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
      return (int) n;
    }
    problems.add(
        path,
        AdapterMessages.text(
            "application.wholeNumberFrom", Integer.MIN_VALUE, Integer.MAX_VALUE, quoted(raw)));
    return null;
  }

  /** {@code raw} in quotes as sent, forbidden characters escaped; a word when it is absent. */
  public static String quoted(String raw) {
    return raw == null
        ? AdapterMessages.text("application.quoted.absent").vi()
        : "\"" + TextRules.visible(raw) + "\"";
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
