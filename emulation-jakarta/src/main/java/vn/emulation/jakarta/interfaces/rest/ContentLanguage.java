package vn.emulation.jakarta.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.emulation.core.common.LocalizedText;

/**
 * Says in {@code Content-Language} which language the text of an answer is in, where the resource
 * did not say it itself (problems, verdicts and the audit verification speak the reader's language
 * and say so). The data of record is Vietnamese — names of units and participants, the plan's
 * wording — and answers that carry a {@link LocalizedText} hold the English beside it: those are
 * {@code vi, en}, the others {@code vi}. Without this the server's default ({@code en}) would be
 * sent with Vietnamese content.
 */
@Provider
public class ContentLanguage implements ContainerResponseFilter {

  static final String VIETNAMESE = "vi";
  static final String BOTH = "vi, en";

  private static final Map<Type, Boolean> BILINGUAL = new ConcurrentHashMap<>();

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getEntity() == null
        || response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
      return;
    }
    response
        .getHeaders()
        .putSingle(
            HttpHeaders.CONTENT_LANGUAGE, of(response.getEntityType(), response.getEntity()));
  }

  /** The language(s) of an answer whose body is of {@code type}. */
  static String of(Type type, Object entity) {
    Type t = type == null && entity != null ? entity.getClass() : type;
    return t != null && bilingual(t) ? BOTH : VIETNAMESE;
  }

  /** Whether a value of {@code type} can hold a {@link LocalizedText}. */
  static boolean bilingual(Type type) {
    Boolean known = BILINGUAL.get(type);
    if (known == null) {
      known = holds(type, new HashSet<>());
      BILINGUAL.put(type, known);
    }
    return known;
  }

  private static boolean holds(Type type, Set<Type> seen) {
    if (!seen.add(type)) {
      return false;
    }
    if (type instanceof ParameterizedType p) {
      for (Type arg : p.getActualTypeArguments()) {
        if (holds(arg, seen)) {
          return true;
        }
      }
      return holds(p.getRawType(), seen);
    }
    if (type instanceof GenericArrayType a) {
      return holds(a.getGenericComponentType(), seen);
    }
    if (type instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        if (holds(b, seen)) {
          return true;
        }
      }
      return false;
    }
    if (!(type instanceof Class<?> c)) {
      return false;
    }
    if (c == LocalizedText.class) {
      return true;
    }
    if (c.isArray()) {
      return holds(c.getComponentType(), seen);
    }
    if (c.isRecord()) {
      for (RecordComponent rc : c.getRecordComponents()) {
        if (holds(rc.getGenericType(), seen)) {
          return true;
        }
      }
    }
    return false;
  }
}
