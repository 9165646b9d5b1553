package vn.emulation.jakarta.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.messages.AdapterMessages;

/** Builds problem responses; every mapper goes through here so they all look alike. */
final class Problems {

  static final String PREFIX = "urn:emulation:problem:";

  private Problems() {}

  /** No valid token: the same words wherever the 401 comes from. */
  static final LocalizedText UNAUTHORIZED = AdapterMessages.text("rest.notSigned");

  static final LocalizedText UNAUTHORIZED_DETAIL =
      AdapterMessages.text("rest.validTokenPortalNeeded");
  static final LocalizedText FORBIDDEN = AdapterMessages.text("rest.forbidden");
  static final LocalizedText FORBIDDEN_DETAIL = AdapterMessages.text("rest.userRolesDoNot");

  static Response response(
      int status,
      String kind,
      LocalizedText title,
      LocalizedText detail,
      List<vn.emulation.core.common.Problem> problems,
      HttpHeaders headers,
      UriInfo uri) {
    return response(status, kind, title, detail, problems, null, headers, uri);
  }

  /** As above; {@code problemsTotal} when {@code problems} are only the first of that many. */
  static Response response(
      int status,
      String kind,
      LocalizedText title,
      LocalizedText detail,
      List<vn.emulation.core.common.Problem> problems,
      Long problemsTotal,
      HttpHeaders headers,
      UriInfo uri) {
    return response(status, kind, title, detail, problems, problemsTotal, null, headers, uri);
  }

  /** As above, for a refused command: {@code allowed} names what its case's state allows. */
  static Response response(
      int status,
      String kind,
      LocalizedText title,
      LocalizedText detail,
      List<vn.emulation.core.common.Problem> problems,
      Long problemsTotal,
      List<String> allowed,
      HttpHeaders headers,
      UriInfo uri) {
    Locale locale = Language.of(headers);
    List<Problem.FieldError> errors =
        problems.stream()
            .map(p -> new Problem.FieldError(p.path(), p.reason().in(locale)))
            .toList();
    // never uri.getRequestUri(): it throws on a request URI that is not one (RequestTarget)
    String instance = RequestTarget.instance(uri);
    Problem body =
        new Problem(
            PREFIX + kind,
            title.in(locale),
            status,
            detail == null ? null : detail.in(locale),
            instance,
            errors,
            problemsTotal,
            allowed);
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
        .entity(body)
        .build();
  }
}
