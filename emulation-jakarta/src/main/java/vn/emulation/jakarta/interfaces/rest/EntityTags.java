package vn.emulation.jakarta.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Versions of editable records over HTTP: answers carry the version as a strong {@code ETag}
 * ({@code "3"}), and edits may send it back in {@code If-Match} so that an edit made on a stale
 * read is refused (412) instead of overwriting someone else's change. Our tags are quoted digits;
 * {@code *} and a comma-separated list are accepted as RFC 9110 allows.
 */
final class EntityTags {

  static final String IF_MATCH = "If-Match";

  private static final Pattern TAG = Pattern.compile("\"(\\d{1,20})\"");

  private EntityTags() {}

  /** The condition an {@code If-Match} header states; none when absent. */
  static Precondition ifMatch(String header) {
    if (header == null || header.isBlank()) {
      return Precondition.none();
    }
    if (header.strip().equals("*")) {
      return Precondition.anyVersion();
    }
    List<String> tags = new ArrayList<>();
    for (String part : header.split(",", -1)) {
      Matcher m = TAG.matcher(part.strip());
      if (!m.matches()) {
        throw new InvalidInputException(
            "request",
            List.of(
                new Problem(IF_MATCH, AdapterMessages.text("rest.ifMatchEtagReceived", header))));
      }
      tags.add(m.group(1));
    }
    return Precondition.oneOf(tags);
  }

  /** A 200 answer with the record and its version as ETag. */
  static Response ok(Tagged<?> tagged) {
    return Response.ok(tagged.value()).header(HttpHeaders.ETAG, quoted(tagged.tag())).build();
  }

  static String quoted(String tag) {
    return "\"" + tag + "\"";
  }
}
