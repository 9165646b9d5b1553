package vn.emulation.jakarta.interfaces.security;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a published answer, rendered, is kept under ({@link RenderedAnswers}): everything the
 * answer's bytes can depend on. The request as sent — its method and its whole address (scheme,
 * host, path and query as typed, not normalised: the open-data files quote that address in their
 * provenance, so two spellings of one question are two answers) — the headers the answer varies by
 * ({@code Accept}, {@code Accept-Language}: {@link PublishedRevalidation#VARY}), the audit log's
 * head read before the resource ran (the facts), and the day (the question's defaults: this year,
 * today's hierarchy). A request with a token is never keyed: its answer is {@code no-store}, and
 * {@link PublicGate} has already refused an anonymous one when the published reads are closed.
 * Immutable.
 *
 * @param method the HTTP method (only GET is kept)
 * @param uri the request's address as received
 * @param accept the {@code Accept} header, {@code null} when absent
 * @param acceptLanguage the {@code Accept-Language} header, {@code null} when absent
 * @param head the audit log's last entry when the request began
 * @param today the day on the server's clock when the request began
 */
record PublishedAnswerKey(
    String method, String uri, String accept, String acceptLanguage, long head, LocalDate today) {

  PublishedAnswerKey {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(today, "today");
  }

  /** About what this key costs to keep, in bytes (its strings are UTF-16 at worst). */
  long size() {
    return 64L + 2L * (method.length() + uri.length() + length(accept) + length(acceptLanguage));
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }
}
