package vn.emulation.jakarta.interfaces.security;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.emulation.jakarta.application.audit.RecentHead;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * Answers a published read that {@link RenderedAnswers} already holds before the request reaches
 * JAX-RS (issue 10, P4; ADR 0053): the same look-up as {@link PublishedAnswers}, under the same
 * key, with the same headers the JAX-RS path gives a kept answer ({@link RenderedAnswer}, {@link
 * PublishedCors}, {@link SecurityHeaders}), so a client cannot tell the two apart. Anything else —
 * a miss, a token, another method, the published reads closed, an answer without its language —
 * goes on to JAX-RS as before, where every check runs and a miss is rendered and kept.
 *
 * <p>Why it is safe: an answer is kept only by {@link PublishedRevalidation}, for a {@link
 * PublicRead} resource, after {@link PublicGate} and {@link
 * vn.emulation.jakarta.interfaces.rest.QueryRules} let the very same request (method, address as
 * received, {@code Accept}, {@code Accept-Language}) through on the same day and under the same
 * audit head; a hit is therefore the answer JAX-RS would give again.
 */
@WebFilter(urlPatterns = "/api/*")
public class PublishedFastPath implements Filter {

  @Inject RenderedAnswers answers;
  @Inject RecentHead heads;
  @Inject Clock clock;
  @Inject EmulationSettings settings;

  @Inject
  @ConfigProperty(name = "emulation.security.frame-ancestors", defaultValue = "'self'")
  String frameAncestors;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http
        && response instanceof HttpServletResponse answer) {
      Optional<RenderedAnswer> kept = kept(http);
      if (kept.isPresent()) {
        write(kept.get(), http, answer);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private Optional<RenderedAnswer> kept(HttpServletRequest request) {
    if (!HttpMethod.GET.equals(request.getMethod())
        || request.getHeader(HttpHeaders.AUTHORIZATION) != null
        || !settings.publicOpen()) {
      return Optional.empty();
    }
    String query = request.getQueryString();
    String uri = request.getRequestURL() + (query == null ? "" : "?" + query);
    PublishedAnswerKey key =
        new PublishedAnswerKey(
            request.getMethod(),
            uri,
            request.getHeader(HttpHeaders.ACCEPT),
            request.getHeader(HttpHeaders.ACCEPT_LANGUAGE),
            heads.head(),
            LocalDate.now(clock));
    // an answer without its language takes the JAX-RS path, whose filter names it
    return answers.find(key).filter(a -> a.language() != null);
  }

  private void write(RenderedAnswer kept, HttpServletRequest request, HttpServletResponse answer)
      throws IOException {
    // PublishedCors and SecurityHeaders, as for every published answer to no token
    answer.setHeader("Access-Control-Allow-Origin", "*");
    answer.setHeader("Access-Control-Expose-Headers", "Content-Language");
    answer.setHeader("Content-Security-Policy", SecurityHeaders.policy(frameAncestors));
    answer.setHeader("X-Content-Type-Options", "nosniff");
    answer.setHeader("Referrer-Policy", "no-referrer");
    answer.setHeader(HttpHeaders.ETAG, kept.tag().header());
    answer.setHeader(HttpHeaders.CACHE_CONTROL, PublishedRevalidation.CACHE_CONTROL);
    answer.setHeader(HttpHeaders.VARY, PublishedRevalidation.VARY);
    if (kept.tag().matches(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
      answer.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    answer.setStatus(HttpServletResponse.SC_OK);
    answer.setContentType(kept.type().toString());
    answer.setHeader(HttpHeaders.CONTENT_LANGUAGE, kept.language());
    if (kept.disposition() != null) {
      answer.setHeader("Content-Disposition", kept.disposition());
    }
    kept.writeTo(answer);
  }
}
