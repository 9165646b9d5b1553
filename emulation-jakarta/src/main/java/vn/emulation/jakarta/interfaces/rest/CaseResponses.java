package vn.emulation.jakarta.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.Tagged;

/**
 * What every procedure step's resource shares (ADR 0037): a case's answer with its version as ETag,
 * a case just opened (201 with Location), the If-Match a command names, and the descriptions of the
 * answers every command gives alike (409, 412, 428) for the OpenAPI document.
 */
final class CaseResponses {

  /** The If-Match parameter of a command on a case. */
  static final String IF_MATCH =
      "The case's ETag as last read (required: a command without it answers 428)";

  /** 400 of a command: every problem named. */
  static final String BAD = "Something is wrong; every problem is named; nothing stored";

  /** 409 of a command the case's state does not allow. */
  static final String REFUSED =
      "The case's state does not allow this command; the problem's allowed member names those it"
          + " does; nothing stored";

  /** 412 of a command on a stale version. */
  static final String STALE =
      "The case changed since the ETag given in If-Match (or meanwhile); nothing was stored";

  /** 428 of a command without If-Match. */
  static final String REQUIRED = "No If-Match header; nothing was stored";

  private CaseResponses() {}

  /** The condition an {@code If-Match} header states; none when absent (the use case says 428). */
  static Precondition ifMatch(String header) {
    return EntityTags.ifMatch(header);
  }

  /** 200 with the case shown by {@code view}, its version as ETag. */
  static <C> Response ok(Tagged<C> c, Function<? super C, ?> view) {
    return EntityTags.ok(c.map(view));
  }

  /**
   * 201 with the case just opened shown by {@code view}, its version as ETag, and its address in
   * Location: the API's base, then {@code segments}.
   */
  static <C> Response created(
      UriInfo uri, Tagged<C> c, Function<? super C, ?> view, String... segments) {
    UriBuilder location = uri.getBaseUriBuilder();
    for (String s : segments) {
      location.path(s);
    }
    return Response.created(location.build())
        .entity(view.apply(c.value()))
        .header(HttpHeaders.ETAG, EntityTags.quoted(c.tag()))
        .build();
  }
}
