package vn.emulation.jakarta.interfaces.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.emulation.jakarta.interfaces.security.SecurityHeaders;

/**
 * The headers of the web UI's static files, which the servlet container serves without passing
 * through JAX-RS (so {@link SecurityHeaders} never sees them): the UI's strict Content-Security-
 * Policy with the configured {@code frame-ancestors}, no sniffing, no referrer. The files are the
 * same for everybody and hold no data, so any origin may load them ({@code
 * Access-Control-Allow-Origin: *}): that is what lets the portal embed a custom element with one
 * script tag, a module script being fetched with CORS.
 */
@WebFilter(urlPatterns = {"/ui/*", "/webjars/*"})
public class UiHeaders implements Filter {

  static final String FRAME_ANCESTORS = "emulation.security.frame-ancestors";

  private String policy;

  @Override
  public void init(FilterConfig config) {
    String ancestors =
        ConfigProvider.getConfig().getOptionalValue(FRAME_ANCESTORS, String.class).orElse("'self'");
    policy = SecurityHeaders.uiPolicy(ancestors);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (response instanceof HttpServletResponse http) {
      http.setHeader("Content-Security-Policy", policy);
      http.setHeader("X-Content-Type-Options", "nosniff");
      http.setHeader("Referrer-Policy", "no-referrer");
      http.setHeader("Access-Control-Allow-Origin", "*");
      // a WebJar's path names its version, so it never changes; the UI's own files change with
      // each deployment and are revalidated (a 304 when unchanged)
      boolean versioned =
          request instanceof HttpServletRequest r && r.getServletPath().startsWith("/webjars/");
      http.setHeader(
          "Cache-Control", versioned ? "public, max-age=31536000, immutable" : "no-cache");
    }
    chain.doFilter(request, response);
  }
}
