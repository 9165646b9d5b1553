package vn.emulation.jakarta.format.plan;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Typed access to the fields of one JSON object at a known path ({@code targets[3]}), recording
 * every problem (missing, wrong type, bad value) with the field's path instead of throwing.
 *
 * <p>Getters return {@code null} for a missing or rejected value; a mapper reads all its fields
 * first and builds its element only when {@link #allPresent} holds, so one fault is reported once.
 * Fields no getter asked for are reported by {@link #rejectUnknown()}: a misspelt optional field
 * would otherwise silently take its default.
 */
public final class JsonFields {

  private final JsonObject object;
  private final String path;
  private final JsonValues values;
  private final Set<String> asked = new HashSet<>();

  private JsonFields(JsonObject object, String path, JsonValues values) {
    this.object = object;
    this.path = path;
    this.values = values;
  }

  /** The fields of the document itself, whose paths have no prefix ({@code targets[3]}). */
  public static JsonFields root(JsonObject document, ProblemCollector problems) {
    return new JsonFields(document, "", new JsonValues(problems));
  }

  /** This object's path; {@code $} for the document itself. */
  public String path() {
    return path.isEmpty() ? "$" : path;
  }

  public String pathOf(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  public static boolean allPresent(Object... required) {
    return Arrays.stream(required).allMatch(Objects::nonNull);
  }

  /** Records a problem with the field {@code name} that only the mapper can see. */
  public void problem(String name, LocalizedText reason) {
    values.problems().add(pathOf(name), reason);
  }

  /**
   * The element {@code constructor} builds, or {@code null} when a core constructor rejects it: its
   * {@link IllegalArgumentException} becomes a problem at this object's path.
   */
  public <T> T construct(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      values.problems().add(path(), AdapterMessages.text("plan.invalidElement", e.getMessage()));
      return null;
    }
  }

  /** A field that must be present and not {@code null}. */
  public <T> T required(String name, FieldType<T> type) {
    return type.read(present(name), pathOf(name), values);
  }

  /** A field that must be present but may be {@code null} ("issuedOn": null, when unknown). */
  public <T> T nullable(String name, FieldType<T> type) {
    present(name);
    return type.read(given(name), pathOf(name), values);
  }

  /** A field that may be left out, or {@code null}. */
  public <T> T optional(String name, FieldType<T> type) {
    return type.read(given(name), pathOf(name), values);
  }

  /** A true/false field that may be left out, meaning {@code absent}. */
  public boolean flag(String name, boolean absent) {
    Boolean b = optional(name, FieldType.BOOLEAN);
    return b == null ? absent : b;
  }

  /** A text {@code {"vi": ..., "en": ...}}; {@code en} may be left out and falls back to vi. */
  public LocalizedText text(String name) {
    JsonFields text = object(name);
    if (text == null) {
      return null;
    }
    String vi = text.required("vi", FieldType.STRING);
    String en = text.optional("en", FieldType.STRING);
    text.rejectUnknown();
    return vi == null ? null : LocalizedText.of(vi, en);
  }

  /** The nested object {@code name}, required. */
  public JsonFields object(String name) {
    JsonValue value = present(name);
    return values.expect(value, ValueType.OBJECT, pathOf(name))
        ? new JsonFields(value.asJsonObject(), pathOf(name), values)
        : null;
  }

  /** The nested object {@code name}, or {@code null} when left out (the caller's default holds). */
  public JsonFields optionalObject(String name) {
    return given(name) == null ? null : object(name);
  }

  /**
   * The required array {@code name} of objects, each mapped by {@code mapper} at its own path
   * ({@code name[i]}) and checked for unknown fields; {@code null} if the array or any element is
   * faulty. A core constructor's {@link IllegalArgumentException} becomes a problem at the element,
   * so the other elements are still read and reported on.
   */
  public <T> List<T> objects(String name, Function<JsonFields, T> mapper) {
    JsonValue array = present(name);
    return array == null
        ? null
        : values.elements(
            array,
            pathOf(name),
            (value, at) -> {
              if (!values.expect(value, ValueType.OBJECT, at)) {
                return null;
              }
              JsonFields element = new JsonFields(value.asJsonObject(), at, values);
              T result = element.construct(() -> mapper.apply(element));
              element.rejectUnknown();
              return result;
            });
  }

  /** {@link #objects} for an array that may be left out (= empty). */
  public <T> List<T> optionalObjects(String name, Function<JsonFields, T> mapper) {
    return given(name) == null ? List.of() : objects(name, mapper);
  }

  /** A required array of distinct values, in their order; {@code null} if any is faulty. */
  public <T> List<T> list(String name, FieldType<T> type) {
    Set<T> set = set(present(name), name, type);
    return set == null ? null : List.copyOf(set);
  }

  /** An array of distinct values that may be left out (= empty). */
  public <T> Set<T> optionalSet(String name, FieldType<T> type) {
    JsonValue array = given(name);
    return array == null ? Set.of() : set(array, name, type);
  }

  /** A required array of distinct values. */
  public <T> Set<T> set(String name, FieldType<T> type) {
    return set(present(name), name, type);
  }

  private <T> Set<T> set(JsonValue array, String name, FieldType<T> type) {
    List<T> list =
        array == null
            ? null
            : values.elements(array, pathOf(name), (value, at) -> type.read(value, at, values));
    return list == null ? null : values.distinct(list, pathOf(name));
  }

  /** Reports every field of this object that no getter asked for. */
  public void rejectUnknown() {
    for (String name : new TreeSet<>(object.keySet())) {
      if (!asked.contains(name)) {
        values.problems().add(pathOf(name), AdapterMessages.text("plan.unknownField", name));
      }
    }
  }

  /** Takes every field as known: for an element whose shape cannot be told (unknown kind). */
  public void acceptAll() {
    asked.addAll(object.keySet());
  }

  /** The value, recording a problem when it is absent; JSON null is left to the type check. */
  private JsonValue present(String name) {
    asked.add(name);
    JsonValue value = object.get(name);
    if (value == null) {
      values.problems().add(pathOf(name), AdapterMessages.text("plan.missingRequiredField", name));
    }
    return value;
  }

  /** The value, or {@code null} when absent or JSON null. */
  private JsonValue given(String name) {
    asked.add(name);
    JsonValue value = object.get(name);
    return value == null || value.getValueType() == ValueType.NULL ? null : value;
  }
}
