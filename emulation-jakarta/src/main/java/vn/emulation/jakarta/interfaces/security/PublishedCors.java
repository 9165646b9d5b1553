package vn.emulation.jakarta.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets a page of another origin (the portal embedding {@code <emulation-progress>}) read what is
 * published: the {@link PublicRead} answers to a request without credentials carry {@code
 * Access-Control-Allow-Origin: *}. A browser never sends cookies or a token with such a request and
 * never shows a credentialed answer to a wildcard, so nothing a signed-in user sees leaks; when the
 * deployment closes the published reads ({@code emulation.public.open=false}) they answer 401
 * anyway.
 */
@Provider
@ApplicationScoped
@PublicRead
public class PublishedCors implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getHeaderString("Authorization") == null) {
      response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
      response.getHeaders().putSingle("Access-Control-Expose-Headers", "Content-Language");
    }
  }
}
