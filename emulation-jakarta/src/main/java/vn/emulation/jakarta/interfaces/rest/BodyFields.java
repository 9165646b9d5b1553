package vn.emulation.jakarta.interfaces.rest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.TextRules;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The fields of one JSON object of a request body, read exactly: a string only from a JSON string,
 * a number only from a JSON number, an integer only from one written without fraction or exponent
 * and within its range, never a value converted from another type. Fields the object does not
 * define are refused by name, and so are names given twice. Text never holds a forbidden character
 * and codes match the code pattern ({@link TextRules}). Each problem is recorded at the field's
 * path with the value quoted as it was sent, and reading goes on, so that a body's problems are all
 * reported at once; a bad field reads as absent. One instance per object; not thread-safe.
 */
final class BodyFields {

  /** An integer as JSON writes it: no fraction, no exponent, no leading zero, no plus. */
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");

  /** A day as ISO writes it: no blanks around it, no signed or five-digit years. */
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** Decimals the API accepts: figures and percentages, not astronomy. */
  static final int MAX_DECIMAL_DIGITS = 30;

  static final int MAX_DECIMAL_SCALE = 12;

  private final Map<String, JsonInput> fields;
  private final String prefix;
  private final ProblemCollector problems;
  private final ProblemCollector unread;
  private final boolean isObject;

  private BodyFields(
      JsonInput value,
      String path,
      ProblemCollector problems,
      ProblemCollector unread,
      Set<String> known) {
    this.prefix = path.isEmpty() ? "" : path + ".";
    this.problems = problems;
    this.unread = unread;
    this.isObject = value instanceof JsonInput.Obj;
    if (value instanceof JsonInput.Obj o) {
      this.fields = o.fields();
      for (String name : o.fields().keySet()) {
        if (!known.contains(name)) {
          problems.add(
              prefix + name,
              AdapterMessages.text(
                  "rest.unknownFieldFields", TextRules.visible(name), String.join(", ", known)));
        }
      }
      for (String name : o.repeated()) {
        problems.add(
            prefix + name,
            AdapterMessages.text("rest.fieldGivenMoreOnce", TextRules.visible(name)));
      }
    } else {
      this.fields = Map.of();
      if (!(value instanceof JsonInput.Null)) {
        wrong(path.isEmpty() ? "body" : path, AdapterMessages.text("rest.json.object"), value);
      }
    }
  }

  /**
   * The fields of {@code value} at {@code path} ("" for the body), which defines {@code known}. A
   * body that is not of the API's shape (a wrong JSON type, an unknown field, a forbidden
   * character) is recorded in {@code problems}, refused before any use case; a value of the right
   * shape that does not read as its type (a date that is no day, a choice not among the constants)
   * in {@code unread}, which the command carries to its use case ({@link #unread()}).
   */
  static BodyFields of(
      JsonInput value,
      String path,
      ProblemCollector problems,
      ProblemCollector unread,
      List<String> known) {
    return new BodyFields(value, path, problems, unread, new java.util.LinkedHashSet<>(known));
  }

  /** The values of the body that did not read as their type so far, for its use case. */
  Unread unread() {
    return new Unread(unread.problems());
  }

  /** Whether the value was a JSON object (null and other types are recorded or absent). */
  boolean isObject() {
    return isObject;
  }

  /** Free text (a name, a reference); null when absent or JSON null. */
  String text(String name) {
    JsonInput v = fields.get(name);
    return v == null ? null : text(prefix + name, v);
  }

  /** A code ({@link TextRules#CODE}); null when absent, JSON null or bad. */
  String code(String name) {
    JsonInput v = fields.get(name);
    return v == null ? null : code(prefix + name, v);
  }

  /** A code, or the empty string (for the breakdown of an overall figure). */
  String codeOrEmpty(String name) {
    JsonInput v = fields.get(name);
    if (v instanceof JsonInput.Text t && t.value().isEmpty()) {
      return "";
    }
    return v == null ? null : code(prefix + name, v);
  }

