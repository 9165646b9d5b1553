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
    ProblemBody body = new ProblemBody("urn:emulation:problem:invalid-input",
        en ? "The token request is not valid" : "Yêu cầu cấp token không hợp lệ", 400,
        en ? n + " problem(s) found; no token was issued"
            : "Có " + n + " lỗi; không cấp token nào",
        uri == null ? null : uri.getRequestUri().getPath(),
        e.problems().stream()
            .map(p -> new ProblemBody.FieldError(p.field(), p.reason(locale))).toList());
    return Response.status(400).type(ProblemBody.MEDIA_TYPE)
        .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage()).entity(body).build();
  }
}
