package vn.emulation.jakarta.interfaces.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The headers every answer carries so that the portal can embed what we serve and nobody else can:
 * a Content-Security-Policy whose {@code frame-ancestors} names the portal ({@code
 * emulation.security.frame-ancestors}), no MIME sniffing, no referrer leaving the site, and no
 * caching of answers that depend on who asked. A JAX-RS filter rather than a servlet one: the WAR
 * needs no servlet API of its own (Liberty's restfulWS does not expose it to applications), and it
 * runs on answers the exception mappers made too.
 */
@Provider
@ApplicationScoped
public class SecurityHeaders implements ContainerResponseFilter {

  @Inject
  @ConfigProperty(name = "emulation.security.frame-ancestors", defaultValue = "'self'")
  String frameAncestors;

  private String policy;

  @PostConstruct
  void init() {
    policy = policy(frameAncestors);
  }

  /** The API answers data, never scripts or pages to render: nothing may load from it. */
  static String policy(String frameAncestors) {
    String ancestors =
        frameAncestors == null || frameAncestors.isBlank() ? "'none'" : frameAncestors.trim();
    return "default-src 'none'; frame-ancestors "
        + ancestors
        + "; base-uri 'none';"
        + " form-action 'none'";
  }

  /**
   * The web UI's pages (ADR 0028): scripts, styles, images and API calls from this origin only, no
   * inline script or style (ECharts styles through the CSSOM, which a policy does not govern), and
   * the same {@code frame-ancestors} as the API.
   */
  public static String uiPolicy(String frameAncestors) {
    String ancestors =
        frameAncestors == null || frameAncestors.isBlank() ? "'none'" : frameAncestors.trim();
    return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        + " connect-src 'self'; frame-ancestors "
        + ancestors
        + "; base-uri 'none'; form-action 'none'";
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> h = response.getHeaders();
    h.putSingle("Content-Security-Policy", policy == null ? policy(frameAncestors) : policy);
    h.putSingle("X-Content-Type-Options", "nosniff");
    h.putSingle("Referrer-Policy", "no-referrer");
    if (request.getHeaderString("Authorization") != null) {
      h.putSingle("Cache-Control", "no-store");
    }
  }
}
