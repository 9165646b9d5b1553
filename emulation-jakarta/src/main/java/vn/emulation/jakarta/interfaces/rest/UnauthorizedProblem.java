package vn.emulation.jakarta.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Gives the container's own refusals a body: Liberty answers a request without a valid token (or
 * with a role the method does not admit) before any exception mapper runs, with an empty 401 or
 * 403. Callers get the same problem+json, in their language, as for every other failure.
 */
@Provider
public class UnauthorizedProblem implements ContainerResponseFilter {

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    int status = response.getStatus();
    if ((status != 401 && status != 403) || response.hasEntity()) {
      return;
    }
    Response problem =
        status == 401
            ? Problems.response(
                401,
                "unauthorized",
                Problems.UNAUTHORIZED,
                Problems.UNAUTHORIZED_DETAIL,
                List.of(),
                headers,
                uri)
            : Problems.response(
                403,
                "forbidden",
                Problems.FORBIDDEN,
                Problems.FORBIDDEN_DETAIL,
                List.of(),
                headers,
                uri);
    response.setEntity(problem.getEntity(), null, MediaType.valueOf(Problem.MEDIA_TYPE));
    response
        .getHeaders()
        .putSingle(
            HttpHeaders.CONTENT_LANGUAGE, problem.getHeaderString(HttpHeaders.CONTENT_LANGUAGE));
  }
}
