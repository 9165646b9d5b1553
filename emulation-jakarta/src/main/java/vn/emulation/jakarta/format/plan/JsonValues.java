package vn.emulation.jakarta.format.plan;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.TextRules;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Turns JSON values (and arrays of them) into strings, numbers and booleans, recording a problem at
 * the value's path instead of throwing; {@link FieldType} builds the format's own types on these.
 * Every method returns {@code null} for a value it rejected, and for {@code null} input (a value
 * the caller has already reported missing).
 */
public final class JsonValues {

  private final ProblemCollector problems;

  JsonValues(ProblemCollector problems) {
    this.problems = problems;
  }

  public ProblemCollector problems() {
    return problems;
  }

  /** A string that is not blank and holds no forbidden character ({@link TextRules}). */
  public String string(JsonValue value, String path) {
    if (!expect(value, ValueType.STRING, path)) {
      return null;
    }
    String s = ((JsonString) value).getString();
    if (s.isBlank()) {
      problems.add(path, AdapterMessages.text("plan.notBlank"));
      return null;
    }
    return TextRules.checkText(problems, path, s) ? s : null;
  }

  /** A whole number no less than {@code min}; {@code 2.0} counts as whole. */
  public Integer integer(JsonValue value, String path, int min) {
    if (!expect(value, ValueType.NUMBER, path)) {
      return null;
    }
    BigDecimal number = ((JsonNumber) value).bigDecimalValue();
    int result;
    try {
      result = number.intValueExact();
    } catch (ArithmeticException notAnInt) {
      problems.add(path, AdapterMessages.text("plan.expectedIntegerFound", number.toPlainString()));
      return null;
    }
    if (result < min) {
      problems.add(path, AdapterMessages.text("plan.atLeast", min, result));
      return null;
    }
    return result;
  }

  /** An exact decimal, as written: {@code 90.5} stays 90.5, never a binary fraction. */
  public BigDecimal decimal(JsonValue value, String path) {
    return expect(value, ValueType.NUMBER, path) ? ((JsonNumber) value).bigDecimalValue() : null;
  }

  public Boolean bool(JsonValue value, String path) {
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    expect(value, ValueType.TRUE, path);
    return null;
  }

  /**
   * The elements of an array, each converted at its own path ({@code path[i]}); {@code null} if the
   * value is no array or any element is faulty (the problems are recorded).
   */
  public <T> List<T> elements(
      JsonValue value, String path, BiFunction<JsonValue, String, T> element) {
    if (!expect(value, ValueType.ARRAY, path)) {
      return null;
    }
    JsonArray array = value.asJsonArray();
    List<T> result = new ArrayList<>();
    boolean sound = true;
    for (int i = 0; i < array.size(); i++) {
      int before = problems.problems().size();
      T t = element.apply(array.get(i), path + "[" + i + "]");
      sound &= t != null && problems.problems().size() == before;
      result.add(t);
    }
    return sound ? result : null;
  }

  /** The elements as a set in their order; {@code null} if one repeats (reported at its index). */
  public <T> Set<T> distinct(List<T> list, String path) {
    Set<T> set = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      if (!set.add(list.get(i))) {
        problems.add(path + "[" + i + "]", AdapterMessages.text("plan.listedTwice", list.get(i)));
      }
    }
    return set.size() == list.size() ? set : null;
  }

  /** Whether {@code value} has the expected type; records the problem when it has not. */
  public boolean expect(JsonValue value, ValueType expected, String path) {
    if (value == null) {
      return false;
    }
    ValueType actual = value.getValueType();
    if (actual == expected || isBoolean(actual) && isBoolean(expected)) {
      return true;
    }
    problems.add(
        path,
        AdapterMessages.text(
            "plan.expectedFound", vi(expected), vi(actual), en(expected), en(actual)));
    return false;
  }

  private static boolean isBoolean(ValueType type) {
    return type == ValueType.TRUE || type == ValueType.FALSE;
  }

  private static String vi(ValueType type) {
    switch (type) {
      case OBJECT:
        return AdapterMessages.text("plan.json.object").vi();
      case ARRAY:
        return AdapterMessages.text("plan.json.array").vi();
      case STRING:
        return AdapterMessages.text("plan.json.string").vi();
      case NUMBER:
        return AdapterMessages.text("plan.json.number").vi();
      case NULL:
        return "null";
      default:
        return AdapterMessages.text("plan.json.boolean").vi();
    }
  }

  private static String en(ValueType type) {
    switch (type) {
      case OBJECT:
        return AdapterMessages.text("plan.json.object").en();
      case ARRAY:
        return AdapterMessages.text("plan.json.array").en();
      case STRING:
        return AdapterMessages.text("plan.json.string").en();
      case NUMBER:
        return AdapterMessages.text("plan.json.number").en();
      case NULL:
        return "null";
      default:
        return AdapterMessages.text("plan.json.boolean").en();
    }
  }
}
