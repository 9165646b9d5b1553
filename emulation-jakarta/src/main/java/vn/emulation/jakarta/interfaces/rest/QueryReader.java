package vn.emulation.jakarta.interfaces.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.TextRules;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.audit.AuditQuery.Moment;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The one reader of the API's query parameters: each parameter, as typed, becomes the typed value a
 * use case takes (a date, a whole number, a page, one of fixed choices), or a problem naming it,
 * next to every other problem of the request, rather than a bare 404 from the HTTP layer's own
 * conversion. A parameter is absent when it is not given or empty; anything else must be exact (no
 * blanks around a date or a number, no plus sign, no fraction). {@link QueryRules} has already
 * refused repeated parameters, forbidden characters and malformed codes. One reader per request: it
 * collects the problems, and {@link #unread()} hands them to the use case.
 */
final class QueryReader {

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,9})");

  private final ProblemCollector problems = new ProblemCollector();

  /** The problems met so far, for the use case to report with its own. */
  Unread unread() {
    return new Unread(problems.problems());
  }

  /** {@code raw} as given, {@code null} when absent (a code: {@link QueryRules} checked it). */
  static String text(String raw) {
    return isAbsent(raw) ? null : raw;
  }

  /**
   * Free text to filter by (a user, an action): without the blanks around it, {@code null} when
   * absent or blank. A filter matches stored text exactly, so blanks typed around it would only
   * make it match nothing.
   */
  static String trimmed(String raw) {
    return raw == null || raw.isBlank() ? null : raw.strip();
  }

  /**
   * An optional moment of the audit log's time filter: a day ({@code 2025-07-01}, exactly) or an
   * instant with its offset ({@code 2025-07-01T08:00:00+07:00}); {@code null} when absent or
   * malformed.
   */
  Moment moment(String name, String raw) {
    if (isAbsent(raw)) {
      return null;
    }
    try {
      if (raw.length() == 10) {
        return Moment.day(raw, LocalDate.parse(raw));
      }
      return Moment.at(raw, OffsetDateTime.parse(raw).toInstant());
    } catch (DateTimeParseException e) {
      // the message quotes the value itself
      problems.add(name, AdapterMessages.text("audit.notValidTimeExpected", raw));
      return null;
    }
  }

  /** An optional ISO date ({@code 2025-07-01}): {@code null} when absent or malformed. */
  LocalDate date(String name, String raw) {
    if (isAbsent(raw)) {
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
    problems.add(name, AdapterMessages.text("application.notValidDateExpected", quoted(raw)));
    return null;
  }

  /**
   * An optional whole number: digits with an optional minus, within Java's int range; {@code null}
   * when absent or malformed.
   */
  Integer integer(String name, String raw) {
    if (isAbsent(raw)) {
      return null;
    }
    if (!INTEGER.matcher(raw).matches()) {
      problems.add(name, AdapterMessages.text("application.wholeNumber", quoted(raw)));
      return null;
    }
    long n = Long.parseLong(raw);
    if (n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
      return (int) n;
    }
    problems.add(
        name,
        AdapterMessages.text(
            "application.wholeNumberFrom", Integer.MIN_VALUE, Integer.MAX_VALUE, quoted(raw)));
    return null;
  }

  /**
   * An optional yes or no: exactly {@code true} or {@code false} (no other spelling, so that a typo
   * is named rather than read as one of them); {@code absent} when not given or empty.
   */
  boolean flag(String name, String raw, boolean absent) {
    if (isAbsent(raw)) {
      return absent;
    }
    if ("true".equals(raw) || "false".equals(raw)) {
      return Boolean.parseBoolean(raw);
    }
    problems.add(name, AdapterMessages.text("application.trueOrFalse", quoted(raw)));
    return absent;
  }

  /**
   * The page asked for, from the {@code page} and {@code size} parameters (0 and {@code
   * defaultSize} when absent); {@code null} when wrong, after naming each.
   */
  PageRequest page(String page, String size, int defaultSize, int maxSize) {
    int before = problems.problems().size();
    Integer p = integer("page", page);
    Integer s = integer("size", size);
    try {
      // a number that did not parse is already named: check the other one on its own
      PageRequest request = PageRequest.of(p == null ? 0 : p, s == null ? defaultSize : s, maxSize);
      return problems.problems().size() == before ? request : null;
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  /** One of the constants of {@code type}, by its exact name; {@code null} when absent or not. */
  <E extends Enum<E>> E choice(String name, String raw, Class<E> type) {
    if (isAbsent(raw)) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(raw)) {
        return e;
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    problems.add(name, AdapterMessages.text("application.choice.unknown", allowed, quoted(raw)));
    return null;
  }

  /** An outcome of a verdict, in any case; {@code null} when absent or unknown. */
  Outcome outcome(String raw) {
    if (isAbsent(raw)) {
      return null;
    }
    for (Outcome o : Outcome.values()) {
      if (o.name().equals(raw.toUpperCase(Locale.ROOT))) {
        return o;
      }
    }
    String known =
        Arrays.stream(Outcome.values()).map(Outcome::name).collect(Collectors.joining(", "));
    // the message quotes the value itself
    problems.add(
        "outcome",
        AdapterMessages.text("workspace.noOutcomeChooseOne", TextRules.visible(raw), known));
    return null;
  }

  /** {@code raw} in quotes as sent, forbidden characters escaped. */
  private static String quoted(String raw) {
    return "\"" + TextRules.visible(raw) + "\"";
  }

  private static boolean isAbsent(String raw) {
    return raw == null || raw.isEmpty();
  }
}
