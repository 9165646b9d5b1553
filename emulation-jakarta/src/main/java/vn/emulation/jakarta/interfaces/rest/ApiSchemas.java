package vn.emulation.jakarta.interfaces.rest;

import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The OpenAPI schemas of the API's JSON, made from the records JSON-B writes and reads: a record is
 * an object with a property per component (its primitives required), a {@code List} an array, a
 * {@code Map} an object of values, an enum its constants, a {@code LocalDate} a date. The server's
 * own scanner leaves records as bare objects; these replace them under the same names ({@code
 * PageUnitSummary} for {@code Page<UnitSummary>}). Not thread-safe: one per document.
 */
final class ApiSchemas {

  private final Map<String, Schema> components = new LinkedHashMap<>();
  private final Map<String, Type> named = new HashMap<>();

  /** The component schemas defined so far, by name. */
  Map<String, Schema> components() {
    return components;
  }

  /** Defines {@code schema} under {@code name}, replacing what was there. */
  void define(String name, Schema schema) {
    components.put(name, schema);
  }

  /** A reference to the component for {@code type}, defining it (and what it uses) first. */
  Schema ref(Type type) {
    return OASFactory.createSchema().ref(component(type, Map.of()));
  }

  /** The schema of a value of {@code type}: inline for simple types, a reference for records. */
  Schema of(Type type, Map<TypeVariable<?>, Type> bound) {
    if (type instanceof TypeVariable<?> v) {
      return of(bound.getOrDefault(v, Object.class), Map.of());
    }
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return simple(SchemaType.STRING, null);
    }
    if (raw == int.class || raw == Integer.class) {
      return simple(SchemaType.INTEGER, "int32");
    }
    if (raw == long.class || raw == Long.class) {
      return simple(SchemaType.INTEGER, "int64");
    }
    if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
      return simple(SchemaType.NUMBER, null);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return simple(SchemaType.BOOLEAN, null);
    }
    if (raw == LocalDate.class) {
      return simple(SchemaType.STRING, "date");
    }
    if (raw == OffsetDateTime.class) {
      return simple(SchemaType.STRING, "date-time");
    }
    if (raw.isEnum()) {
      List<Object> names = new ArrayList<>();
      for (Object c : raw.getEnumConstants()) {
        names.add(((Enum<?>) c).name());
      }
      return simple(SchemaType.STRING, null).enumeration(names);
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return OASFactory.createSchema()
          .type(SchemaType.ARRAY)
          .items(of(argument(type, 0, bound), bound));
    }
    if (Map.class.isAssignableFrom(raw)) {
      return OASFactory.createSchema()
          .type(SchemaType.OBJECT)
          .additionalPropertiesSchema(of(argument(type, 1, bound), bound));
    }
    if (JsonValue.class.isAssignableFrom(raw)) {
      return OASFactory.createSchema().description("Any JSON value");
    }
    if (raw.isRecord()) {
      return OASFactory.createSchema().ref(component(type, bound));
    }
    return OASFactory.createSchema().type(SchemaType.OBJECT);
  }

  private String component(Type type, Map<TypeVariable<?>, Type> outer) {
    Class<?> raw = raw(type);
    Map<TypeVariable<?>, Type> bound = new HashMap<>();
    StringBuilder name = new StringBuilder(raw.getSimpleName());
    if (type instanceof ParameterizedType p) {
      TypeVariable<?>[] vars = raw.getTypeParameters();
      for (int i = 0; i < vars.length; i++) {
        Type arg = p.getActualTypeArguments()[i];
        arg = arg instanceof TypeVariable<?> v ? outer.getOrDefault(v, Object.class) : arg;
        bound.put(vars[i], arg);
        name.append(raw(arg).getSimpleName());
      }
    }
    String key = name.toString();
    Type known = named.get(key);
    if (known != null && !known.equals(type) && !(known == raw && bound.isEmpty())) {
      // two records of one simple name (ProgressView.Summary, EvaluationView.Summary)
      key = raw.getEnclosingClass() == null ? key : raw.getEnclosingClass().getSimpleName() + key;
    }
    if (!components.containsKey(key)) {
      named.put(key, type);
      Schema object = OASFactory.createSchema().type(SchemaType.OBJECT);
      components.put(key, object); // before the components: records may nest themselves
      List<String> required = new ArrayList<>();
      for (RecordComponent c : raw.getRecordComponents()) {
        Schema s = annotated(c).orElseGet(() -> of(c.getGenericType(), bound));
        object.addProperty(c.getName(), s);
        if (c.getType().isPrimitive()) {
          required.add(c.getName());
        }
      }
      if (!required.isEmpty()) {
        object.required(required);
      }
    }
    return key;
  }

  /** A component's own {@code @Schema(implementation = …)}, where a JsonValue stands for one. */
  private java.util.Optional<Schema> annotated(RecordComponent c) {
    // @Schema does not target record components: it lands on the field
    org.eclipse.microprofile.openapi.annotations.media.Schema a;
    try {
      a =
          c.getDeclaringRecord()
              .getDeclaredField(c.getName())
              .getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    } catch (NoSuchFieldException e) {
      a = null;
    }
    if (a == null) {
      return java.util.Optional.empty();
    }
    Schema s =
        a.implementation() != Void.class
            ? OASFactory.createSchema().allOf(List.of(of(a.implementation(), Map.of())))
            : OASFactory.createSchema().type(SchemaType.OBJECT);
    if (a.nullable()) {
      s.nullable(true);
    }
    if (!a.description().isEmpty()) {
      s.description(a.description());
    }
    return java.util.Optional.of(s);
  }

  private static Schema simple(SchemaType type, String format) {
    Schema s = OASFactory.createSchema().type(type);
    return format == null ? s : s.format(format);
  }

  private static Type argument(Type type, int i, Map<TypeVariable<?>, Type> bound) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > i) {
      Type arg = p.getActualTypeArguments()[i];
      return arg instanceof TypeVariable<?> v ? bound.getOrDefault(v, Object.class) : arg;
    }
    return Object.class;
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }
}
