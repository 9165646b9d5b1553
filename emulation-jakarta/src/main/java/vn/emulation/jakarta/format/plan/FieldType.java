package vn.emulation.jakarta.format.plan;

import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.TextRules;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * A type of value in the plan format — a code, a date, an exact decimal, an enumeration — and how a
 * JSON value becomes one. A value it rejects gives {@code null} and a problem at its path.
 *
 * @param <T> the Java type it reads
 */
@FunctionalInterface
public interface FieldType<T> {

  /** The value, or {@code null} with a problem recorded; {@code null} input gives {@code null}. */
  T read(JsonValue value, String path, JsonValues values);

  /** Any text that is not blank. */
  FieldType<String> STRING = (value, path, values) -> values.string(value, path);

  /** A code inside the plan: {@link TextRules#isPlanItemCode} (GEN-POLICY). */
  FieldType<String> CODE =
      matching(
          TextRules::isPlanItemCode,
          AdapterMessages.text("plan.field.code"),
          AdapterMessages.text("plan.field.code.rule"));

  /** The plan's own code, stable across versions: {@link TextRules#isPlanCode}. */
  FieldType<String> PLAN_CODE =
      matching(
          TextRules::isPlanCode,
          AdapterMessages.text("plan.field.planCode"),
          AdapterMessages.text("plan.field.planCode.rule"));

  /** The key of a fact in a participant's evidence: lowerCamelCase (recognisedInitiatives). */
  FieldType<String> FACT_KEY =
      matching(
          Pattern.compile("[a-z][A-Za-z0-9]*").asMatchPredicate(),
          AdapterMessages.text("plan.field.factKey"),
          AdapterMessages.text("plan.field.factKey.rule"));

  /** An exact decimal, as written: {@code 90.5} stays 90.5, never a binary fraction. */
  FieldType<BigDecimal> DECIMAL = (value, path, values) -> values.decimal(value, path);

  FieldType<Boolean> BOOLEAN = (value, path, values) -> values.bool(value, path);

  /** An ISO date {@code YYYY-MM-DD} that exists in the calendar. */
  FieldType<LocalDate> DATE =
      (value, path, values) -> {
        String s = values.string(value, path);
        if (s == null) {
          return null;
        }
        try {
          return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
          values.problems().add(path, AdapterMessages.text("plan.notValidDateYyyy", s));
          return null;
        }
      };

  /** A whole number no less than {@code min}; {@code 2.0} counts as whole. */
  static FieldType<Integer> integer(int min) {
    return (value, path, values) -> values.integer(value, path, min);
  }

  /** One of the constants of {@code type}, spelled exactly; the problem lists the allowed ones. */
  static <E extends Enum<E>> FieldType<E> oneOf(Class<E> type) {
    return (value, path, values) -> {
      String s = values.string(value, path);
      if (s == null) {
        return null;
      }
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(s)) {
          return constant;
        }
      }
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      values.problems().add(path, AdapterMessages.text("plan.unknownValueAllowed", s, allowed));
      return null;
    };
  }

  private static FieldType<String> matching(
      Predicate<String> accepted, LocalizedText what, LocalizedText rule) {
    return (value, path, values) -> {
      String s = values.string(value, path);
      if (s == null || accepted.test(s)) {
        return s;
      }
      values
          .problems()
          .add(
              path,
              AdapterMessages.text(
                  "plan.field.notMatching", what.vi(), s, rule.vi(), what.en(), rule.en()));
      return null;
    };
  }
}