  /**
   * A day, exactly YYYY-MM-DD; null when absent, JSON null or blank (the use case says whether it
   * is required), or after naming it unread.
   */
  LocalDate date(String name) {
    String raw = text(name);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (DATE.matcher(raw).matches()) {
      try {
        return LocalDate.parse(raw);
      } catch (DateTimeParseException e) {
        // not a day of the calendar (2025-02-30): said below
      }
    }
    unread.add(
        prefix + name, AdapterMessages.text("application.notValidDateExpected", quoted(raw)));
    return null;
  }

  /**
   * One of the constants of {@code type}, by its name (blanks around it ignored); null when absent
   * or JSON null (the use case says whether it is required), or after naming it unread.
   */
  <E extends Enum<E>> E choice(String name, Class<E> type) {
    String raw = text(name);
    if (raw == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(raw.strip())) {
        return e;
      }
    }
    unread.add(
        prefix + name,
        AdapterMessages.text("application.choice.unknown", allowed(type), quoted(raw)));
    return null;
  }

  /** The names of {@code type}'s constants, as a choice's problem lists them. */
  static <E extends Enum<E>> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static String quoted(String raw) {
    return "\"" + TextRules.visible(raw) + "\"";
  }

  /** An integer within Java's int range. */
  Integer integer(String name) {
    BigInteger n =
        integral(
            name, BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE));
    return n == null ? null : n.intValueExact();
  }

  /** An integer within Java's long range. */
  Long longInteger(String name) {
    BigInteger n =
        integral(name, BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE));
    return n == null ? null : n.longValueExact();
  }

  /** A decimal number, at most {@value #MAX_DECIMAL_DIGITS} digits before the point. */
  BigDecimal decimal(String name) {
    JsonInput v = fields.get(name);
    return v == null ? null : decimal(prefix + name, v);
  }

  /** true or false. */
  Boolean bool(String name) {
    JsonInput v = fields.get(name);
    if (v == null || v instanceof JsonInput.Null) {
      return null;
    }
    if (v instanceof JsonInput.Bool b) {
      return b.value();
    }
    wrong(prefix + name, AdapterMessages.text("rest.json.boolean"), v);
    return null;
  }

  /** An array of codes; null when absent; a bad item reads as null. */
  List<String> codes(String name) {
    return array(name, (path, v) -> code(path, v));
  }

  /** An object, read by {@code read} from its fields. */
  <T> T object(String name, Function<BodyFields, T> read, List<String> known) {
    JsonInput v = fields.get(name);
    if (v == null || v instanceof JsonInput.Null) {
      return null;
    }
    BodyFields f =
        new BodyFields(v, prefix + name, problems, unread, new java.util.LinkedHashSet<>(known));
    return f.isObject ? read.apply(f) : null;
  }

  /** An array of objects, each read by {@code read}. */
  <T> List<T> objects(String name, Function<BodyFields, T> read, List<String> known) {
    return array(
        name,
        (path, v) -> {
          BodyFields f =
              new BodyFields(v, path, problems, unread, new java.util.LinkedHashSet<>(known));
          return f.isObject ? read.apply(f) : null;
        });
  }

  /**
   * An object used as a map: each key a code (recorded at {@code name.key}), each value read by
   * {@code read} from the value at its path.
   */
  <T> Map<String, T> map(String name, java.util.function.BiFunction<String, JsonInput, T> read) {
    JsonInput v = fields.get(name);
    if (v == null || v instanceof JsonInput.Null) {
      return null;
    }
    if (!(v instanceof JsonInput.Obj o)) {
      wrong(prefix + name, AdapterMessages.text("rest.json.object"), v);
      return null;
    }
    for (String key : o.repeated()) {
      problems.add(
          prefix + name + "." + TextRules.visible(key),
          AdapterMessages.text("rest.keyGivenMoreOnce", TextRules.visible(key)));
    }
    Map<String, T> map = new LinkedHashMap<>();
    o.fields()
        .forEach(
            (key, value) -> {
              String path = prefix + name + "." + TextRules.visible(key);
              if (TextRules.checkCode(problems, path, key)) {
                map.put(key, read.apply(path, value));
              }
            });
    return map;
  }

  /** The fields of the object at {@code path}, for a map's values. */
  BodyFields nested(String path, JsonInput value, List<String> known) {
    return new BodyFields(value, path, problems, unread, new java.util.LinkedHashSet<>(known));
  }

  String text(String path, JsonInput v) {
    if (v instanceof JsonInput.Null) {
      return null;
    }
    if (!(v instanceof JsonInput.Text t)) {
      wrong(path, AdapterMessages.text("rest.json.string"), v);
      return null;
    }
    return TextRules.checkText(problems, path, t.value()) ? t.value() : null;
  }

  String code(String path, JsonInput v) {
    if (v instanceof JsonInput.Null) {
      return null;
    }
    if (!(v instanceof JsonInput.Text t)) {
      wrong(path, AdapterMessages.text("rest.json.code"), v);
      return null;
    }
    return TextRules.checkCode(problems, path, t.value()) ? t.value() : null;
  }

  /** A whole number from {@code min} to {@code max} at {@code path}; null after a problem. */
  BigInteger integral(String path, JsonInput v, BigInteger min, BigInteger max) {
    if (v instanceof JsonInput.Null) {
      return null;
    }
    if (!(v instanceof JsonInput.Number n)) {
      wrong(path, AdapterMessages.text("rest.json.integer"), v);
      return null;
    }
    if (!INTEGER.matcher(n.raw()).matches()) {
      problems.add(path, AdapterMessages.text("rest.integerWrittenWithoutFraction", n.raw()));
      return null;
    }
    BigInteger value = new BigInteger(n.raw());
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      problems.add(path, AdapterMessages.text("rest.integerFromGot", min, max, n.raw()));
      return null;
    }
    return value;
  }

  private BigInteger integral(String name, BigInteger min, BigInteger max) {
    JsonInput v = fields.get(name);
    return v == null ? null : integral(prefix + name, v, min, max);
  }

  BigDecimal decimal(String path, JsonInput v) {
    if (v instanceof JsonInput.Null) {
      return null;
    }
    if (!(v instanceof JsonInput.Number n)) {
      wrong(path, AdapterMessages.text("rest.json.number"), v);
      return null;
    }
    BigDecimal d;
    try {
      d = new BigDecimal(n.raw());
    } catch (NumberFormatException | ArithmeticException e) {
      d = null;
    }
    if (d == null
        || d.precision() - d.scale() > MAX_DECIMAL_DIGITS
        || d.stripTrailingZeros().scale() > MAX_DECIMAL_SCALE) {
      problems.add(
          path,
          AdapterMessages.text(
              "rest.numberOutAcceptedRange", MAX_DECIMAL_DIGITS, MAX_DECIMAL_SCALE, n.raw()));
      return null;
    }
    return d;
  }

  private <T> List<T> array(String name, java.util.function.BiFunction<String, JsonInput, T> item) {
    JsonInput v = fields.get(name);
    if (v == null || v instanceof JsonInput.Null) {
      return null;
    }
    if (!(v instanceof JsonInput.Arr a)) {
      wrong(prefix + name, AdapterMessages.text("rest.json.array"), v);
      return null;
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < a.items().size(); i++) {
      items.add(item.apply(prefix + name + "[" + i + "]", a.items().get(i)));
    }
    return items;
  }

  private void wrong(String path, LocalizedText wanted, JsonInput got) {
    LocalizedText k = got.kind();
    problems.add(
        path,
        AdapterMessages.text(
            "rest.wrongTypeExpectedGot", wanted.vi(), k.vi(), wanted.en(), k.en()));
  }
}
