package vn.emulation.jakarta.interfaces.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.LocalDate;
import vn.emulation.jakarta.application.audit.RecentHead;

/**
 * Answers a published read again from what was rendered for the same question at the same audit
 * head ({@link RenderedAnswers}), without calling the resource: the bytes, their {@code ETag} and
 * type, or 304 when the request names that tag. It reads the head <em>before</em> the resource
 * would run and leaves the key on the request; on a miss {@link PublishedRevalidation} keeps what
 * it rendered under that key. Only an anonymous GET is keyed: an answer to a token is {@code
 * no-store}. It runs after {@link PublicGate} (a closed deployment refuses first) and after {@link
 * vn.emulation.jakarta.interfaces.rest.QueryRules} (a malformed query is refused before a look-up).
 */
@Provider
@ApplicationScoped
@PublicRead
@Priority(Priorities.USER + 100)
public class PublishedAnswers implements ContainerRequestFilter {

  /** The request property holding the key a miss is kept under. */
  static final String KEY = PublishedAnswers.class.getName() + ".key";

  /** The request property set when the answer came from the store (not rendered again). */
  static final String SERVED = PublishedAnswers.class.getName() + ".served";

  @Inject RecentHead heads;
  @Inject Clock clock;
  @Inject RenderedAnswers answers;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!HttpMethod.GET.equals(request.getMethod())
        || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
      return;
    }
    // the head first: whatever the resource reads after it is at least as new; at most one
    // window old for another server's writes, current for this server's (ADR 0053)
    long head = heads.head();
    PublishedAnswerKey key =
        new PublishedAnswerKey(
            request.getMethod(),
            request.getUriInfo().getRequestUri().toString(),
            request.getHeaderString(HttpHeaders.ACCEPT),
            request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE),
            head,
            LocalDate.now(clock));
    request.setProperty(KEY, key);
    answers
        .find(key)
        .ifPresent(
            kept -> {
              request.setProperty(SERVED, Boolean.TRUE);
              request.abortWith(kept.response(request.getHeaderString(HttpHeaders.IF_NONE_MATCH)));
            });
  }
}
