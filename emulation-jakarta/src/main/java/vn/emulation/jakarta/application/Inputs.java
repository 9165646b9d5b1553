package vn.emulation.jakarta.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import vn.emulation.core.common.ProblemCollector;

/**
 * Reads the text fields a client sends — dates, codes, names, choices among fixed values — into
 * model values, recording a problem for each bad one instead of stopping at the first, so that a
 * request is answered with every problem at once. Stateless.
 */
public final class Inputs {

  private Inputs() {}

  /** A required ISO date ({@code 2025-07-01}); {@code null} after recording a problem. */
  public static LocalDate date(ProblemCollector problems, String path, String raw) {
    if (raw == null || raw.isBlank()) {
      problems.add(path, "Thiếu ngày (định dạng YYYY-MM-DD)", "A date is required (YYYY-MM-DD)");
      return null;
    }
    return optionalDate(problems, path, raw);
  }

  /** An optional ISO date: {@code null} when absent, or after recording a problem. */
  public static LocalDate optionalDate(ProblemCollector problems, String path, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      problems.add(path, "Ngày không hợp lệ: \"" + raw + "\" (cần định dạng YYYY-MM-DD)",
          "Not a valid date: \"" + raw + "\" (expected YYYY-MM-DD)");
      return null;
    }
  }

  /**
   * Required text, without surrounding blanks, at most {@code maxLength} characters; {@code null}
   * after recording a problem. {@code what} names the field for the reader, in both languages.
   */
  public static String text(ProblemCollector problems, String path, String raw, int maxLength,
      String whatVi, String whatEn) {
    if (raw == null || raw.isBlank()) {
      problems.add(path, "Thiếu " + whatVi, "The " + whatEn + " is required");
      return null;
    }
    String text = raw.strip();
    if (text.length() > maxLength) {
      problems.add(path, capitalised(whatVi) + " dài quá " + maxLength + " ký tự",
          capitalised(whatEn) + " is longer than " + maxLength + " characters");
      return null;
    }
    return text;
  }

  /** {@code raw} without surrounding blanks; {@code null} when absent or blank. */
  public static String blankToNull(String raw) {
    return raw == null || raw.isBlank() ? null : raw.strip();
  }

  /** One of the constants of {@code type}, by name; {@code null} after recording a problem. */
  public static <E extends Enum<E>> E choice(ProblemCollector problems, String path, String raw,
      Class<E> type) {
    if (raw != null) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(raw.strip())) {
          return e;
        }
      }
    }
    String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", "));
    problems.add(path, "Phải là một trong " + allowed + "; đang là " + quoted(raw),
        "Must be one of " + allowed + "; was " + quoted(raw));
    return null;
  }

  /**
   * The page asked for, from the {@code page} and {@code size} query parameters as typed (0 and
   * {@code defaultSize} when absent); {@code null} after recording every problem.
   */
  public static PageRequest page(ProblemCollector problems, String page, String size,
      int defaultSize, int maxSize) {
    int before = problems.problems().size();
    Integer p = wholeNumber(problems, "page", page, 0);
    Integer s = wholeNumber(problems, "size", size, defaultSize);
    try {
      // a number that did not parse is already recorded: check the other one on its own
      PageRequest request = PageRequest.of(p == null ? 0 : p, s == null ? defaultSize : s,
          maxSize);
      return problems.problems().size() == before ? request : null;
    } catch (vn.emulation.core.common.InvalidInputException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private static Integer wholeNumber(ProblemCollector problems, String path, String raw,
      int absent) {
    if (raw == null || raw.isBlank()) {
      return absent;
    }
    try {
      return Integer.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      problems.add(path, "Phải là một số nguyên, đang là \"" + raw + "\"",
          "Must be a whole number, was \"" + raw + "\"");
      return null;
    }
  }

  private static String quoted(String raw) {
    return raw == null ? "(trống/empty)" : "\"" + raw + "\"";
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
