package vn.emulation.jakarta.format.plan;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.emulation.core.common.LocalizedText;

/**
 * Writes an ordered JSON tree as pretty-printed text that does not depend on the JSON-P provider:
 * the same plan gives the same bytes on any server, so plan files diff cleanly. A tree is made of
 * {@link LinkedHashMap}s (objects, fields in insertion order), {@link List}s, strings, {@link
 * BigDecimal}s, integers, booleans and {@code null}. Objects and arrays that hold only scalars are
 * kept on one line when it stays within {@value #WIDTH} columns; everything else is indented by two
 * spaces. Non-ASCII text (Vietnamese) is written as is, never escaped.
 */
public final class JsonText {

  private static final int WIDTH = 100;

  private JsonText() {}

  public static Map<String, Object> object() {
    return new LinkedHashMap<>();
  }

  /** A text: {@code en} only when it differs from {@code vi} (the reader falls back to vi). */
  public static Map<String, Object> text(LocalizedText text) {
    Map<String, Object> o = object();
    o.put("vi", text.vi());
    if (!text.en().equals(text.vi())) {
      o.put("en", text.en());
    }
    return o;
  }

  public static <T> List<Object> list(Collection<T> items, Function<T, ?> element) {
    return items.stream().map(element).collect(Collectors.toList());
  }

  /** The tree as text, ending with a newline. */
  public static String print(Object tree) {
    StringBuilder out = new StringBuilder();
    write(tree, 0, out);
    return out.append('\n').toString();
  }

  private static void write(Object node, int indent, StringBuilder out) {
    if (!(node instanceof Map) && !(node instanceof List)) {
      out.append(scalar(node));
      return;
    }
    String flat = flat(node);
    int column = out.length() - (out.lastIndexOf("\n") + 1);
    // one column spare for the comma that may follow
    if (flat != null && (flat.length() == 2 || column + flat.length() < WIDTH)) {
      out.append(flat);
      return;
    }
    String pad = " ".repeat(indent + 2);
    if (node instanceof Map) {
      out.append("{\n");
      String separator = "";
      for (Map.Entry<?, ?> e : ((Map<?, ?>) node).entrySet()) {
        out.append(separator).append(pad).append(quote((String) e.getKey())).append(": ");
        write(e.getValue(), indent + 2, out);
        separator = ",\n";
      }
      out.append('\n').append(" ".repeat(indent)).append('}');
    } else {
      out.append("[\n");
      String separator = "";
      for (Object element : (List<?>) node) {
        out.append(separator).append(pad);
        write(element, indent + 2, out);
        separator = ",\n";
      }
      out.append('\n').append(" ".repeat(indent)).append(']');
    }
  }

  /** The one-line form of a container of scalars (or empty containers); null for deeper ones. */
  private static String flat(Object node) {
    if (node instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) node;
      if (!map.values().stream().allMatch(JsonText::isFlatMember)) {
        return null;
      }
      return map.entrySet().stream()
          .map(e -> quote((String) e.getKey()) + ": " + member(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    List<?> list = (List<?>) node;
    if (!list.stream().allMatch(JsonText::isFlatMember)) {
      return null;
    }
    return list.stream().map(JsonText::member).collect(Collectors.joining(", ", "[", "]"));
  }

  private static boolean isFlatMember(Object value) {
    if (value instanceof Map) {
      return ((Map<?, ?>) value).isEmpty();
    }
    return !(value instanceof List) || ((List<?>) value).isEmpty();
  }

  private static String member(Object value) {
    if (value instanceof Map) {
      return "{}";
    }
    return value instanceof List ? "[]" : scalar(value);
  }

  private static String scalar(Object value) {
    if (value == null || value instanceof Boolean || value instanceof Integer) {
      return String.valueOf(value);
    }
    if (value instanceof BigDecimal) {
      return value.toString();
    }
    if (value instanceof String) {
      return quote((String) value);
    }
    throw new IllegalArgumentException("not a JSON scalar: " + value.getClass().getName());
  }

  /** A JSON string literal, escaping only what JSON requires. */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }
}
