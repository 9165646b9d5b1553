package vn.emulation.jakarta.interfaces.rest;

import jakarta.ws.rs.core.UriInfo;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.emulation.core.common.Problem;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The address a request was sent to, read without ever failing. A client may send a path or query
 * that is no URI at all ({@code <}, {@code |}, {@code %G1}, a lone {@code %}); the container passes
 * it on, and the JAX-RS runtime only finds out when something asks for the whole request URI, which
 * then throws. This reads the parts that are plain text instead, so that the problem telling the
 * client what was wrong can always be written, and says what is wrong with the address in words.
 */
final class RequestTarget {

  private static final String HEX = "0123456789ABCDEF";

  private RequestTarget() {}

  /**
   * The request's path from the server's root ({@code /emulation/api/units/30745}), as a URI
   * reference: characters a URI may not hold are percent-encoded, a {@code %} not starting an
   * escape becomes {@code %25}. Never throws; {@code null} without a request.
   */
  static String instance(UriInfo uri) {
    if (uri == null) {
      return null;
    }
    String base = "";
    String path = "";
    try {
      base = uri.getBaseUri().getRawPath();
    } catch (RuntimeException unreadable) {
      // a Host header that is no authority: the path alone still says where
    }
    try {
      path = uri.getPath(false);
    } catch (RuntimeException unreadable) {
      // nothing better to say than the base
    }
    return asReference(join(base == null ? "" : base, path == null ? "" : path));
  }

  /** The problem with the request's address, empty when it is a well-formed URI. */
  static Optional<Problem> malformed(UriInfo uri) {
    try {
      uri.getRequestUri();
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(problemOf(e.getCause() instanceof URISyntaxException s ? s : null));
    }
  }

  /** Where the address is wrong ({@code query} or {@code path}) and why, in words. */
  static Problem problemOf(URISyntaxException e) {
    boolean inQuery =
        e != null
            && e.getIndex() >= 0
            && e.getInput() != null
            && e.getInput().indexOf('?') >= 0
            && e.getIndex() > e.getInput().indexOf('?');
    String field = inQuery ? "query" : "path";
    return new Problem(
        field,
        inQuery
            ? AdapterMessages.text("rest.queryHoldsCharacterNot")
            : AdapterMessages.text("rest.pathHoldsCharacterNot"));
  }

  /** The URI syntax error behind a failure, or {@code null} when it is something else. */
  static URISyntaxException syntaxError(Throwable e) {
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof URISyntaxException s) {
        return s;
      }
    }
    return null;
  }

  private static String join(String base, String path) {
    String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return path.isEmpty() || path.startsWith("/") ? b + path : b + "/" + path;
  }

  /** The text with every character a URI path may not hold percent-encoded (UTF-8). */
  static String asReference(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
        out.append(c);
      } else if (allowed(c)) {
        out.append(c);
      } else {
        int cp = text.codePointAt(i);
        if (Character.charCount(cp) == 2) {
          i++;
        }
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
        }
      }
    }
    return out.toString();
  }

  private static boolean isHex(String s, int i) {
    return i < s.length() && HEX.indexOf(Character.toUpperCase(s.charAt(i))) >= 0;
  }

  // RFC 3986 pchar and "/": unreserved, sub-delims, ":" and "@".
  private static boolean allowed(char c) {
    return c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0);
  }
}
