package vn.emulation.devsignin;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** A token request with wrong fields: 400 problem+json naming each, in the reader's language. */
@Provider
public class InvalidTokenRequestMapper implements ExceptionMapper<InvalidTokenRequestException> {

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(InvalidTokenRequestException e) {
    Locale locale = Language.of(headers);
    boolean en = locale.equals(Language.ENGLISH);
    int n = e.problems().size();
    ProblemBody body =
        new ProblemBody(
            "urn:emulation:problem:invalid-input",
            en ? "The token request is not valid" : "Yêu cầu cấp token không hợp lệ",
            400,
            en
                ? n + (n == 1 ? " problem" : " problems") + " found; no token was issued"
                : "Có " + n + " lỗi; không cấp token nào",
            instance(),
            e.problems().stream()
                .map(p -> new ProblemBody.FieldError(p.field(), p.reason(locale)))
                .toList());
    return Response.status(400)
        .type(ProblemBody.MEDIA_TYPE)
        .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
        .entity(body)
        .build();
  }

  /**
   * The request's path: the path part alone, which the runtime has already decoded, never the whole
   * request URI, which throws when the query holds characters a URI may not.
   */
  private String instance() {
    try {
      return uri == null ? null : uri.getAbsolutePath().getRawPath();
    } catch (RuntimeException unreadable) {
      return null;
    }
  }
}
