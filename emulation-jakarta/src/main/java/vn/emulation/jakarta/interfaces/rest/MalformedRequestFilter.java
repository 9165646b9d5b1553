package vn.emulation.jakarta.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import vn.emulation.core.common.InvalidInputException;

/**
 * Refuses, before anything else looks at it, a request whose path or query is not a URI: a raw
 * {@code <}, {@code "}, {@code |}, {@code {}, {@code ^} or backtick, a lone {@code %} or a bad
 * escape such as {@code %G1}. The container lets such requests through; left alone, the first
 * query parameter read would throw inside the JAX-RS runtime. They answer 400 naming
 * {@code path} or {@code query}, on public and protected operations alike, token or none.
 */
@Provider
@PreMatching
public class MalformedRequestFilter implements ContainerRequestFilter {

  @Context HttpHeaders headers;

  @Override
  public void filter(ContainerRequestContext request) {
    RequestTarget.malformed(request.getUriInfo())
        .ifPresent(
            problem -> {
              InvalidInputMapper invalid = new InvalidInputMapper();
              invalid.headers = headers;
              invalid.uri = request.getUriInfo();
              invalid.request = request.getRequest();
              request.abortWith(
                  invalid.toResponse(
                      new InvalidInputException("request address", List.of(problem))));
            });
  }
}
